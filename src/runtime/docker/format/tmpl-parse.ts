// The parser of Go's text/template (text/template/parse): actions, pipelines with declarations,
// if / else if / range / with / else / end, break and continue, parenthesized pipelines, field
// chains, and the parse-time checks (defined functions, declared variables) with Go's messages.
// Simplification: no define, template or block (they report "unsupported"), no complex numbers.

import { lex, LexError } from './tmpl-lex';
import type { Token, TokKind } from './tmpl-lex';
import { newNumber, unquote } from './tmpl-literal';
import type { ArgNode, BranchNode, CommandNode, Node, PipeNode, VariableNode } from './tmpl-nodes';
import { goQuote } from '../../build/go-fmt';

export class ParseError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

const KEYWORD_LIKE = new Set<TokKind>(['keyword', 'dot', 'nil']);

function tokenString(t: Token): string {
  if (t.kind === 'eof') return 'EOF';
  if (KEYWORD_LIKE.has(t.kind)) return `<${t.val}>`;
  const chars = [...t.val];
  if (chars.length > 10) return goQuote(chars.slice(0, 10).join('')) + '...';
  return goQuote(t.val);
}

type Stop = { kind: 'end' | 'else'; tok: Token };

class Parser {
  private i = 0;
  private vars: string[] = ['$'];
  private rangeDepth = 0;

  constructor(
    private readonly toks: readonly Token[],
    private readonly funcs: ReadonlySet<string>,
  ) {}

  private tok(k: number): Token {
    return this.toks[Math.min(k, this.toks.length - 1)] ?? { kind: 'eof', val: '', pos: 0 };
  }
  private next(): Token {
    return this.tok(this.i++);
  }
  private peek(): Token {
    return this.tok(this.i);
  }
  private nextNonSpace(): Token {
    let t = this.next();
    while (t.kind === 'space') t = this.next();
    return t;
  }
  private peekNonSpace(): Token {
    const save = this.i;
    const t = this.nextNonSpace();
    this.i = save;
    return t;
  }
  private fail(msg: string, at: Token = this.tok(this.i - 1)): never {
    throw new ParseError(msg, at.pos);
  }
  private unexpected(t: Token, context: string): never {
    this.fail(`unexpected ${tokenString(t)} in ${context}`, t);
  }

  parseTop(): Node[] {
    const out: Node[] = [];
    for (;;) {
      const t = this.peek();
      if (t.kind === 'eof') return out;
      const n = this.textOrAction();
      if ('stop' in n) this.fail(`unexpected {{${n.stop.kind}}}`, n.stop.tok);
      out.push(n.node);
    }
  }

  private itemList(): { list: Node[]; stop: Stop } {
    const list: Node[] = [];
    for (;;) {
      if (this.peek().kind === 'eof') this.fail('unexpected EOF', this.peek());
      const n = this.textOrAction();
      if ('stop' in n) return { list, stop: n.stop };
      list.push(n.node);
    }
  }

  private textOrAction(): { node: Node } | { stop: Stop } {
    const t = this.next();
    if (t.kind === 'text') return { node: { kind: 'text', text: t.val } };
    if (t.kind !== 'left') this.unexpected(t, 'input');
    return this.action();
  }

  private action(): { node: Node } | { stop: Stop } {
    const t = this.nextNonSpace();
    if (t.kind === 'keyword') {
      switch (t.val) {
        case 'end':
        case 'else':
          if (t.val === 'end' || !['if', 'with'].includes(this.peekNonSpace().val)) this.expectRight(t.val);
          return { stop: { kind: t.val, tok: t } };
        case 'if':
        case 'range':
        case 'with':
          return { node: this.control(t.val, t.pos) };
        case 'break':
        case 'continue':
          if (this.rangeDepth === 0) this.fail(`{{${t.val}}} outside {{range}}`, t);
          this.expectRight(`{{${t.val}}}`);
          return { node: { kind: t.val, pos: t.pos } };
        default:
          this.fail(`{{${t.val}}} is not supported here`, t);
      }
    }
    this.i--;
    return { node: { kind: 'action', pos: t.pos, pipe: this.pipeline('command', 'right') } };
  }

  private expectRight(context: string): void {
    const t = this.nextNonSpace();
    if (t.kind !== 'right') this.unexpected(t, context);
  }

  private control(kind: 'if' | 'range' | 'with', pos: number): BranchNode {
    const mark = this.vars.length;
    const pipe = this.pipeline(kind, 'right');
    if (kind === 'range') this.rangeDepth++;
    const body = this.itemList();
    const list = body.list;
    let stop = body.stop;
    if (kind === 'range') this.rangeDepth--;
    let elseList: Node[] | null = null;
    if (stop.kind === 'else') {
      const chained = this.peekNonSpace();
      if ((kind === 'if' || kind === 'with') && chained.kind === 'keyword' && chained.val === kind) {
        this.nextNonSpace();
        elseList = [this.control(kind, chained.pos)];
      } else {
        const rest = this.itemList();
        elseList = rest.list;
        stop = rest.stop;
        if (stop.kind !== 'end') this.fail('expected end; found {{else}}', stop.tok);
      }
    }
    this.vars.length = mark;
    return { kind, pos, pipe, list, elseList };
  }

