// The python3 statement parser: turns tokens into a module body (a list of statements), with
// CPython 3.11's messages for the common syntax errors.

import type { Alias, Expr, Handler, Stmt } from './ast';
import { ExprParser } from './parse-expr';
import type { Token } from './tokenizer';
import { tokenize } from './tokenizer';

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;
type StmtBody = DistributiveOmit<Stmt, 'line' | 'col' | 'endLine' | 'endCol'>;

const AUG = new Set(['+=', '-=', '*=', '/=', '//=', '%=', '**=', '>>=', '<<=', '&=', '|=', '^=', '@=']);

export function parse(src: string): Stmt[] {
  const lines = src.split('\n');
  const p = new Parser(tokenize(src), lines);
  return p.module();
}

class Parser extends ExprParser {
  private loops = 0;
  private funcs = 0;

  private st(start: Token, node: StmtBody): Stmt {
    return { ...this.span(start), ...node } as Stmt;
  }

  module(): Stmt[] {
    const body: Stmt[] = [];
    while (this.tok.kind !== 'END') {
      if (this.tok.kind === 'NEWLINE') {
        this.next();
        continue;
      }
      body.push(...this.statement());
    }
    return body;
  }

  private statement(): Stmt[] {
    const t = this.tok;
    if (t.kind === 'INDENT') throw this.error('unexpected indent');
    if (t.kind === 'NAME') {
      switch (t.text) {
        case 'if':
          return [this.ifStmt()];
        case 'while':
          return [this.whileStmt()];
        case 'for':
          return [this.forStmt()];
        case 'def':
          return [this.funcDef([])];
        case 'class':
          return [this.classDef([])];
        case 'try':
          return [this.tryStmt()];
        case 'with':
          return [this.withStmt()];
      }
    }
    if (t.kind === 'OP' && t.text === '@') return [this.decorated()];
    return this.simpleLine();
  }

  private simpleLine(): Stmt[] {
    const out = [this.simple()];
    while (this.eat(';')) {
      if (this.tok.kind === 'NEWLINE' || this.tok.kind === 'END') break;
      out.push(this.simple());
    }
    if (this.tok.kind !== 'NEWLINE' && this.tok.kind !== 'END') throw this.error();
    this.next();
    return out;
  }

  private block(): Stmt[] {
    this.expect(':');
    if (this.tok.kind !== 'NEWLINE') return this.simpleLine();
    this.next();
    if (this.kind() !== 'INDENT') throw this.error('expected an indented block');
    this.next();
    const body: Stmt[] = [];
    while (this.kind() !== 'DEDENT' && this.kind() !== 'END') body.push(...this.statement());
    this.next();
    return body;
  }

  private simple(): Stmt {
    const t = this.tok;
    if (t.kind === 'NAME') {
      switch (t.text) {
        case 'pass':
          this.next();
          return this.st(t, { k: 'Pass' });
        case 'break':
        case 'continue':
          this.next();
          if (this.loops === 0)
            throw this.errorAt(
              t,
              `'${t.text}' ${t.text === 'break' ? 'outside loop' : 'not properly in loop'}`,
            );
          return this.st(t, { k: t.text === 'break' ? 'Break' : 'Continue' });
        case 'return':
          return this.returnStmt(t);
        case 'raise':
          return this.raiseStmt(t);
        case 'global':
        case 'nonlocal':
          return this.globalStmt(t);
        case 'import':
          return this.importStmt(t);
        case 'from':
          return this.fromStmt(t);
        case 'del':
          this.next();
          return this.st(t, { k: 'Del', targets: tupleItems(this.exprList()) });
        case 'assert': {
          this.next();
          const test = this.expr();
          const msg = this.eat(',') ? this.expr() : null;
          return this.st(t, { k: 'Assert', test, msg });
        }
      }
    }
    return this.exprStmt(t);
  }

