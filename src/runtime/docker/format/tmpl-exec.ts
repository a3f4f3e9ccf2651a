// Executing a parsed template over a TemplateValue, as Go's text/template/exec does: field and
// method lookup, variables, pipelines (the previous command's value becomes the last argument),
// if/with/range with else, break/continue, and Go's execution error messages.

import { formatV } from './gofmt';
import { argValue, ExecError, MISSING, validate } from './tmpl-args';
import type { Missing } from './tmpl-args';
import type { FuncMap } from './tmpl-funcs';
import { callFunc, fieldOf } from './tmpl-call';
import { nodeString } from './tmpl-nodes';
import type { ArgNode, BranchNode, CommandNode, Node, PipeNode, VariableNode } from './tmpl-nodes';
import { isTrue, isInt, isMap, isSlice, sortedKeys } from './value';
import type { GoParam, TemplateValue } from './value';

class LoopSignal {
  constructor(readonly kind: 'break' | 'continue') {}
}

export interface ExecOptions {
  /** Go's Option("missingkey=error"), as docker inspect's raw-map fallback uses. */
  readonly missingKeyError?: boolean;
}

export class Exec {
  node: ArgNode | CommandNode | PipeNode | null = null;
  private vars: { name: string; value: TemplateValue }[] = [];
  out = '';

  constructor(
    readonly funcs: FuncMap,
    readonly options: ExecOptions,
  ) {}

  at(n: ArgNode | CommandNode | PipeNode): void {
    this.node = n;
  }

  fail(msg: string): never {
    throw new ExecError(msg, this.node);
  }

  run(nodes: readonly Node[], data: TemplateValue): string {
    this.vars = [{ name: '$', value: data }];
    this.walkList(data, nodes);
    return this.out;
  }

  private walkList(dot: TemplateValue, nodes: readonly Node[]): void {
    for (const n of nodes) this.walk(dot, n);
  }

  private walk(dot: TemplateValue, n: Node): void {
    switch (n.kind) {
      case 'text':
        this.out += n.text;
        return;
      case 'action': {
        const v = this.evalPipeline(dot, n.pipe);
        if (n.pipe.decl.length === 0) this.out += formatV(v);
        return;
      }
      case 'if':
      case 'with':
        return this.walkIfOrWith(dot, n);
      case 'range':
        return this.walkRange(dot, n);
      case 'break':
      case 'continue':
        throw new LoopSignal(n.kind);
    }
  }

  private scoped(fn: () => void): void {
    const mark = this.vars.length;
    try {
      fn();
    } finally {
      this.vars.length = mark;
    }
  }

  private walkIfOrWith(dot: TemplateValue, n: BranchNode): void {
    this.scoped(() => {
      const v = this.evalPipeline(dot, n.pipe);
      if (isTrue(v)) this.walkList(n.kind === 'with' ? v : dot, n.list);
      else if (n.elseList) this.walkList(dot, n.elseList);
    });
  }

  private walkRange(dot: TemplateValue, n: BranchNode): void {
    this.scoped(() => {
      const v = this.evalPipeline(dot, n.pipe);
      const items: [TemplateValue, TemplateValue][] = [];
      if (isSlice(v)) v.forEach((x, i) => items.push([i, x]));
      else if (isMap(v)) for (const k of sortedKeys(v)) items.push([k, v.get(k)]);
      else if (isInt(v)) for (let i = 0; i < v; i++) items.push([i, i]);
      else if (v !== undefined && v !== null) this.fail(`range can't iterate over ${formatV(v)}`);
      for (const [key, elem] of items) {
        if (this.iterate(elem, key, n) === 'break') break;
      }
      if (items.length === 0 && n.elseList) this.walkList(dot, n.elseList);
    });
  }