  private pipeline(context: string, end: 'right' | 'rparen'): PipeNode {
    const first = this.peekNonSpace();
    const decl: VariableNode[] = [];
    let isAssign = false;
    for (;;) {
      const v = this.peekNonSpace();
      if (v.kind !== 'var') break;
      const save = this.i;
      this.nextNonSpace();
      const after = this.peekNonSpace();
      if (after.kind === 'assign' || after.kind === 'declare') {
        isAssign = after.kind === 'assign';
        this.nextNonSpace();
        decl.push({ kind: 'variable', pos: v.pos, ident: [v.val] });
        this.vars.push(v.val);
        break;
      }
      if (after.kind === 'comma') {
        this.nextNonSpace();
        decl.push({ kind: 'variable', pos: v.pos, ident: [v.val] });
        this.vars.push(v.val);
        if (context === 'range' && decl.length < 2) {
          if (['var', 'right', 'rparen'].includes(this.peekNonSpace().kind)) continue;
          this.fail('range can only initialize variables');
        }
        this.fail(`too many declarations in ${context}`);
      }
      this.i = save;
      break;
    }
    const cmds: CommandNode[] = [];
    for (;;) {
      const t = this.nextNonSpace();
      if (t.kind === end) {
        if (cmds.length === 0) this.fail(`missing value for ${context}`, t);
        cmds.slice(1).forEach((c, k) => {
          if (['bool', 'dot', 'nil', 'number', 'string'].includes(c.args[0]?.kind ?? ''))
            this.fail(`non executable command in pipeline stage ${k + 2}`, t);
        });
        return { kind: 'pipe', pos: first.pos, decl, isAssign, cmds };
      }
      const startsOperand: TokKind[] = [
        'bool',
        'char',
        'dot',
        'field',
        'ident',
        'number',
        'nil',
        'raw',
        'string',
        'var',
        'lparen',
      ];
      if (!startsOperand.includes(t.kind)) this.unexpected(t, context);
      this.i--;
      cmds.push(this.command());
    }
  }

  private command(): CommandNode {
    const pos = this.peekNonSpace().pos;
    const args: ArgNode[] = [];
    for (;;) {
      this.peekNonSpace();
      const operand = this.operand();
      if (operand) args.push(operand);
      const t = this.next();
      if (t.kind === 'space') continue;
      if (t.kind === 'right' || t.kind === 'rparen') this.i--;
      else if (t.kind !== 'pipe') this.unexpected(t, 'operand');
      break;
    }
    if (args.length === 0) this.fail('empty command');
    return { kind: 'command', pos, args };
  }

  private operand(): ArgNode | null {
    const node = this.term();
    if (!node || this.peek().kind !== 'field') return node;
    const pos = this.peek().pos;
    const field: string[] = [];
    while (this.peek().kind === 'field') field.push(this.next().val.slice(1));
    if (node.kind === 'field' || node.kind === 'variable')
      return { ...node, pos, ident: [...node.ident, ...field] };
    if (['bool', 'string', 'number', 'nil', 'dot'].includes(node.kind))
      this.fail(
        `unexpected . after term ${goQuote(node.kind === 'pipe' ? '' : 'text' in node ? node.text : '')}`,
      );
    return { kind: 'chain', pos, node, field };
  }

  private term(): ArgNode | null {
    const t = this.nextNonSpace();
    switch (t.kind) {
      case 'ident':
        if (!this.funcs.has(t.val)) this.fail(`function ${goQuote(t.val)} not defined`, t);
        return { kind: 'identifier', pos: t.pos, text: t.val };
      case 'dot':
        return { kind: 'dot', pos: t.pos, text: '.' };
      case 'nil':
        return { kind: 'nil', pos: t.pos, text: 'nil' };
      case 'var':
        if (!this.vars.includes(t.val)) this.fail(`undefined variable ${goQuote(t.val)}`, t);
        return { kind: 'variable', pos: t.pos, ident: [t.val] };
      case 'field':
        return { kind: 'field', pos: t.pos, ident: [t.val.slice(1)] };
      case 'bool':
        return { kind: 'bool', pos: t.pos, text: t.val, value: t.val === 'true' };
      case 'char':
      case 'number': {
        const n = newNumber(t.val, t.kind === 'char');
        if ('error' in n) this.fail(n.error, t);
        return { kind: 'number', pos: t.pos, text: t.val, ...n };
      }
      case 'lparen':
        return this.pipeline('parenthesized pipeline', 'rparen');
      case 'string':
      case 'raw': {
        const s = unquote(t.val);
        if (s === null) this.fail('invalid syntax', t);
        return { kind: 'string', pos: t.pos, text: t.val, value: s };
      }
      default:
        this.i--;
        return null;
    }
  }
}

/** Parse a template; throws ParseError or LexError (with the byte position of the fault). */
export function parseTemplate(src: string, funcs: ReadonlySet<string>): Node[] {
  return new Parser(lex(src), funcs).parseTop();
}

export { LexError };
