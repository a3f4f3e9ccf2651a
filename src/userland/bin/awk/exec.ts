// Statements, user function calls, and the main loop: BEGIN, then each record of the files named
// in ARGV (var=value operands are assigned when reached, "-" is standard input) through the
// pattern-action rules, then END. `exit` runs END (an exit inside END stops at once).

import type { Expr, Redirect, Rule, Stmt } from './ast';
import { ARGC, ARGV, FILENAME, FNR, NR, OFS, ORS } from './ast';
import { AwkArray } from './array';
import { BuiltinEvaluator } from './builtins';
import { AwkIOError } from './io';
import type { OutStream } from './io';
import { RecordReader } from './records';
import type { Cell } from './state';
import { AwkRuntimeError, ExitSignal, NextFileSignal, NextSignal } from './state';
import type { Val } from './value';
import { UNINIT, inputVal, toBool, toNum } from './value';
import { unescape } from './lexer';
import { O_RDONLY } from '../../../kernel/abi/fcntl';
import type { Gen } from '../../sys';

const NORMAL = 0;
const BREAK = 1;
const CONTINUE = 2;
const RETURN = 3;

const ASSIGNMENT_RE = /^[A-Za-z_][A-Za-z0-9_]*=/;

export class Machine extends BuiltinEvaluator {
  private retval: Val = UNINIT;
  private input: RecordReader | null = null;
  private argIndex = 1;
  private sawFile = false;
  private inRange: boolean[] = [];

  /** Assign `name=value` as a command-line assignment (value escapes processed, strnum). */
  assignOperand(text: string): void {
    const eq = text.indexOf('=');
    const name = text.slice(0, eq);
    const slot = this.program.globals.indexOf(name);
    if (slot < 0) return;
    const ref = { local: false, slot, name };
    this.setVar(ref, inputVal(unescape(text.slice(eq + 1))));
  }

  protected *mainRecord(): Gen<string | null> {
    for (;;) {
      if (!this.input) {
        const opened = yield* this.nextInput();
        if (!opened) return null;
      }
      const rec = yield* this.readRecord(this.input!);
      if (rec !== null) return rec;
      if (this.input!.fd !== 0) yield* this.sys.close(this.input!.fd);
      this.input = null;
    }
  }

  private argv(i: number): string | null {
    const argv = this.globals[ARGV];
    if (!(argv instanceof AwkArray)) return null;
    const slot = argv.find(i, false, this.numStr);
    return slot ? this.str(slot.cell) : null;
  }

  /** Open the next input file from ARGV; false when there is none left. */
  private *nextInput(): Gen<boolean> {
    while (this.argIndex < toNum(this.scalar(this.globals[ARGC]!))) {
      const arg = this.argv(this.argIndex++);
      if (arg === null || arg === '') continue;
      if (ASSIGNMENT_RE.test(arg)) {
        this.assignOperand(arg);
        continue;
      }
      this.sawFile = true;
      yield* this.openInput(arg);
      return true;
    }
    if (this.sawFile) return false;
    this.sawFile = true;
    yield* this.openInput('-');
    return true;
  }

  private *openInput(name: string): Gen<void> {
    this.globals[FILENAME] = name;
    this.globals[FNR] = 0;
    if (name === '-' || name === '/dev/stdin') {
      this.input = new RecordReader(this.sys, 0);
      return;
    }
    const fd = yield* this.sys.open(name, O_RDONLY);
    if (fd < 0) throw new AwkIOError(`cannot open ${name}`, fd);
    this.input = new RecordReader(this.sys, fd);
  }

  /** Run the whole program; returns the exit status. */
  *run(): Gen<number> {
    let status: number | null = null;
    const p = this.program;
    try {
      yield* this.block(p.begin);
      if (p.rules.length > 0 || p.end.length > 0) yield* this.mainLoop();
    } catch (e) {
      if (!(e instanceof ExitSignal)) throw e;
      status = e.status;
    }
    try {
      yield* this.block(p.end);
    } catch (e) {
      if (!(e instanceof ExitSignal)) throw e;
      if (e.status !== null) status = e.status;
    }
    return status ?? 0;
  }

  private *mainLoop(): Gen<void> {
    for (;;) {
      const rec = yield* this.mainRecord();
      if (rec === null) return;
      this.globals[NR] = toNum(this.scalar(this.globals[NR]!)) + 1;
      this.globals[FNR] = toNum(this.scalar(this.globals[FNR]!)) + 1;
      this.setRecord(rec);
      yield* this.tick();
      try {
        for (const rule of this.program.rules) yield* this.rule(rule);
      } catch (e) {
        if (e instanceof NextSignal) continue;
        if (!(e instanceof NextFileSignal)) throw e;
        if (this.input && this.input.fd !== 0) yield* this.sys.close(this.input.fd);
        this.input = null;
      }
    }
  }

  private *rule(rule: Rule): Gen<void> {
    const pat = rule.pattern;
    if (pat.k === 'expr') {
      if (!toBool(yield* this.eval(pat.e))) return;
    } else if (pat.k === 'range') {
      if (!this.inRange[pat.id]) {
        if (!toBool(yield* this.eval(pat.from))) return;
        this.inRange[pat.id] = true;
      }
      if (toBool(yield* this.eval(pat.to))) this.inRange[pat.id] = false;
    }
    if (rule.action === null) yield* this.print([], null);
    else yield* this.block(rule.action);
  }

