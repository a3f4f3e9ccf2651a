// Expression evaluation. Every evaluation is a generator because getline, system(), close() and
// pipes make system calls from inside expressions. An approximate model of mawk's evaluation
// stack (1024 cells: pending operands plus function arguments) gives its "program limit
// exceeded" error for runaway recursion instead of a JavaScript stack overflow.

import type { Expr, LValue } from './ast';
import { GlibcRandom } from './random';
import type { Place } from './state';
import { AwkFatalError, AwkRuntimeError, Runtime } from './state';
import type { Val } from './value';
import { compareVals, toBool, toNum } from './value';
import { AwkRegexError, awkRegex } from './re';
import type { Gen, Sys } from '../../sys';
import type { Program } from './ast';
import { Streams } from './io';

const STACK_LIMIT = 1006;

export abstract class Evaluator extends Runtime {
  readonly streams: Streams;
  readonly random = new GlibcRandom(0);
  seedCell: Val = 0;
  /** Cells on mawk's evaluation stack (approximate). */
  protected sp = 0;
  private ticks = 0;

  constructor(
    readonly sys: Sys,
    readonly program: Program,
    readonly envp: readonly string[],
  ) {
    super(program.globals.length);
    this.streams = new Streams(sys, envp);
  }

  protected abstract builtin(e: Expr & { k: 'builtin' }): Gen<Val>;
  protected abstract getline(e: Expr & { k: 'getline' }): Gen<Val>;
  protected abstract callUser(e: Expr & { k: 'call' }): Gen<Val>;

  /** Account CPU time now and then so long loops can be preempted. */
  *tick(): Gen<void> {
    if (++this.ticks >= 256) {
      this.ticks = 0;
      yield* this.sys.compute(256_000);
    }
  }

  protected push(n: number): void {
    this.sp += n;
    if (this.sp > STACK_LIMIT) throw new AwkFatalError('program limit exceeded: eval stack size=1024');
  }

  /** Does `text` match the awk regex `src`? */
  matches(text: string, src: string): boolean {
    try {
      return awkRegex(src).test(text);
    } catch (e) {
      throw regexError(e, src);
    }
  }

  /** The regex source of a match operand: a /literal/ or a dynamic string. */
  *regexSource(e: Expr): Gen<string> {
    if (e.k === 're') return e.src;
    return this.str(yield* this.eval(e));
  }

  *place(t: LValue): Gen<Place> {
    if (t.k === 'var') return { k: 'var', ref: t.ref };
    if (t.k === 'field') return { k: 'field', i: this.fieldIndex(yield* this.eval(t.e)) };
    const key = yield* this.subscriptOf(t.subs);
    return { k: 'elem', slot: this.array(t.ref).find(key, true, this.numStr)! };
  }

  *subscriptOf(subs: readonly Expr[]): Gen<Val> {
    if (subs.length === 1) return yield* this.eval(subs[0]!);
    const vals: Val[] = [];
    for (const s of subs) vals.push(yield* this.eval(s));
    return this.subscript(vals);
  }

  *eval(e: Expr): Gen<Val> {
    switch (e.k) {
      case 'num':
      case 'str':
        return e.v;
      case 're':
        return this.matches(this.recordText, e.src) ? 1 : 0;
      case 'var':
        return this.getVar(e.ref);
      case 'field':
        return this.getField(this.fieldIndex(yield* this.eval(e.e)));
      case 'index': {
        const key = yield* this.subscriptOf(e.subs);
        return this.array(e.ref).find(key, true, this.numStr)!.cell;
      }
      case 'group':
        throw new AwkRuntimeError('syntax error');
      case 'assign':
        return yield* this.assign(e);
      case 'incdec': {
        const p = yield* this.place(e.target);
        const old = toNum(this.getPlace(p));
        const v = e.op === '++' ? old + 1 : old - 1;
        this.setPlace(p, v);
        return e.prefix ? v : old;
      }
      case 'bin': {
        const l = toNum(yield* this.eval(e.l));
        this.push(1);
        const r = toNum(yield* this.eval(e.r));
        this.sp--;
        return arith(e.op, l, r);
      }
      case 'cat': {
        const l = this.str(yield* this.eval(e.l));
        this.push(1);
        const r = this.str(yield* this.eval(e.r));
        this.sp--;
        return l + r;
      }
      case 'cmp': {
        const l = yield* this.eval(e.l);
        this.push(1);
        const r = yield* this.eval(e.r);
        this.sp--;
        return compare(e.op, compareVals(l, r, this.str));
      }
      case 'and':
        return toBool(yield* this.eval(e.l)) && toBool(yield* this.eval(e.r)) ? 1 : 0;
      case 'or':
        return toBool(yield* this.eval(e.l)) || toBool(yield* this.eval(e.r)) ? 1 : 0;
      case 'match': {
        const text = this.str(yield* this.eval(e.l));
        const src = yield* this.regexSource(e.r);
        return this.matches(text, src) !== e.neg ? 1 : 0;
      }
      case 'unary': {
        const v = yield* this.eval(e.e);
        if (e.op === '!') return toBool(v) ? 0 : 1;
        return e.op === '-' ? -toNum(v) : toNum(v);
      }
      case 'cond':
        return yield* this.eval(toBool(yield* this.eval(e.c)) ? e.t : e.f);
      case 'in': {
        const key = yield* this.subscriptOf(e.subs);
        return this.array(e.ref).find(key, false, this.numStr) ? 1 : 0;
      }
      case 'call':
        return yield* this.callUser(e);
      case 'builtin':
        return yield* this.builtin(e);
      case 'getline':
        return yield* this.getline(e);
    }
  }

  private *assign(e: Expr & { k: 'assign' }): Gen<Val> {
    const p = yield* this.place(e.target);
    const cells = e.target.k === 'index' ? 2 : 1;
    this.push(cells);
    let v = yield* this.eval(e.e);
    this.sp -= cells;
    if (e.op !== '=') v = arith(e.op[0]!, toNum(this.getPlace(p)), toNum(v));
    this.setPlace(p, v);
    return v;
  }
}

export function arith(op: string, l: number, r: number): number {
  switch (op) {
    case '+':
      return l + r;
    case '-':
      return l - r;
    case '*':
      return l * r;
    case '/':
      return l / r;
    case '%':
      return l % r;
    default:
      return Math.pow(l, r);
  }
}

function compare(op: string, c: number): number {
  switch (op) {
    case '<':
      return c < 0 ? 1 : 0;
    case '<=':
      return c <= 0 ? 1 : 0;
    case '>':
      return c > 0 ? 1 : 0;
    case '>=':
      return c >= 0 ? 1 : 0;
    case '==':
      return c === 0 ? 1 : 0;
    default:
      return c !== 0 ? 1 : 0;
  }
}

export function regexError(e: unknown, src: string): unknown {
  if (e instanceof AwkRegexError)
    return new AwkRuntimeError(`regular expression compile failed (${e.message})\n${src}`);
  return e;
}
