// The parse tree of Go's text/template, with each node's String() as error messages quote it.

export interface FieldNode {
  readonly kind: 'field';
  readonly pos: number;
  readonly ident: readonly string[];
}
export interface VariableNode {
  readonly kind: 'variable';
  readonly pos: number;
  readonly ident: readonly string[];
}
export interface ChainNode {
  readonly kind: 'chain';
  readonly pos: number;
  readonly node: ArgNode;
  readonly field: readonly string[];
}
export interface LiteralNode {
  readonly kind: 'dot' | 'nil' | 'bool' | 'string' | 'number' | 'identifier';
  readonly pos: number;
  /** Source text (quoted for strings). */
  readonly text: string;
  /** Decoded value: string contents, bool, or number. */
  readonly value?: string | boolean | number;
  /** Number constants: usable as an int argument; printed as float64 (has . e E p P). */
  readonly isInt?: boolean;
  readonly isFloat?: boolean;
}
export interface PipeNode {
  readonly kind: 'pipe';
  readonly pos: number;
  readonly decl: readonly VariableNode[];
  readonly isAssign: boolean;
  readonly cmds: readonly CommandNode[];
}
export interface CommandNode {
  readonly kind: 'command';
  readonly pos: number;
  readonly args: readonly ArgNode[];
}
export type ArgNode = FieldNode | VariableNode | ChainNode | LiteralNode | PipeNode;

export interface TextNode {
  readonly kind: 'text';
  readonly text: string;
}
export interface ActionNode {
  readonly kind: 'action';
  readonly pos: number;
  readonly pipe: PipeNode;
}
export interface BranchNode {
  readonly kind: 'if' | 'range' | 'with';
  readonly pos: number;
  readonly pipe: PipeNode;
  readonly list: readonly Node[];
  readonly elseList: readonly Node[] | null;
}
export interface LoopControlNode {
  readonly kind: 'break' | 'continue';
  readonly pos: number;
}
export type Node = TextNode | ActionNode | BranchNode | LoopControlNode;

export function pipeString(p: PipeNode): string {
  let s = '';
  if (p.decl.length > 0) s = p.decl.map(nodeString).join(', ') + (p.isAssign ? ' = ' : ' := ');
  return s + p.cmds.map(nodeString).join(' | ');
}

/** Go's Node.String(). */
export function nodeString(n: ArgNode | CommandNode): string {
  switch (n.kind) {
    case 'field':
      return '.' + n.ident.join('.');
    case 'variable':
      return n.ident.join('.');
    case 'chain': {
      const inner = n.node.kind === 'pipe' ? '(' + nodeString(n.node) + ')' : nodeString(n.node);
      return inner + '.' + n.field.join('.');
    }
    case 'pipe':
      return pipeString(n);
    case 'command':
      return n.args.map((a) => (a.kind === 'pipe' ? '(' + nodeString(a) + ')' : nodeString(a))).join(' ');
    default:
      return n.text;
  }
}
