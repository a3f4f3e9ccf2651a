// awk expressions: a recursive-descent parser with mawk's precedence (lowest first): assignment,
// ?:, ||, &&, in, ~ !~, comparisons, concatenation, + -, * / %, unary ! - +, | getline, ^, ++ --,
// $. Names are resolved to slots; mawk's compile-time type checks ("illegal reference to array x")
// are reported as non-fatal errors like mawk does.

import type { Expr, LValue, VarRef } from './ast';
import { SPECIAL_VARS } from './ast';
import type { Token } from './lexer';
import { AwkSyntaxError, Lexer } from './lexer';
import { AwkRegexError, awkRegex } from './re';

type VarType = 'var' | 'array';

export interface Flags {
  /** Inside print's argument list: `>` is a redirection. */
  readonly noGt?: boolean;
  /** A for(;;) header's first part: `in` would be a for-in. */
  readonly noIn?: boolean;
  /** print's arguments may be a parenthesized list. */
  readonly allowGroup?: boolean;
}

const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '^=']);
const REL_OPS = new Set(['<', '<=', '==', '!=', '>=', '>']);
const BUILTIN_ARITY: Record<string, [number, number]> = {
  length: [0, 1],
  substr: [2, 3],
  index: [2, 2],
  split: [2, 3],
  sub: [2, 3],
  gsub: [2, 3],
  match: [2, 2],
  sprintf: [1, 255],
  sin: [1, 1],
  cos: [1, 1],
  atan2: [2, 2],
  exp: [1, 1],
  log: [1, 1],
  sqrt: [1, 1],
  int: [1, 1],
  rand: [0, 0],
  srand: [0, 1],
  tolower: [1, 1],
  toupper: [1, 1],
  system: [1, 1],
  close: [1, 1],
  fflush: [0, 1],
};

export class ExprParser {
  protected readonly lex: Lexer;
  protected tok: Token;
  private readonly ahead: Token[] = [];
  protected readonly globals = new Map<string, number>();
  protected readonly globalNames: string[] = [];
  protected readonly types = new Map<string, VarType>();
  protected locals: Map<string, number> | null = null;
  private nesting = 0;
  protected localArrays: boolean[] = [];
  protected readonly funcNames = new Set<string>();
  /** Calls seen: checked against the definitions at the end. */
  protected readonly calls: { name: string; args: readonly Expr[]; line: number }[] = [];

  constructor(src: string) {
    this.lex = new Lexer(src);
    for (const name of SPECIAL_VARS) this.global(name);
    this.types.set('ENVIRON', 'array');
    this.types.set('ARGV', 'array');
    this.tok = this.lex.next();
  }

  protected advance(): Token {
    const t = this.tok;
    this.tok = this.ahead.shift() ?? this.lex.next();
    return t;
  }

  /** The token n places after the current one. */
  protected peek(n = 1): Token {
    while (this.ahead.length < n) this.ahead.push(this.lex.next());
    return this.ahead[n - 1]!;
  }

  protected is(text: string): boolean {
    return (this.tok.kind === 'op' || this.tok.kind === 'kw') && this.tok.text === text;
  }

  protected expect(text: string): void {
    if (!this.is(text)) this.fail();
    this.advance();
  }

  /** mawk's yyerror: a syntax error at the current token. */
  protected fail(): never {
    const t = this.tok;
    const shown = t.kind === 'op' && t.text === '>>' ? '>' : t.text;
    const near = t.kind === 'num' ? String(t.text) : shown;
    const line = t.line;
    if (this.lex.parens > 0 && (t.kind === 'eof' || t.kind === 'nl' || this.isAny(';', '}')))
      throw new AwkSyntaxError(`line ${line}: missing ) near ${near}`);
    if (this.lex.braces > 0 && (t.kind === 'eof' || this.isAny('BEGIN', 'END')))
      throw new AwkSyntaxError(`line ${line}: missing } near ${near}`);
    throw new AwkSyntaxError(`line ${line}: syntax error at or near ${near}`);
  }

  private checkRegex(src: string, line: number): void {
    try {
      awkRegex(src);
    } catch (e) {
      if (!(e instanceof AwkRegexError)) throw e;
      this.semantic(`regular expression compile failed (${e.message})\n${src}`, line);
    }
  }

  protected isAny(...texts: string[]): boolean {
    return texts.some((t) => this.is(t));
  }

  /** Non-fatal compile errors ("line N: message"), in order. */
  get errors(): string[] {
    return this.lex.errors;
  }

  protected semantic(message: string, line = this.tok.line): void {
    this.lex.errors.push(`line ${line}: ${message}`);
  }

  /** Hook: a call was just parsed (the statement parser remembers the calling function). */
  protected recordCall(): void {}

  private global(name: string): number {
    let slot = this.globals.get(name);
    if (slot === undefined) {
      slot = this.globalNames.length;
      this.globals.set(name, slot);
      this.globalNames.push(name);
    }
    return slot;
  }

