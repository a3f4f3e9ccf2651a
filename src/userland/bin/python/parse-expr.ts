// The python3 expression parser: recursive descent over CPython's precedence levels, from
// lambda/ternary down to atoms with call, subscript and attribute trailers.

import type { Comprehension, Expr, Keyword, Param, Params } from './ast';
import { KEYWORDS } from './parse-base';
import { LiteralParser, number } from './parse-literal';
import type { Token } from './tokenizer';
import { tokenize } from './tokenizer';

const COMPARE = new Set(['<', '>', '==', '>=', '<=', '!=', 'in', 'not', 'is']);
const BINARY: readonly (readonly string[])[] = [
  ['|'],
  ['^'],
  ['&'],
  ['<<', '>>'],
  ['+', '-'],
  ['*', '/', '//', '%', '@'],
];

export class ExprParser extends LiteralParser {
  /** Set while parsing a function body, so `yield` marks it a generator. */
  sawYield = false;

  /** expressions: a, b, *c (a bare tuple when there is a comma). */
  exprList(allowStar = true): Expr {
    const start = this.tok;
    const first = allowStar ? this.starOrExpr() : this.expr();
    if (!this.is(',')) return first;
    const elts = [first];
    while (this.eat(',')) {
      if (this.endsList()) break;
      elts.push(allowStar ? this.starOrExpr() : this.expr());
    }
    return this.mk(start, { k: 'Tuple', elts });
  }

  protected endsList(): boolean {
    const t = this.tok;
    return (
      t.kind === 'NEWLINE' ||
      t.kind === 'END' ||
      (t.kind === 'OP' && [')', ']', '}', '=', ':', ';'].includes(t.text)) ||
      (t.kind === 'OP' &&
        t.text.endsWith('=') &&
        t.text.length === 2 &&
        !['==', '<=', '>=', '!='].includes(t.text))
    );
  }

  starOrExpr(): Expr {
    const start = this.tok;
    if (this.eat('*')) return this.mk(start, { k: 'Starred', value: this.orExpr() });
    return this.namedExpr();
  }

  namedExpr(): Expr {
    const start = this.tok;
    if (start.kind === 'NAME' && this.peek().text === ':=' && this.peek().kind === 'OP') {
      this.next();
      this.next();
      return this.mk(start, { k: 'NamedExpr', target: start.text, value: this.expr() });
    }
    return this.expr();
  }

  /** expression: lambda, or `a if c else b`. */
  expr(): Expr {
    const start = this.tok;
    if (this.is('lambda')) return this.lambda();
    if (this.is('yield')) return this.yieldExpr();
    const body = this.orExpr();
    if (!this.is('if')) return body;
    this.next();
    const test = this.orExpr();
    if (!this.eat('else'))
      throw this.errorAt(
        { line: start.line, col: start.col },
        "expected 'else' after 'if' expression",
        this.prevEnd().col + 1,
      );
    const orelse = this.expr();
    return this.mk(start, { k: 'IfExp', test, body, orelse });
  }

  yieldExpr(): Expr {
    const start = this.next();
    this.sawYield = true;
    if (this.eat('from')) return this.mk(start, { k: 'Yield', value: this.expr(), from: true });
    const value = this.endsList() || this.is(')') ? null : this.exprList();
    return this.mk(start, { k: 'Yield', value, from: false });
  }

  lambda(): Expr {
    const start = this.next();
    const params = this.params(':');
    this.expect(':');
    return this.mk(start, { k: 'Lambda', params, body: this.expr() });
  }

