// The builtin functions and the getline forms: `getline` (main input: $0, NF, NR, FNR),
// `getline var`, `getline < file` and `cmd | getline` (which, as in mawk, leave NR alone).

import type { Expr } from './ast';
import { isLValue } from './parseexpr';
import { FNR, FS, NR, RLENGTH, RS, RSTART } from './ast';
import { AwkArray } from './array';
import { Evaluator, regexError } from './eval';
import { awkFormat } from './format';
import { AwkIOError } from './io';
import type { RecordReader } from './records';
import { awkRegex, awkRegexGlobal } from './re';
import { AwkRuntimeError } from './state';
import { splitFields, splitRegex } from './split';
import { index, substitute, substr, tolower, toupper } from './strfuncs';
import type { Val } from './value';
import { inputVal, toInt32, toNum } from './value';
import { CLOCK_REALTIME } from '../../sys';
import type { Gen } from '../../sys';

type BuiltinExpr = Expr & { k: 'builtin' };

export abstract class BuiltinEvaluator extends Evaluator {
  /** The next record of the main input (advancing through ARGV), or null at the end. */
  protected abstract mainRecord(): Gen<string | null>;

  private *args(e: BuiltinExpr): Gen<Val[]> {
    const out: Val[] = [];
    for (const a of e.args) {
      out.push(yield* this.eval(a));
      this.push(1);
    }
    this.sp -= out.length;
    return out;
  }

  /** A record from a reader using the current RS. */
  *readRecord(reader: RecordReader): Gen<string | null> {
    const rs = this.special(RS);
    const rec = yield* reader.next(rs, rs.length > 1 ? this.globalRegex(rs) : null);
    if (reader.error < 0) throw new AwkIOError('read error', reader.error);
    return rec;
  }

  globalRegex(src: string): RegExp {
    try {
      return awkRegexGlobal(src);
    } catch (e) {
      throw regexError(e, src);
    }
  }

  protected *builtin(e: BuiltinExpr): Gen<Val> {
    const name = e.name;
    if (name === 'split') return yield* this.split(e);
    if (name === 'sub' || name === 'gsub') return yield* this.sub(e, name === 'gsub');
    if (name === 'match') return yield* this.match(e);
    if (name === 'length') return yield* this.length(e);
    const a = yield* this.args(e);
    const n = (i: number): number => toNum(a[i]!);
    const s = (i: number): string => this.str(a[i]!);
    switch (name) {
      case 'substr':
        return substr(s(0), n(1), a.length > 2 ? n(2) : undefined);
      case 'index':
        return index(s(0), s(1));
      case 'sprintf':
        return this.format(a, 'sprintf').out;
      case 'sin':
        return Math.sin(n(0));
      case 'cos':
        return Math.cos(n(0));
      case 'atan2':
        return Math.atan2(n(0), n(1));
      case 'exp':
        return Math.exp(n(0));
      case 'log':
        return Math.log(n(0));
      case 'sqrt':
        return Math.sqrt(n(0));
      case 'int':
        return Math.trunc(n(0));
      case 'rand':
        return this.random.rand();
      case 'srand':
        return yield* this.srand(a);
      case 'tolower':
        return tolower(s(0));
      case 'toupper':
        return toupper(s(0));
      case 'system':
        return yield* this.streams.system(s(0));
      case 'close':
        return yield* this.streams.close(s(0));
      default:
        return yield* this.streams.fflush(a.length ? s(0) : undefined);
    }
  }

  /** printf/sprintf formatting; a bad format is a run time error (after partial output). */
  format(a: readonly Val[], fn: string): { out: string; error?: string } {
    if (a.length === 0) return { out: '' };
    return awkFormat(this.str(a[0]!), a.slice(1), this.str, fn);
  }

  private *srand(a: Val[]): Gen<Val> {
    const prev = this.seedCell;
    if (a.length === 0) {
      const t = yield* this.sys.clock_gettime(CLOCK_REALTIME);
      this.seedCell = t.sec;
    } else this.seedCell = a[0]!;
    this.random.seed(toInt32(toNum(this.seedCell)));
    return prev;
  }

  private *length(e: BuiltinExpr): Gen<Val> {
    const arg = e.args[0];
    if (!arg) return this.recordText.length;
    if (arg.k === 'var') {
      const cells = arg.ref.local ? this.frame : this.globals;
      const c = cells[arg.ref.slot];
      if (c instanceof AwkArray) return c.size;
    }
    return this.str(yield* this.eval(arg)).length;
  }

  private *split(e: BuiltinExpr): Gen<Val> {
    const s = this.str(yield* this.eval(e.args[0]!));
    const target = e.args[1]!;
    if (target.k !== 'var') throw new AwkRuntimeError('split: not an array');
    const sep = e.args[2];
    let parts: string[];
    if (sep === undefined) parts = splitFields(s, this.special(FS));
    else if (sep.k === 're') parts = this.splitOn(s, sep.src);
    else parts = splitFields(s, this.str(yield* this.eval(sep)));
    this.array(target.ref).load(parts.map(inputVal));
    return parts.length;
  }

  private splitOn(s: string, src: string): string[] {
    try {
      return splitRegex(s, src);
    } catch (e) {
      throw regexError(e, src);
    }
  }

  private *sub(e: BuiltinExpr, global: boolean): Gen<Val> {
    const src = yield* this.regexSource(e.args[0]!);
    const repl = this.str(yield* this.eval(e.args[1]!));
    const arg = e.args[2] ?? { k: 'field', e: { k: 'num', v: 0 } };
    const p = isLValue(arg) ? yield* this.place(arg) : null;
    const text = this.str(p ? this.getPlace(p) : yield* this.eval(arg));
    const r = substitute(text, this.globalRegex(src), repl, global);
    if (r.count > 0 && p) this.setPlace(p, r.text);
    return r.count;
  }

  private *match(e: BuiltinExpr): Gen<Val> {
    const s = this.str(yield* this.eval(e.args[0]!));
    const src = yield* this.regexSource(e.args[1]!);
    let m: RegExpExecArray | null;
    try {
      m = awkRegex(src).exec(s);
    } catch (err) {
      throw regexError(err, src);
    }
    const start = m ? m.index + 1 : 0;
    this.globals[RSTART] = start;
    this.globals[RLENGTH] = m ? m[0].length : -1;
    return start;
  }

  protected *getline(e: Expr & { k: 'getline' }): Gen<Val> {
    let rec: string | null;
    if (e.src === 'plain') {
      rec = yield* this.mainRecord();
      if (rec === null) return 0;
      this.globals[NR] = toNum(this.globals[NR] as Val) + 1;
      this.globals[FNR] = toNum(this.globals[FNR] as Val) + 1;
    } else {
      const name = this.str(yield* this.eval(e.from!));
      const stream = yield* this.streams.input(name, e.src === 'cmd');
      if (!stream) return -1;
      rec = yield* this.readRecord(stream.reader);
      if (rec === null) return 0;
    }
    if (e.target) this.setPlace(yield* this.place(e.target), inputVal(rec));
    else this.setRecord(rec);
    return 1;
  }
}
