// Running a program in the python3 engine: compile (SyntaxError report), execute as __main__,
// report uncaught exceptions like CPython (traceback on stderr, exit 1; SystemExit codes).

import type { Gen, Sys } from '../../sys';
import { SIGCHLD } from '../../../kernel/abi/signal';
import { STDERR, writeAll } from '../../libc/io';
import { decode } from '../../../lib/utf8';
import type { Stmt } from './ast';
import { SyntaxErr, formatSyntaxError } from './errors';
import { SystemExit } from './exceptions';
import { Interpreter } from './interp';
import type { PyValue, PyInstance } from './objects';
import { PyExc } from './objects';
import { parse } from './parser';
import { PyFile, flushFile, isatty } from './pyio';
import { repl } from './repl';
import { Recorder } from './replay';
import { toStr } from './str';
import { trampoline } from '../../libc/trampoline';
import type { Sources } from './traceback';
import { formatException } from './traceback';
import { asPyExc } from './try';

export interface Script {
  /** The source text, or null to read it from standard input. */
  readonly code: string | null;
  /** The file name shown in tracebacks: "<string>", "<stdin>" or the path. */
  readonly file: string;
  readonly argv: readonly string[];
  /** -u: unbuffered stdout; -q: no banner at the interactive prompt. */
  readonly unbuffered?: boolean;
  readonly quiet?: boolean;
}

/** Run a script in a recording driver, so os.fork() can re-create this process in a child. */
export function* runScript(
  sys: Sys,
  script: Script,
  envp: readonly string[],
  rec = new Recorder(),
): Gen<number> {
  const forkHook = function* (): Gen<number> {
    const log = rec.childLog();
    return yield* sys.clone(SIGCHLD, () => runScript(sys, script, envp, new Recorder(log, log.length)));
  };
  return yield* rec.drive(trampoline(execute(sys, script, envp, forkHook)));
}

function* readStdin(sys: Sys): Gen<string> {
  const chunks: Uint8Array[] = [];
  for (;;) {
    const c = yield* sys.read(0, 65536);
    if (typeof c === 'number' || c.length === 0) break;
    chunks.push(c);
  }
  let n = 0;
  for (const c of chunks) n += c.length;
  const all = new Uint8Array(n);
  let o = 0;
  for (const c of chunks) {
    all.set(c, o);
    o += c.length;
  }
  return decode(all);
}

function* execute(
  sys: Sys,
  script: Script,
  envp: readonly string[],
  forkHook: () => Gen<number>,
): Gen<number> {
  const ip = new Interpreter(sys, script.argv, envp, forkHook, script.unbuffered === true);
  yield* ip.importModule('sys');
  if (script.code === null && script.argv.length === 1 && script.argv[0] === '' && (yield* isatty(ip, 0))) {
    const status = yield* repl(ip, script.quiet === true);
    yield* ip.flushAll();
    return status;
  }
  const code = script.code ?? (yield* readStdin(sys));
  let body: Stmt[];
  try {
    body = parse(code);
  } catch (e) {
    if (!(e instanceof SyntaxErr)) throw e;
    yield* writeAll(sys, STDERR, formatSyntaxError(e, script.file));
    return 1;
  }
  const sources: Sources = script.file.startsWith('<')
    ? new Map()
    : new Map([[script.file, code.split('\n')]]);
  let status = 0;
  try {
    yield* ip.runMain(body, script.file);
  } catch (e) {
    status = yield* uncaught(ip, asPyExc(e).value, sources, script.file !== '<string>');
  }
  yield* ip.flushAll();
  return status;
}

/**
 * Report an exception that ended the program. For a file or stdin CPython flushes stdout first
 * (PyRun_SimpleFile calls flush_io), for -c it does not, so there the traceback comes first.
 */
function* uncaught(ip: Interpreter, exc: PyInstance, sources: Sources, flushFirst: boolean): Gen<number> {
  const sysm = ip.modules.get('sys');
  const stdout = sysm?.dict.get('stdout');
  if (flushFirst && stdout instanceof PyFile) {
    try {
      yield* flushFile(ip, stdout);
    } catch {
      // a broken stdout does not stop the report
    }
  }
  if (exc.type.isSubclass(SystemExit)) {
    const code: PyValue = exc.dict.get('code') ?? null;
    if (code === null) return 0;
    if (typeof code === 'bigint') return Number(BigInt.asUintN(8, code));
    if (typeof code === 'boolean') return code ? 1 : 0;
    yield* writeErr(ip, (yield* toStr(ip, code)) + '\n');
    return 1;
  }
  let text: string;
  try {
    text = yield* formatException(ip, exc, sources);
  } catch (e) {
    if (!(e instanceof PyExc)) throw e;
    text = `${exc.type.name}\n`;
  }
  yield* writeErr(ip, text);
  return 1;
}

function* writeErr(ip: Interpreter, text: string): Gen<void> {
  const err = ip.modules.get('sys')?.dict.get('stderr');
  if (err instanceof PyFile) yield* flushFile(ip, err);
  yield* writeAll(ip.sys, STDERR, text);
}