  private iterate(elem: TemplateValue, key: TemplateValue, n: BranchNode): 'break' | 'next' {
    const decl = n.pipe.decl;
    const top = this.vars.length;
    const [first, second] = decl;
    if (second) {
      this.setVar(second, elem, n.pipe.isAssign, top - 1);
      this.setVar(first ?? second, key, n.pipe.isAssign, top - 2);
    } else if (first) this.setVar(first, elem, n.pipe.isAssign, top - 1);
    const mark = this.vars.length;
    try {
      this.walkList(elem, n.list);
    } catch (e) {
      if (!(e instanceof LoopSignal)) throw e;
      if (e.kind === 'break') return 'break';
    } finally {
      this.vars.length = mark;
    }
    return 'next';
  }

  private setVar(v: VariableNode, value: TemplateValue, assign: boolean, topIndex: number): void {
    const name = v.ident[0] ?? '$';
    if (!assign) {
      const slot = this.vars[topIndex];
      if (slot) slot.value = value;
      return;
    }
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const slot = this.vars[i];
      if (slot && slot.name === name) {
        slot.value = value;
        return;
      }
    }
    this.fail(`undefined variable: ${name}`);
  }

  varValue(name: string): TemplateValue {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      const slot = this.vars[i];
      if (slot && slot.name === name) return slot.value;
    }
    return this.fail(`undefined variable: ${name}`);
  }

  evalPipeline(dot: TemplateValue, pipe: PipeNode): TemplateValue {
    this.at(pipe);
    let value: TemplateValue | Missing = MISSING;
    for (const cmd of pipe.cmds) value = this.evalCommand(dot, cmd, value);
    const result = value === MISSING ? undefined : value;
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v, result, true, -1);
      else this.vars.push({ name: v.ident[0] ?? '$', value: result });
    }
    return result;
  }

  private evalCommand(dot: TemplateValue, cmd: CommandNode, final: TemplateValue | Missing): TemplateValue {
    const first = cmd.args[0];
    if (!first) return this.fail('empty command');
    switch (first.kind) {
      case 'field':
        this.at(first);
        return fieldOf(this, dot, dot, first, first.ident, cmd.args, final);
      case 'variable': {
        this.at(first);
        const base = this.varValue(first.ident[0] ?? '$');
        if (first.ident.length === 1) {
          this.notAFunction(cmd.args, final);
          return base;
        }
        return fieldOf(this, dot, base, first, first.ident.slice(1), cmd.args, final);
      }
      case 'chain': {
        const base = this.evalArgNode(dot, first.node);
        return fieldOf(this, dot, base, first, first.field, cmd.args, final);
      }
      case 'identifier':
        this.at(first);
        return callFunc(this, dot, first.text, cmd, cmd.args.slice(1), final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'nil':
        this.at(first);
        return this.fail('nil is not a command');
      default:
        this.at(first);
        this.notAFunction(cmd.args, final);
        return argValue(first, dot);
    }
  }

  private notAFunction(args: readonly ArgNode[], final: TemplateValue | Missing): void {
    const a = args[0];
    if (a && (args.length > 1 || final !== MISSING))
      this.fail(`can't give argument to non-function ${nodeString(a)}`);
  }

  /** A node used as an argument (or chain base) evaluated to its value. */
  evalArgNode(dot: TemplateValue, n: ArgNode): TemplateValue {
    this.at(n);
    switch (n.kind) {
      case 'field':
        return fieldOf(this, dot, dot, n, n.ident, [n], MISSING);
      case 'variable': {
        const base = this.varValue(n.ident[0] ?? '$');
        return n.ident.length === 1 ? base : fieldOf(this, dot, base, n, n.ident.slice(1), [n], MISSING);
      }
      case 'chain':
        return fieldOf(this, dot, this.evalArgNode(dot, n.node), n, n.field, [n], MISSING);
      case 'pipe':
        return this.evalPipeline(dot, n);
      case 'identifier':
        return callFunc(this, dot, n.text, n, [], MISSING);
      default:
        return argValue(n, dot);
    }
  }

  /** evalArg against a parameter type, for function and method arguments. */
  evalTypedArg(dot: TemplateValue, n: ArgNode, param: GoParam): TemplateValue {
    return validate(this, n, param, (node) => this.evalArgNode(dot, node), dot);
  }
}
