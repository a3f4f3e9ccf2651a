// The python3 interpreter object: module registry, builtins, frame stack, CPU accounting, file
// bookkeeping, and running a module's code.

import type { Gen, Sys } from '../../sys';
import type { Stmt } from './ast';
import { makeBuiltins } from './builtins';
import { callValue } from './call';
import { execBlock } from './eval-stmt';
import { evalExpr } from './eval-expr';
import { pyErr } from './exceptions';
import { reachable } from './gc';
import { loadModule } from './modules';
import type { Frame, Interp, Kwargs, PyInstance, PyValue, PyObject } from './objects';
import { PyModule, recordTb } from './objects';
import { asPyExc } from './try';
import { PyFile, closeFile, flushFile } from './pyio';
import { Scope } from './scope';

const TICKS = 256;
const NS_PER_TICK = 60;

export class Interpreter implements Interp {
  readonly modules = new Map<string, PyModule>();
  readonly builtins: Map<string, PyValue>;
  readonly frames: Frame[] = [];
  readonly handling: PyInstance[] = [];
  private ticks = 0;
  private readonly files: PyFile[] = [];
  private fresh: PyFile[] = [];
  private main: Scope | null = null;
  /** Per-process facts the modules need (argv, environment, fork hook). */
  constructor(
    readonly sys: Sys,
    readonly argv: readonly string[],
    readonly envp: readonly string[],
    readonly forkHook: () => Gen<number>,
    /** -u or PYTHONUNBUFFERED: stdout is not block buffered. */
    readonly unbuffered = false,
  ) {
    this.builtins = makeBuiltins();
  }

  call(f: PyValue, args: PyValue[], kw: Kwargs | null = null): Gen<PyValue> {
    return callValue(this, f, args, kw);
  }

  *tick(): Gen<void> {
    if (++this.ticks < TICKS) return;
    this.ticks = 0;
    yield* this.sys.compute(TICKS * NS_PER_TICK);
  }

  *importModule(name: string): Gen<PyModule> {
    const have = this.modules.get(name);
    if (have !== undefined) return have;
    const m = yield* loadModule(this, name);
    if (m === null) {
      const e = pyErr('ModuleNotFoundError', `No module named '${name}'`);
      e.value.dict.set('name', name);
      throw e;
    }
    this.modules.set(name, m);
    return m;
  }

  fork(): Gen<number> {
    return this.forkHook();
  }

  openedFile(f: PyObject): void {
    if (!(f instanceof PyFile)) return;
    this.files.push(f);
    this.fresh.push(f);
  }

  /** Files opened since `mark` that nothing refers to any more are closed (see gc.ts). */
  *releaseFiles(mark: number, keep: PyValue = null): Gen<void> {
    if (this.fresh.length <= mark) return;
    const files = this.fresh.splice(mark);
    const live = reachable(this.frames, this.modules.values(), [keep, ...this.handling]);
    for (const f of files) if (live !== null && !live.has(f.id) && !f.closed) yield* closeFile(this, f);
  }

  get freshCount(): number {
    return this.fresh.length;
  }

  *flushAll(): Gen<void> {
    const sysm = this.modules.get('sys');
    for (const name of ['stdout', 'stderr']) {
      const f = sysm?.dict.get(name);
      if (f instanceof PyFile && !f.closed) yield* flushFile(this, f);
    }
    for (const f of this.files) {
      if (!f.closed) {
        try {
          yield* flushFile(this, f);
        } catch {
          // errors flushing at exit are ignored, as CPython's finalizers do
        }
      }
    }
  }

  /** The __main__ module's scope (created on first use). */
  mainScope(file: string): Scope {
    if (this.main !== null) return this.main;
    const globals = new Map<string, PyValue>([
      ['__name__', '__main__'],
      ['__doc__', null],
      ['__builtins__', new PyModule('builtins', this.builtins)],
    ]);
    if (!file.startsWith('<')) globals.set('__file__', file);
    this.modules.set('__main__', new PyModule('__main__', globals));
    this.main = new Scope('module', null, globals, this.builtins, null);
    return this.main;
  }

  /**
   * Run parsed code in __main__. In interactive mode a lone expression statement's value is
   * returned (for the REPL to echo); otherwise undefined.
   */
  *runMain(body: readonly Stmt[], file: string, interactive = false): Gen<PyValue | undefined> {
    const scope = this.mainScope(file);
    const frame: Frame = { scope, file, name: '<module>', line: 1, ret: null, fn: null, self: null };
    this.frames.push(frame);
    try {
      const only = body.length === 1 ? body[0]! : null;
      if (interactive && only !== null && only.k === 'Expr') {
        return yield* evalExpr({ ip: this, scope, frame }, only.value);
      }
      yield* execBlock({ ip: this, scope, frame }, body);
      return undefined;
    } catch (e) {
      const err = asPyExc(e);
      recordTb(frame, err.value);
      throw err;
    } finally {
      this.frames.pop();
    }
  }
}
