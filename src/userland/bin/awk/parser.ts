// awk programs and statements: BEGIN/END/pattern-action items, function definitions, and the
// statement forms, with mawk's compile-time checks (improper use of next, return outside function
// body, break outside loop, redefinition, duplicated arguments, undefined functions).

import type { Expr, FuncDef, Pattern, Program, Redirect, Rule, Stmt } from './ast';
import { AwkSyntaxError } from './lexer';
import { ExprParser, isLValue } from './parseexpr';

type Context = 'begin' | 'end' | 'main' | 'func';

export type ParseResult = { readonly program: Program } | { readonly errors: readonly string[] };

class Parser extends ExprParser {
  private readonly begin: Stmt[] = [];
  private readonly end: Stmt[] = [];
  private readonly rules: Rule[] = [];
  private readonly funcs = new Map<string, FuncDef>();
  private readonly callers: (FuncDef | null)[] = [];
  private context: Context = 'main';
  private loops = 0;
  private ranges = 0;
  private current: FuncDef | null = null;

  program(): Program {
    for (;;) {
      while (this.tok.kind === 'nl' || this.is(';')) this.advance();
      if (this.tok.kind === 'eof') break;
      this.item();
    }
    this.checkCalls();
    return {
      begin: this.begin,
      rules: this.rules,
      end: this.end,
      funcs: this.funcs,
      globals: this.globalNames,
      ranges: this.ranges,
    };
  }

  private item(): void {
    if (this.is('BEGIN') || this.is('END')) {
      const which = this.advance().text;
      this.context = which === 'BEGIN' ? 'begin' : 'end';
      const body = this.block();
      (which === 'BEGIN' ? this.begin : this.end).push(...body);
    } else if (this.is('function')) this.funcDef();
    else if (this.is('{')) {
      this.context = 'main';
      this.rules.push({ pattern: { k: 'all' }, action: this.block() });
    } else this.patternItem();
  }

  private patternItem(): void {
    const e = this.expr();
    let pattern: Pattern = { k: 'expr', e };
    if (this.is(',')) {
      this.advance();
      this.skipNl();
      pattern = { k: 'range', from: e, to: this.expr(), id: this.ranges++ };
    }
    this.context = 'main';
    if (this.is('{')) this.rules.push({ pattern, action: this.block() });
    else {
      if (!(this.tok.kind === 'nl' || this.tok.kind === 'eof' || this.is(';'))) this.fail();
      this.rules.push({ pattern, action: null });
    }
  }

  private funcDef(): void {
    this.advance();
    const t = this.tok;
    if (t.kind !== 'name' && t.kind !== 'func') this.fail();
    this.advance();
    if (this.funcs.has(t.text)) this.semantic(`redefinition of ${t.text}`, t.line);
    this.expect('(');
    const params: string[] = [];
    this.locals = new Map();
    while (!this.is(')')) {
      if (params.length > 0) {
        this.expect(',');
        this.skipNl();
      }
      if (this.tok.kind !== 'name') this.fail();
      const p = this.advance().text;
      if (this.locals.has(p)) this.semantic(`${p} is duplicated in argument list`);
      else this.locals.set(p, params.length);
      params.push(p);
    }
    this.advance();
    this.skipNl();
    this.localArrays = params.map(() => false);
    const def: FuncDef = { name: t.text, params, body: [], arrays: this.localArrays };
    this.funcNames.add(t.text);
    if (!this.funcs.has(t.text)) this.funcs.set(t.text, def);
    this.context = 'func';
    this.current = def;
    def.body = this.block();
    this.current = null;
    this.locals = null;
  }

  private block(): Stmt[] {
    this.expect('{');
    const body: Stmt[] = [];
    for (;;) {
      while (this.tok.kind === 'nl' || this.is(';')) this.advance();
      if (this.is('}')) break;
      body.push(this.statement());
    }
    this.advance();
    return body;
  }

  /** A statement, or nothing before `}` / `;` (mawk's fake semicolon). */
  private body(): Stmt {
    this.skipNl();
    if (this.is(';')) {
      this.advance();
      return { k: 'block', body: [] };
    }
    if (this.is('}')) return { k: 'block', body: [] };
    return this.statement();
  }

  private loopBody(): Stmt {
    this.loops++;
    const s = this.body();
    this.loops--;
    return s;
  }

  private condition(): Expr {
    this.expect('(');
    const c = this.expr();
    this.expect(')');
    return c;
  }

  private statement(): Stmt {
    if (this.is('{')) return { k: 'block', body: this.block() };
    if (this.is('if')) {
      this.advance();
      const c = this.condition();
      const t = this.body();
      this.skipNl();
      if (!this.is('else')) return { k: 'if', c, t, f: null };
      this.advance();
      return { k: 'if', c, t, f: this.body() };
    }
    if (this.is('while')) {
      this.advance();
      const c = this.condition();
      if (this.is(';')) {
        this.advance();
        return { k: 'while', c, body: { k: 'block', body: [] } };
      }
      return { k: 'while', c, body: this.loopBody() };
    }
    if (this.is('do')) {
      this.advance();
      const body = this.loopBody();
      this.skipNl();
      this.expect('while');
      const c = this.condition();
      this.terminator();
      return { k: 'do', body, c };
    }
    if (this.is('for')) return this.forStatement();
    const s = this.simple();
    this.terminator();
    return s;
  }