  /** Parameter list up to `close` (')' for def, ':' for lambda). */
  params(close: string): Params {
    const args: Param[] = [];
    const kwonly: Param[] = [];
    let vararg: string | null = null;
    let kwarg: string | null = null;
    let star = false;
    while (!this.is(close)) {
      if (this.eat('**')) {
        kwarg = this.name();
      } else if (this.eat('*')) {
        star = true;
        if (this.tok.kind === 'NAME') vararg = this.name();
      } else if (this.eat('/')) {
        // positional-only marker: accepted, not enforced
      } else {
        const name = this.name();
        if (close === ')' && this.eat(':')) this.expr();
        const dflt = this.eat('=') ? this.expr() : null;
        if (dflt === null && !star && args.some((a) => a.dflt !== null)) {
          throw this.error('non-default argument follows default argument', this.toks[this.pos - 1]);
        }
        (star ? kwonly : args).push({ name, dflt });
      }
      if (!this.eat(',')) break;
    }
    return { args, vararg, kwonly, kwarg };
  }

  name(): string {
    const t = this.tok;
    if (t.kind !== 'NAME' || KEYWORDS.has(t.text)) throw this.error();
    this.next();
    return t.text;
  }

  orExpr(): Expr {
    return this.boolOp('or', () => this.andExpr());
  }

  andExpr(): Expr {
    return this.boolOp('and', () => this.notExpr());
  }

  private boolOp(op: 'and' | 'or', sub: () => Expr): Expr {
    const start = this.tok;
    const first = sub();
    if (!this.is(op)) return first;
    const values = [first];
    while (this.eat(op)) values.push(sub());
    return this.mk(start, { k: 'BoolOp', op, values });
  }

  notExpr(): Expr {
    const start = this.tok;
    if (this.eat('not')) return this.mk(start, { k: 'UnaryOp', op: 'not', operand: this.notExpr() });
    return this.comparison();
  }

  comparison(): Expr {
    const start = this.tok;
    const left = this.binary(0);
    const ops: string[] = [];
    const rest: Expr[] = [];
    while (COMPARE.has(this.tok.text) && (this.tok.kind === 'OP' || this.tok.kind === 'NAME')) {
      let op = this.next().text;
      if (op === 'not') {
        if (!this.eat('in')) throw this.error();
        op = 'not in';
      } else if (op === 'is' && this.eat('not')) op = 'is not';
      ops.push(op);
      rest.push(this.binary(0));
    }
    return ops.length === 0 ? left : this.mk(start, { k: 'Compare', left, ops, rest });
  }

  binary(level: number): Expr {
    if (level >= BINARY.length) return this.unary();
    const start = this.tok;
    let left = this.binary(level + 1);
    const ops = BINARY[level]!;
    while (this.tok.kind === 'OP' && ops.includes(this.tok.text)) {
      const op = this.next().text;
      const right = this.binary(level + 1);
      left = this.mk(start, { k: 'BinOp', op, left, right });
    }
    return left;
  }

  unary(): Expr {
    const start = this.tok;
    if (start.kind === 'OP' && (start.text === '-' || start.text === '+' || start.text === '~')) {
      this.next();
      return this.mk(start, { k: 'UnaryOp', op: start.text, operand: this.unary() });
    }
    return this.power();
  }

  power(): Expr {
    const start = this.tok;
    if (this.is('await')) this.next();
    const base = this.primary();
    if (!(this.tok.kind === 'OP' && this.tok.text === '**')) return base;
    this.next();
    return this.mk(start, { k: 'BinOp', op: '**', left: base, right: this.unary() });
  }

  primary(): Expr {
    const start = this.tok;
    let e = this.atom();
    for (;;) {
      if (this.tok.kind !== 'OP') return e;
      if (this.eat('.')) {
        e = this.mk(start, { k: 'Attribute', value: e, attr: this.name() });
      } else if (this.eat('(')) {
        const { args, keywords } = this.callArgs();
        e = this.mk(start, { k: 'Call', func: e, args, keywords });
      } else if (this.eat('[')) {
        const index = this.subscript();
        this.expect(']');
        e = this.mk(start, { k: 'Subscript', value: e, index });
      } else {
        return e;
      }
    }
  }