  private exprStmt(t: Token): Stmt {
    const first = this.exprList();
    if (this.tok.kind === 'OP' && AUG.has(this.tok.text)) {
      const op = this.next().text.slice(0, -1);
      checkTarget(this, first, true);
      const value = this.is('yield') ? this.yieldExpr() : this.exprList();
      return this.st(t, { k: 'AugAssign', target: first, op, value });
    }
    if (this.is(':') && this.tok.kind === 'OP') {
      this.next();
      this.expr();
      const value = this.eat('=') ? this.exprList() : null;
      return this.st(t, { k: 'AnnAssign', target: first, value });
    }
    if (!this.is('=')) return this.st(t, { k: 'Expr', value: first });
    const targets = [first];
    let value: Expr = first;
    while (this.eat('=')) {
      value = this.is('yield') ? this.yieldExpr() : this.exprList();
      targets.push(value);
    }
    targets.pop();
    for (const x of targets) checkTarget(this, x, false);
    return this.st(t, { k: 'Assign', targets, value });
  }

  private returnStmt(t: Token): Stmt {
    this.next();
    if (this.funcs === 0) throw this.errorAt(t, "'return' outside function");
    const value =
      this.tok.kind === 'NEWLINE' || this.is(';') || this.tok.kind === 'END' ? null : this.exprList();
    return this.st(t, { k: 'Return', value });
  }

  private raiseStmt(t: Token): Stmt {
    this.next();
    if (this.tok.kind === 'NEWLINE' || this.is(';') || this.tok.kind === 'END')
      return this.st(t, { k: 'Raise', exc: null, cause: null });
    const exc = this.expr();
    const cause = this.eat('from') ? this.expr() : null;
    return this.st(t, { k: 'Raise', exc, cause });
  }

  private globalStmt(t: Token): Stmt {
    this.next();
    const names = [this.name()];
    while (this.eat(',')) names.push(this.name());
    return this.st(t, { k: t.text === 'global' ? 'Global' : 'Nonlocal', names });
  }

  private dotted(): string {
    let name = this.name();
    while (this.eat('.')) name += '.' + this.name();
    return name;
  }

  private importStmt(t: Token): Stmt {
    this.next();
    const names: Alias[] = [];
    do {
      const name = this.dotted();
      names.push({ name, asname: this.eat('as') ? this.name() : null });
    } while (this.eat(','));
    return this.st(t, { k: 'Import', names });
  }

  private fromStmt(t: Token): Stmt {
    this.next();
    let dots = '';
    while (this.is('.') || this.is('...')) dots += this.next().text;
    const module = dots + (this.is('import') ? '' : this.dotted());
    this.expect('import');
    const names: Alias[] = [];
    if (this.eat('*')) return this.st(t, { k: 'ImportFrom', module, names: [{ name: '*', asname: null }] });
    const paren = this.eat('(');
    do {
      if (paren && this.is(')')) break;
      const name = this.name();
      names.push({ name, asname: this.eat('as') ? this.name() : null });
    } while (this.eat(','));
    if (paren) this.expect(')');
    return this.st(t, { k: 'ImportFrom', module, names });
  }

  private ifStmt(): Stmt {
    const t = this.next();
    const test = this.namedExpr();
    const body = this.block();
    let orelse: Stmt[] = [];
    if (this.is('elif')) orelse = [this.ifStmt()];
    else if (this.eat('else')) orelse = this.block();
    return this.st(t, { k: 'If', test, body, orelse });
  }

  private loopBody(): Stmt[] {
    this.loops++;
    try {
      return this.block();
    } finally {
      this.loops--;
    }
  }

  private whileStmt(): Stmt {
    const t = this.next();
    const test = this.namedExpr();
    const body = this.loopBody();
    const orelse = this.eat('else') ? this.block() : [];
    return this.st(t, { k: 'While', test, body, orelse });
  }

  private forStmt(): Stmt {
    const t = this.next();
    const target = this.targetList();
    checkTarget(this, target, false);
    this.expect('in');
    const iter = this.exprList();
    const body = this.loopBody();
    const orelse = this.eat('else') ? this.block() : [];
    return this.st(t, { k: 'For', target, iter, body, orelse });
  }

  private decorated(): Stmt {
    const decorators: Expr[] = [];
    while (this.eat('@')) {
      decorators.push(this.namedExpr());
      if (this.tok.kind !== 'NEWLINE') throw this.error();
      this.next();
    }
    if (this.is('def')) return this.funcDef(decorators);
    if (this.is('class')) return this.classDef(decorators);
    throw this.error();
  }