  private forStatement(): Stmt {
    this.advance();
    this.expect('(');
    if (this.tok.kind === 'name' && this.peek(1).text === 'in' && this.peek(3).text === ')') {
      const v = this.primary();
      if (!isLValue(v)) this.fail();
      this.advance();
      const ref = this.arrayName();
      this.expect(')');
      return { k: 'forin', v, ref, body: this.loopBody() };
    }
    const init = this.is(';') ? null : this.expr({ noIn: true });
    this.expect(';');
    this.skipNl();
    const c = this.is(';') ? null : this.expr();
    this.expect(';');
    this.skipNl();
    const step = this.is(')') ? null : this.expr();
    this.expect(')');
    return { k: 'for', init, c, step, body: this.loopBody() };
  }

  private terminator(): void {
    if (this.is(';') || this.tok.kind === 'nl') this.advance();
    else if (!(this.is('}') || this.tok.kind === 'eof')) this.fail();
  }

  private atEnd(): boolean {
    return this.tok.kind === 'nl' || this.tok.kind === 'eof' || this.isAny(';', '}');
  }

  private simple(): Stmt {
    const t = this.tok;
    if (t.kind !== 'kw') return { k: 'expr', e: this.expr() };
    switch (t.text) {
      case 'print':
      case 'printf':
        return this.print(t.text);
      case 'next':
      case 'nextfile':
        this.advance();
        if (this.context !== 'main') this.semantic(`improper use of ${t.text}`, t.line);
        return { k: t.text };
      case 'break':
      case 'continue':
        this.advance();
        if (this.loops === 0) this.semantic(`${t.text} statement outside of loop`, t.line);
        return { k: t.text };
      case 'exit':
      case 'return':
        this.advance();
        if (t.text === 'return' && this.context !== 'func')
          this.semantic('return outside function body', t.line);
        return { k: t.text, e: this.atEnd() ? null : this.expr() };
      case 'delete': {
        this.advance();
        const ref = this.arrayName();
        return { k: 'delete', ref, subs: this.is('[') ? this.subscripts() : null };
      }
      default:
        return { k: 'expr', e: this.expr() };
    }
  }

  private print(kind: 'print' | 'printf'): Stmt {
    const line = this.advance().line;
    let args: Expr[] = [];
    if (!this.atEnd() && !this.isAny('>', '>>', '|')) {
      args.push(this.expr({ noGt: true, allowGroup: true }));
      while (this.is(',')) {
        this.advance();
        this.skipNl();
        args.push(this.expr({ noGt: true }));
      }
    }
    const first = args[0];
    if (args.length === 1 && first?.k === 'group') args = [...first.items];
    if (kind === 'printf' && args.length === 0) this.semantic('no arguments in call to printf', line);
    let redir: Redirect | null = null;
    if (this.isAny('>', '>>', '|')) {
      const mode = this.advance().text as '>' | '>>' | '|';
      redir = { mode, target: this.expr({ noGt: true }) };
    }
    return { k: kind, args, redir };
  }

  private checkCalls(): void {
    let changed = true;
    while (changed) {
      changed = false;
      this.calls.forEach((c, i) => {
        const callee = this.funcs.get(c.name);
        const caller = this.callers[i];
        if (!callee || !caller) return;
        c.args.forEach((a, j) => {
          if (a.k === 'var' && a.ref.local && callee.arrays[j] && !caller.arrays[a.ref.slot]) {
            caller.arrays[a.ref.slot] = true;
            changed = true;
          }
        });
      });
    }
    for (const c of this.calls) {
      const def = this.funcs.get(c.name);
      if (!def) this.semantic(`function ${c.name} never defined`);
      else if (c.args.length > def.params.length)
        this.semantic(`too many arguments in call to ${c.name}`, c.line);
      else
        c.args.forEach((a, j) => {
          if (a.k === 'var' && !a.ref.local && def.arrays[j] && this.types.get(a.ref.name) === 'var')
            this.semantic(`type error in arg(${j + 1}) in call to ${c.name}`, c.line);
        });
    }
  }

  protected override recordCall(): void {
    this.callers.push(this.current);
  }
}

/** Parse a program; compile errors come back as mawk's messages without the "awk: " prefix. */
export function parseProgram(src: string): ParseResult {
  let p: Parser | null = null;
  try {
    p = new Parser(src);
    const program = p.program();
    if (p.errors.length > 0) return { errors: p.errors };
    return { program };
  } catch (e) {
    // A JavaScript stack overflow on absurdly nested input is reported like mawk's yacc overflow.
    if (e instanceof RangeError) return { errors: ['line 1: parser stack overflow'] };
    if (!(e instanceof AwkSyntaxError)) throw e;
    return { errors: [...(p?.errors ?? []), e.message] };
  }
}