  private subscript(): Expr {
    const start = this.tok;
    const items: Expr[] = [];
    let tuple = false;
    for (;;) {
      items.push(this.sliceItem());
      if (!this.eat(',')) break;
      tuple = true;
      if (this.is(']')) break;
    }
    return tuple ? this.mk(start, { k: 'Tuple', elts: items }) : items[0]!;
  }

  private sliceItem(): Expr {
    const start = this.tok;
    const lower = this.is(':') ? null : this.namedExpr();
    if (!this.is(':')) return lower!;
    this.next();
    const upper = this.is(':') || this.is(']') || this.is(',') ? null : this.expr();
    let step: Expr | null = null;
    if (this.eat(':')) step = this.is(']') || this.is(',') ? null : this.expr();
    return this.mk(start, { k: 'Slice', lower, upper, step });
  }

  private callArgs(): { args: Expr[]; keywords: Keyword[] } {
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    while (!this.is(')')) {
      const start = this.tok;
      if (this.eat('**')) {
        keywords.push({ name: null, value: this.expr() });
      } else if (this.eat('*')) {
        args.push(this.mk(start, { k: 'Starred', value: this.expr() }));
      } else if (start.kind === 'NAME' && this.peek().kind === 'OP' && this.peek().text === '=') {
        this.next();
        this.next();
        keywords.push({ name: start.text, value: this.expr() });
      } else {
        const e = this.namedExpr();
        if (this.is('for')) {
          args.push(this.mk(start, { k: 'GenExp', elt: e, gens: this.comprehensions() }));
        } else {
          if (keywords.length > 0 && keywords.some((k) => k.name === null)) {
            throw this.errorAt(start, 'positional argument follows keyword argument unpacking');
          } else if (keywords.length > 0) {
            throw this.errorAt(start, 'positional argument follows keyword argument');
          }
          args.push(e);
        }
      }
      if (!this.eat(',')) break;
    }
    this.expect(')');
    return { args, keywords };
  }

  comprehensions(): Comprehension[] {
    const gens: Comprehension[] = [];
    while (this.eat('for')) {
      const target = this.targetList();
      this.expect('in');
      const iter = this.orExpr();
      const ifs: Expr[] = [];
      while (this.is('if')) {
        this.next();
        ifs.push(this.orExprNoCond());
      }
      gens.push({ target, iter, ifs });
    }
    return gens;
  }

  private orExprNoCond(): Expr {
    return this.orExpr();
  }

  /** A for-loop target: names, attributes, subscripts, possibly a bare tuple. */
  targetList(): Expr {
    const start = this.tok;
    const first = this.is('*') ? this.starOrExpr() : this.binary(0);
    if (!this.is(',')) return first;
    const elts = [first];
    while (this.eat(',')) {
      if (this.is('in') || this.is('=')) break;
      elts.push(this.is('*') ? this.starOrExpr() : this.binary(0));
    }
    return this.mk(start, { k: 'Tuple', elts });
  }

  atom(): Expr {
    const t = this.tok;
    switch (t.kind) {
      case 'NUMBER':
        this.next();
        return this.mk(t, number(t.text));
      case 'STRING':
        return this.strings();
      case 'NAME':
        return this.nameAtom(t);
      case 'OP':
        return this.opAtom(t);
      default:
        throw this.error();
    }
  }

  private nameAtom(t: Token): Expr {
    if (t.text === 'None' || t.text === 'True' || t.text === 'False') {
      this.next();
      return this.mk(t, { k: 'Const', value: t.text === 'None' ? null : t.text === 'True' });
    }
    if (KEYWORDS.has(t.text)) throw this.error();
    this.next();
    return this.mk(t, { k: 'Name', id: t.text });
  }