  private *block(body: readonly Stmt[]): Gen<number> {
    for (const s of body) {
      const c = yield* this.exec(s);
      if (c !== NORMAL) return c;
    }
    return NORMAL;
  }

  private *loop(body: Stmt): Gen<number> {
    yield* this.tick();
    const c = yield* this.exec(body);
    return c === CONTINUE ? NORMAL : c;
  }

  private *exec(s: Stmt): Gen<number> {
    switch (s.k) {
      case 'expr':
        yield* this.eval(s.e);
        return NORMAL;
      case 'print':
      case 'printf':
        yield* this.print(s.args, s.redir, s.k === 'printf');
        return NORMAL;
      case 'block':
        return yield* this.block(s.body);
      case 'if':
        if (toBool(yield* this.eval(s.c))) return yield* this.exec(s.t);
        return s.f ? yield* this.exec(s.f) : NORMAL;
      case 'while':
        while (toBool(yield* this.eval(s.c))) {
          const c = yield* this.loop(s.body);
          if (c === BREAK) break;
          if (c === RETURN) return c;
        }
        return NORMAL;
      case 'do':
        do {
          const c = yield* this.loop(s.body);
          if (c === BREAK) break;
          if (c === RETURN) return c;
        } while (toBool(yield* this.eval(s.c)));
        return NORMAL;
      case 'for':
        return yield* this.forLoop(s);
      case 'forin':
        return yield* this.forIn(s);
      case 'break':
        return BREAK;
      case 'continue':
        return CONTINUE;
      case 'next':
        throw new NextSignal();
      case 'nextfile':
        throw new NextFileSignal();
      case 'exit':
        throw new ExitSignal(s.e ? toInt(yield* this.eval(s.e)) : null);
      case 'return':
        this.retval = s.e ? yield* this.eval(s.e) : UNINIT;
        return RETURN;
      case 'delete': {
        const a = this.array(s.ref);
        if (s.subs === null) a.clear();
        else a.delete(yield* this.subscriptOf(s.subs), this.numStr);
        return NORMAL;
      }
    }
  }

  private *forLoop(s: Stmt & { k: 'for' }): Gen<number> {
    if (s.init) yield* this.eval(s.init);
    while (!s.c || toBool(yield* this.eval(s.c))) {
      const c = yield* this.loop(s.body);
      if (c === BREAK) break;
      if (c === RETURN) return c;
      if (s.step) yield* this.eval(s.step);
    }
    return NORMAL;
  }

  private *forIn(s: Stmt & { k: 'forin' }): Gen<number> {
    const keys = this.array(s.ref).keys();
    for (const k of keys) {
      this.setPlace(yield* this.place(s.v), k);
      const c = yield* this.loop(s.body);
      if (c === BREAK) break;
      if (c === RETURN) return c;
    }
    return NORMAL;
  }

  private *print(args: readonly Expr[], redir: Redirect | null, printf = false): Gen<void> {
    const vals: Val[] = [];
    for (const a of args) vals.push(yield* this.eval(a));
    let text: string;
    let error: string | undefined;
    if (printf) ({ out: text, error } = this.format(vals, 'printf'));
    else if (vals.length === 0) text = this.recordText + this.special(ORS);
    else text = vals.map((v) => this.outStr(v)).join(this.special(OFS)) + this.special(ORS);
    let stream: OutStream = this.streams.stdout;
    if (redir) stream = yield* this.streams.output(this.str(yield* this.eval(redir.target)), redir.mode);
    yield* this.streams.write(stream, text);
    if (error !== undefined) throw new AwkRuntimeError(error);
  }

  protected *callUser(e: Expr & { k: 'call' }): Gen<Val> {
    const def = this.program.funcs.get(e.name);
    if (!def) throw new AwkRuntimeError(`function ${e.name} never defined`);
    const frame: Cell[] = [];
    for (let i = 0; i < def.params.length; i++) {
      const arg = e.args[i];
      if (arg === undefined) frame.push(UNINIT);
      else if (arg.k === 'var' && (def.arrays[i] || this.cellOf(arg.ref) instanceof AwkArray))
        frame.push(this.array(arg.ref));
      else if (def.arrays[i]) throw new AwkRuntimeError(`type error in arg(${i + 1}) in call to ${e.name}`);
      else frame.push(yield* this.eval(arg));
      this.push(1);
    }
    if (def.params.length === 0) this.push(1);
    const saved = this.frame;
    this.frame = frame;
    this.retval = UNINIT;
    yield* this.tick();
    try {
      yield* this.block(def.body);
    } finally {
      this.frame = saved;
      this.sp -= Math.max(1, def.params.length);
    }
    const r = this.retval;
    this.retval = UNINIT;
    return r;
  }

  private cellOf(ref: { local: boolean; slot: number }): Cell | undefined {
    return ref.local ? this.frame[ref.slot] : this.globals[ref.slot];
  }
}

function toInt(v: Val): number {
  return Math.trunc(toNum(v)) & 0xff;
}