  /** Resolve a name used as `type` (undefined: untyped, e.g. a bare function argument). */
  protected ref(name: string, type?: VarType): VarRef {
    const local = this.locals?.get(name);
    if (local !== undefined) {
      if (type === 'array') this.localArrays[local] = true;
      return { local: true, slot: local, name };
    }
    if (type) {
      const had = this.types.get(name);
      if (had === undefined) this.types.set(name, type);
      else if (had !== type)
        this.semantic(`illegal reference to ${had === 'array' ? 'array' : 'variable'} ${name}`);
    }
    return { local: false, slot: this.global(name), name };
  }

  protected isVariable(name: string): boolean {
    return this.locals?.has(name) === true || this.types.has(name);
  }

  skipNl(): void {
    while (this.tok.kind === 'nl') this.advance();
  }

  expr(f: Flags = {}): Expr {
    const lhs = this.ternary(f);
    if (this.tok.kind === 'op' && ASSIGN_OPS.has(this.tok.text) && isLValue(lhs)) {
      const op = this.advance().text;
      return { k: 'assign', op, target: lhs, e: this.expr(f) };
    }
    return lhs;
  }

  private ternary(f: Flags): Expr {
    const c = this.or(f);
    if (!this.is('?')) return c;
    this.advance();
    this.skipNl();
    const t = this.expr(f);
    this.skipNl();
    this.expect(':');
    this.skipNl();
    return { k: 'cond', c, t, f: this.expr(f) };
  }

  private or(f: Flags): Expr {
    let l = this.and(f);
    while (this.is('||')) {
      this.advance();
      l = { k: 'or', l, r: this.and(f) };
    }
    return l;
  }

  private and(f: Flags): Expr {
    let l = this.inExpr(f);
    while (this.is('&&')) {
      this.advance();
      l = { k: 'and', l, r: this.inExpr(f) };
    }
    return l;
  }

  private inExpr(f: Flags): Expr {
    let l = this.matchExpr(f);
    while (this.is('in') && !f.noIn) {
      this.advance();
      const subs = l.k === 'group' ? l.items : [l];
      l = { k: 'in', subs, ref: this.arrayName() };
    }
    if (l.k === 'group' && !f.allowGroup) this.fail();
    return l;
  }

  protected arrayName(): VarRef {
    if (this.tok.kind !== 'name' && this.tok.kind !== 'func') this.fail();
    return this.ref(this.advance().text, 'array');
  }

  private matchExpr(f: Flags): Expr {
    let l = this.compare(f);
    while (this.isAny('~', '!~')) {
      const neg = this.advance().text === '!~';
      l = { k: 'match', neg, l, r: this.compare(f) };
    }
    return l;
  }

  private compare(f: Flags): Expr {
    let l = this.concat(f);
    while (this.tok.kind === 'op' && REL_OPS.has(this.tok.text) && !(f.noGt && this.is('>'))) {
      // In print, mawk's scanner takes the '>' of '>=' as a redirection.
      if (f.noGt && this.is('>='))
        throw new AwkSyntaxError(`line ${this.tok.line}: syntax error at or near =`);
      const op = this.advance().text;
      l = { k: 'cmp', op, l, r: this.concat(f) };
    }
    return l;
  }

  private startsOperand(): boolean {
    const t = this.tok;
    if (['num', 'str', 'ere', 'name', 'func', 'builtin'].includes(t.kind)) return true;
    if (t.kind === 'kw') return t.text === 'getline';
    return t.kind === 'op' && ['$', '(', '!', '++', '--'].includes(t.text);
  }

  private concat(f: Flags): Expr {
    let l = this.additive(f);
    while (this.startsOperand() && !(f.noIn && this.is('in'))) l = { k: 'cat', l, r: this.additive(f) };
    return l;
  }

  private additive(f: Flags): Expr {
    let l = this.multiplicative(f);
    while (this.isAny('+', '-')) {
      const op = this.advance().text;
      l = { k: 'bin', op, l, r: this.multiplicative(f) };
    }
    return l;
  }

  private multiplicative(f: Flags): Expr {
    let l = this.unary(f);
    while (this.isAny('*', '/', '%')) {
      const op = this.advance().text;
      l = { k: 'bin', op, l, r: this.unary(f) };
    }
    return l;
  }

  private unary(f: Flags): Expr {
    if (this.isAny('!', '-', '+')) {
      const op = this.advance().text as '!' | '-' | '+';
      return { k: 'unary', op, e: this.unary(f) };
    }
    return this.pipeGetline(f);
  }

  private pipeGetline(f: Flags): Expr {
    let l = this.power();
    while (this.is('|') && this.peek().kind === 'kw' && this.peek().text === 'getline') {
      this.advance();
      this.advance();
      l = { k: 'getline', src: 'cmd', target: this.optLValue(), from: l };
    }
    void f;
    return l;
  }

  protected power(): Expr {
    const base = this.postfix();
    if (!this.is('^')) return base;
    this.advance();
    const r = this.isAny('-', '+', '!') ? this.unary({}) : this.power();
    return { k: 'bin', op: '^', l: base, r };
  }

