// awk(1) as Debian 12's default awk, mawk 1.3.4: pattern scanning and text processing. The engine
// lives in ./awk/ (lexer, parser, interpreter); this file handles the command line, sets up the
// builtin variables, and reports errors with mawk's wording (exit status 2).

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { EISDIR, strerror } from '../../kernel/abi/errno';
import { TCGETS } from '../../kernel/abi/termios';
import { STDERR, STDOUT, readFile, warn, writeAll } from '../libc/io';
import { bytesToLatin1, latin1ToUtf8, utf8ToLatin1 } from '../libc/bytes';
import {
  ARGC,
  ARGV,
  CONVFMT,
  ENVIRON,
  FILENAME,
  FNR,
  FS,
  NF,
  NR,
  OFMT,
  OFS,
  ORS,
  RS,
  SUBSEP,
} from './awk/ast';
import { AwkArray } from './awk/array';
import { Machine } from './awk/exec';
import { AwkIOError } from './awk/io';
import { unescape } from './awk/lexer';
import { USAGE, VERSION, VERSION_LIMITS, fsOption, parseOptions } from './awk/options';
import type { AwkOptions } from './awk/options';
import { parseProgram } from './awk/parser';
import { AwkFatalError, AwkRuntimeError, ExitSignal } from './awk/state';
import { inputVal } from './awk/value';

/** Program text from -f files (or the command line), with a map back to file and line. */
function* programText(
  sys: Sys,
  o: AwkOptions,
  prog: string,
): Gen<{ text: string; files: [string, number][] } | number> {
  if (o.program !== null) return { text: utf8ToLatin1(o.program), files: [] };
  let text = '';
  const files: [string, number][] = [];
  for (const f of o.progFiles) {
    const data = yield* readFile(sys, f === '-' ? '/dev/stdin' : f);
    if (typeof data === 'number') {
      const what = data === -EISDIR ? 'read error' : `cannot open ${f}`;
      yield* warn(sys, `${prog}: ${what} (${strerror(data)})`);
      return 2;
    }
    let part = bytesToLatin1(data);
    if (part !== '' && !part.endsWith('\n')) part += '\n';
    files.push([f, text.split('\n').length]);
    text += part;
  }
  return { text, files };
}

/** "line N: msg" → "FILE: line M: msg" for programs read with -f. */
function locate(msg: string, files: [string, number][]): string {
  const m = /^line (\d+): /.exec(msg);
  if (!m || files.length === 0) return msg;
  const line = Number(m[1]);
  let best = files[0]!;
  for (const f of files) if (f[1] <= line) best = f;
  return `${best[0]}: line ${line - best[1] + 1}: ${msg.slice(m[0].length)}`;
}

function setup(m: Machine, o: AwkOptions, prog: string, envp: readonly string[]): void {
  const g = m.globals;
  Object.assign(g, { [NF]: 0, [NR]: 0, [FNR]: 0, [FILENAME]: '' });
  Object.assign(g, { [FS]: ' ', [OFS]: ' ', [ORS]: '\n', [RS]: '\n', [SUBSEP]: '\x1c' });
  Object.assign(g, { [CONVFMT]: '%.6g', [OFMT]: '%.6g' });
  if (o.fs !== null) g[FS] = fsOption(utf8ToLatin1(o.fs), unescape);
  const env = new AwkArray();
  for (const e of envp) {
    const eq = e.indexOf('=');
    if (eq > 0)
      env.find(utf8ToLatin1(e.slice(0, eq)), true, String)!.cell = inputVal(utf8ToLatin1(e.slice(eq + 1)));
  }
  g[ENVIRON] = env;
  const argv = new AwkArray();
  argv.find(0, true, String)!.cell = prog;
  o.operands.forEach((a, i) => (argv.find(i + 1, true, String)!.cell = inputVal(utf8ToLatin1(a))));
  g[ARGV] = argv;
  g[ARGC] = o.operands.length + 1;
  for (const a of o.assigns) m.assignOperand(utf8ToLatin1(a));
  if (o.seed !== null) m.random.seed(o.seed);
}

function* report(sys: Sys, m: Machine, prog: string, e: unknown): Gen<number> {
  let msg: string;
  if (e instanceof AwkRuntimeError) {
    const g = m.globals;
    const where = `\tFILENAME="${m.str(m.scalar(g[FILENAME]!))}" FNR=${m.str(m.scalar(g[FNR]!))} NR=${m.str(m.scalar(g[NR]!))}`;
    msg = `${prog}: run time error: ${e.message}\n${where}`;
  } else if (e instanceof AwkIOError)
    msg = `${prog}: ${e.message}${e.errno ? ` (${strerror(e.errno)})` : ''}`;
  else if (e instanceof AwkFatalError) msg = `${prog}: ${e.message}`;
  else if (e instanceof RangeError) msg = `${prog}: program limit exceeded: eval stack size=1024`;
  else msg = `${prog}: internal error: ${e instanceof Error ? e.message : String(e)}`;
  yield* warn(sys, latin1ToUtf8(msg));
  return 2;
}

function* main(sys: Sys, argv: readonly string[], envp: readonly string[]): Gen<number> {
  const prog = (argv[0] ?? 'awk').replace(/^.*\//, '') || 'awk';
  const o = parseOptions(argv);
  if (typeof o === 'string') {
    yield* warn(sys, `${prog}: ${o}`);
    return 2;
  }
  for (const w of o.warnings) yield* warn(sys, `${prog}: ${w}`);
  if (o.show === 'version') {
    yield* writeAll(sys, STDOUT, VERSION);
    yield* writeAll(sys, STDERR, VERSION_LIMITS);
    return 0;
  }
  if (o.show) {
    yield* writeAll(sys, STDERR, USAGE);
    return 0;
  }
  const src = yield* programText(sys, o, prog);
  if (typeof src === 'number') return src;
  const parsed = parseProgram(src.text);
  if ('errors' in parsed) {
    for (const err of parsed.errors) {
      const shown = /^\d+: unexpected/.test(err) ? err : locate(err, src.files);
      yield* warn(sys, latin1ToUtf8(`${prog}: ${shown}`));
    }
    return 2;
  }
  const m = new Machine(sys, parsed.program, envp);
  setup(m, o, prog, envp);
  const tty = yield* sys.ioctl(STDOUT, TCGETS);
  m.streams.lineBuffered = o.interactive || typeof tty !== 'number';
  let status: number;
  try {
    status = yield* m.run();
  } catch (e) {
    status = e instanceof ExitSignal ? (e.status ?? 0) : yield* report(sys, m, prog, e);
  }
  try {
    yield* m.streams.closeAll();
  } catch (e) {
    return yield* report(sys, m, prog, e);
  }
  return status;
}

export const awk: Command = {
  summary: 'awk - pattern scanning and text processing language (mawk)',
  synopsis:
    "awk [-F value] [-v var=value] [--] 'program text' [file ...]\nawk [-F value] [-v var=value] [-f program-file] [--] [file ...]",
  description:
    'Runs an AWK program on each line (record) of the files, or of standard input. Records are split\n' +
    'into fields $1...$NF by FS; each pattern { action } rule runs for the records its pattern matches,\n' +
    'BEGIN rules before the input and END rules after it.\n\n' +
    '-F value   set the field separator FS\n' +
    '-v var=value   assign a variable before the program starts\n' +
    '-f file   read the program from a file (repeatable)\n' +
    '-W version, -W usage   print version or usage information',
  main,
};