  private funcDef(decorators: Expr[]): Stmt {
    const t = this.next();
    const name = this.name();
    this.expect('(');
    const params = this.params(')');
    this.expect(')');
    if (this.eat('->')) this.expr();
    const saved = { loops: this.loops, yield: this.sawYield };
    this.loops = 0;
    this.sawYield = false;
    this.funcs++;
    let body: Stmt[];
    try {
      body = this.block();
    } finally {
      this.funcs--;
    }
    const isGen = this.sawYield;
    this.loops = saved.loops;
    this.sawYield = saved.yield;
    return this.st(t, { k: 'FunctionDef', name, params, body, decorators, isGen });
  }

  private classDef(decorators: Expr[]): Stmt {
    const t = this.next();
    const name = this.name();
    const bases: Expr[] = [];
    if (this.eat('(')) {
      while (!this.is(')')) {
        if (this.tok.kind === 'NAME' && this.peek().text === '=') {
          this.next();
          this.next();
          this.expr();
        } else bases.push(this.expr());
        if (!this.eat(',')) break;
      }
      this.expect(')');
    }
    const saved = this.funcs;
    this.funcs = 0;
    const body = this.block();
    this.funcs = saved;
    return this.st(t, { k: 'ClassDef', name, bases, body, decorators });
  }

  private tryStmt(): Stmt {
    const t = this.next();
    const body = this.block();
    const handlers: Handler[] = [];
    while (this.is('except')) {
      const h = this.next();
      let type: Expr | null = null;
      let name: string | null = null;
      if (!this.is(':')) {
        type = this.exprList();
        if (this.eat('as')) name = this.name();
      }
      handlers.push({ type, name, body: this.block(), line: h.line });
    }
    const orelse = handlers.length > 0 && this.eat('else') ? this.block() : [];
    const finalbody = this.eat('finally') ? this.block() : [];
    if (handlers.length === 0 && finalbody.length === 0)
      throw this.error("expected 'except' or 'finally' block");
    return this.st(t, { k: 'Try', body, handlers, orelse, finalbody });
  }

  private withStmt(): Stmt {
    const t = this.next();
    const items: { expr: Expr; target: Expr | null }[] = [];
    do {
      const expr = this.expr();
      const target = this.eat('as') ? this.targetList() : null;
      items.push({ expr, target });
    } while (this.eat(','));
    return this.st(t, { k: 'With', items, body: this.block() });
  }
}

function tupleItems(e: Expr): readonly Expr[] {
  return e.k === 'Tuple' ? e.elts : [e];
}

const WHAT: Partial<Record<Expr['k'], string>> = {
  Call: 'function call',
  Const: 'literal',
  BinOp: 'expression',
  Compare: 'comparison',
  BoolOp: 'expression',
  UnaryOp: 'expression',
  Lambda: 'lambda',
  FString: 'f-string expression',
  IfExp: 'conditional expression',
  Dict: 'dict literal',
  Set: 'set display',
  ListComp: 'list comprehension',
  DictComp: 'dict comprehension',
  GenExp: 'generator expression',
  NamedExpr: 'named expression',
  Bytes: 'literal',
  Ellipsis: 'ellipsis',
};

/** Reject assignment to things that are not targets, with CPython's wording. */
function checkTarget(p: ExprParser, e: Expr, aug: boolean): void {
  if (e.k === 'Name' || e.k === 'Attribute' || e.k === 'Subscript') return;
  if (!aug && (e.k === 'Tuple' || e.k === 'List')) {
    for (const x of e.elts) checkTarget(p, x.k === 'Starred' ? x.value : x, false);
    return;
  }
  const what =
    e.k === 'Const' && (e.value === null || typeof e.value === 'boolean')
      ? String(e.value === null ? 'None' : e.value ? 'True' : 'False')
      : (WHAT[e.k] ?? 'expression');
  const msg = aug
    ? `'${what}' is an illegal expression for augmented assignment`
    : `cannot assign to ${what}${e.k === 'Const' && typeof e.value !== 'boolean' && e.value !== null ? " here. Maybe you meant '==' instead of '='?" : e.k === 'Call' ? " here. Maybe you meant '==' instead of '='?" : ''}`;
  throw p.errorAt(e, msg, e.endLine === e.line ? e.endCol + 1 : 0);
}