  private postfix(): Expr {
    if (this.isAny('++', '--')) {
      const op = this.advance().text as '++' | '--';
      const target = this.lvalueOnly();
      return { k: 'incdec', op, prefix: true, target };
    }
    const e = this.primary();
    if (this.isAny('++', '--') && isLValue(e)) {
      const op = this.advance().text as '++' | '--';
      return { k: 'incdec', op, prefix: false, target: e };
    }
    return e;
  }

  private lvalueOnly(): LValue {
    const e = this.primary();
    if (!isLValue(e)) this.fail();
    return e;
  }

  /** After getline: an optional variable, array element or field. */
  private optLValue(): LValue | null {
    if (this.tok.kind === 'name' || this.is('$')) return this.lvalueOnly();
    return null;
  }

  /** The operand of `$`: a primary, or ++/--/unary minus applied to one. */
  private fieldOperand(): Expr {
    if (this.isAny('++', '--')) return this.postfix();
    if (this.isAny('-', '+', '!')) {
      const op = this.advance().text as '!' | '-' | '+';
      return { k: 'unary', op, e: this.fieldOperand() };
    }
    return this.primary();
  }

  protected primary(): Expr {
    const t = this.tok;
    switch (t.kind) {
      case 'num':
        this.advance();
        return { k: 'num', v: t.num };
      case 'str':
        this.advance();
        return { k: 'str', v: t.text };
      case 'ere':
        this.advance();
        this.checkRegex(t.text, t.line);
        return { k: 're', src: t.text };
      case 'name':
      case 'func':
        return this.nameExpr();
      case 'builtin':
        return this.builtin();
      case 'kw':
        if (t.text === 'getline') return this.simpleGetline();
        return this.fail();
      default:
    }
    if (this.is('$')) {
      this.advance();
      return { k: 'field', e: this.fieldOperand() };
    }
    if (this.is('(')) return this.group();
    return this.fail();
  }

  private group(): Expr {
    this.nesting++;
    this.advance();
    const items = [this.expr()];
    while (this.is(',')) {
      this.advance();
      this.skipNl();
      items.push(this.expr());
    }
    // mawk's parser stack holds 191 nested parentheses: it fails at the first ')'.
    if (this.nesting > 191) this.fail();
    this.expect(')');
    this.nesting--;
    return items.length === 1 ? items[0]! : { k: 'group', items };
  }

  private simpleGetline(): Expr {
    this.advance();
    const target = this.optLValue();
    if (!this.is('<')) return { k: 'getline', src: 'plain', target, from: null };
    this.advance();
    return { k: 'getline', src: 'file', target, from: this.power() };
  }

  private nameExpr(): Expr {
    const t = this.advance();
    if (t.kind === 'func' && !this.isVariable(t.text)) return this.call(t);
    if (this.is('[')) {
      const ref = this.ref(t.text, 'array');
      return { k: 'index', ref, subs: this.subscripts() };
    }
    const asArg = this.isAny(',', ')');
    return { k: 'var', ref: this.ref(t.text, asArg ? undefined : 'var') };
  }

  protected subscripts(): Expr[] {
    this.expect('[');
    const subs = [this.expr()];
    while (this.is(',')) {
      this.advance();
      this.skipNl();
      subs.push(this.expr());
    }
    this.expect(']');
    return subs;
  }

  private args(): Expr[] {
    this.expect('(');
    const args: Expr[] = [];
    if (!this.is(')')) {
      args.push(this.expr());
      while (this.is(',')) {
        this.advance();
        this.skipNl();
        args.push(this.expr());
      }
    }
    this.expect(')');
    return args;
  }

  private call(t: Token): Expr {
    const args = this.args();
    this.calls.push({ name: t.text, args, line: t.line });
    this.recordCall();
    return { k: 'call', name: t.text, args, line: t.line };
  }

  private builtin(): Expr {
    const t = this.advance();
    const name = t.text;
    if (name === 'length' && !this.is('(')) return { k: 'builtin', name, args: [] };
    const args = name === 'split' ? this.splitArgs() : this.args();
    const [lo, hi] = BUILTIN_ARITY[name] ?? [0, 0];
    if (args.length < lo || args.length > hi)
      this.semantic(`wrong number of arguments in call to ${name}`, t.line);
    return { k: 'builtin', name, args };
  }

  /** split(s, array [, sep]): the second argument names an array. */
  private splitArgs(): Expr[] {
    this.expect('(');
    const s = this.expr();
    this.expect(',');
    this.skipNl();
    const ref = this.arrayName();
    const args: Expr[] = [s, { k: 'var', ref }];
    if (this.is(',')) {
      this.advance();
      this.skipNl();
      args.push(this.expr());
    }
    this.expect(')');
    return args;
  }
}

export function isLValue(e: Expr): e is LValue {
  return e.k === 'var' || e.k === 'field' || e.k === 'index';
}