  private opAtom(t: Token): Expr {
    if (t.text === '...') {
      this.next();
      return this.mk(t, { k: 'Ellipsis' });
    }
    if (t.text === '(') return this.paren(t);
    if (t.text === '[') {
      this.next();
      if (this.eat(']')) return this.mk(t, { k: 'List', elts: [] });
      const first = this.starOrExpr();
      if (this.is('for')) {
        const gens = this.comprehensions();
        this.expect(']');
        return this.mk(t, { k: 'ListComp', elt: first, gens });
      }
      const elts = [first];
      while (this.eat(',') && !this.is(']')) elts.push(this.starOrExpr());
      this.expect(']');
      return this.mk(t, { k: 'List', elts });
    }
    if (t.text === '{') return this.braces(t);
    throw this.error();
  }

  private paren(t: Token): Expr {
    this.next();
    if (this.eat(')')) return this.mk(t, { k: 'Tuple', elts: [] });
    if (this.is('yield')) {
      const y = this.yieldExpr();
      this.expect(')');
      return y;
    }
    const first = this.starOrExpr();
    if (this.is('for')) {
      const gens = this.comprehensions();
      this.expect(')');
      return this.mk(t, { k: 'GenExp', elt: first, gens });
    }
    if (!this.is(',')) {
      this.expect(')');
      return first;
    }
    const elts = [first];
    while (this.eat(',') && !this.is(')')) elts.push(this.starOrExpr());
    this.expect(')');
    return this.mk(t, { k: 'Tuple', elts });
  }

  private braces(t: Token): Expr {
    this.next();
    if (this.eat('}')) return this.mk(t, { k: 'Dict', keys: [], values: [] });
    if (this.is('**') || !this.isSetStart()) return this.dict(t);
    const first = this.starOrExpr();
    if (this.is('for')) {
      const gens = this.comprehensions();
      this.expect('}');
      return this.mk(t, { k: 'SetComp', elt: first, gens });
    }
    const elts = [first];
    while (this.eat(',') && !this.is('}')) elts.push(this.starOrExpr());
    this.expect('}');
    return this.mk(t, { k: 'Set', elts });
  }

  /** Look ahead for a ':' at depth 0 before the next ',' or '}' (then it is a dict). */
  private isSetStart(): boolean {
    let depth = 0;
    for (let i = this.pos; i < this.toks.length; i++) {
      const x = this.toks[i]!;
      if (x.kind !== 'OP') continue;
      if ('([{'.includes(x.text)) depth++;
      else if (')]}'.includes(x.text)) {
        if (depth === 0) return true;
        depth--;
      } else if (depth === 0 && x.text === ':') return false;
      else if (depth === 0 && x.text === ',') return true;
      if (x.text === 'lambda') return true;
    }
    return true;
  }

  private dict(t: Token): Expr {
    const keys: (Expr | null)[] = [];
    const values: Expr[] = [];
    for (;;) {
      if (this.eat('**')) {
        keys.push(null);
        values.push(this.binary(0));
      } else {
        const k = this.expr();
        this.expect(':');
        const v = this.expr();
        if (keys.length === 0 && this.is('for')) {
          const gens = this.comprehensions();
          this.expect('}');
          return this.mk(t, { k: 'DictComp', key: k, value: v, gens });
        }
        keys.push(k);
        values.push(v);
      }
      if (!this.eat(',') || this.is('}')) break;
    }
    this.expect('}');
    return this.mk(t, { k: 'Dict', keys, values });
  }

  protected fieldExpr(src: string, t: Token, fail: (msg: string) => never): Expr {
    let toks: Token[];
    try {
      toks = tokenize('(' + src.replace(/\n/g, ' ') + ')');
    } catch {
      return fail('f-string: invalid syntax');
    }
    const p = new ExprParser(
      toks.map((x) => ({ ...x, line: t.line, endLine: t.line, col: t.col, endCol: t.endCol })),
      this.lines,
    );
    const e = p.exprList();
    if (p.tok.kind !== 'NEWLINE' && p.tok.kind !== 'END') fail('f-string: invalid syntax');
    return e;
  }
}
