// sed(1), GNU sed 4.9: -n, -e, -f, -E/-r, -i[SUFFIX], -s, -z; the program is parsed by sed/program.ts
// and run by sed/exec.ts. Exit 1 for a bad script, 2 for unreadable input, 4 for I/O panics, or
// the code given to q/Q.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { O_CREAT, O_TRUNC, O_WRONLY } from '../../kernel/abi/fcntl';
import { has, last } from '../libc/getopt';
import { gnuVersion, parseArgs, progName } from '../libc/cmd';
import { Output, STDERR, STDOUT, warn, writeAll } from '../libc/io';
import { readInputText } from '../libc/input';
import { parseScript } from './sed/program';
import type { ScriptPiece } from './sed/program';
import { SedError } from './sed/parse';
import { runSed } from './sed/exec';
import type { SedIO, SedState } from './sed/exec';
import type { SedCommand } from './sed/types';
import { SedInput } from './sed/input';
import { SED_HELP, SED_SPECS } from './sed/options';

const TOOL = {
  name: 'sed',
  help: SED_HELP,
  version: gnuVersion(
    'sed',
    'GNU sed',
    '4.9',
    'Jay Fenlason, Tom Lord, Ken Pizzini,\nPaolo Bonzini, Jim Meyering, and Assaf Gordon',
  ).replace('\nCopyright', '\nPackaged by Debian\nCopyright'),
};

function* scriptPieces(
  sys: Sys,
  prog: string,
  args: { options: { key: string; value: string | undefined }[]; operands: string[] },
): Gen<ScriptPiece[] | number> {
  const pieces: ScriptPiece[] = [];
  let n = 0;
  for (const o of args.options) {
    if (o.key === 'e') pieces.push({ text: o.value ?? '', where: `-e expression #${++n}` });
    else if (o.key === 'f') {
      const t = yield* readInputText(sys, prog, o.value ?? '');
      if (t === null) return 1;
      pieces.push({ text: t.endsWith('\n') ? t.slice(0, -1) : t, where: `file ${o.value} line 1` });
    }
  }
  if (pieces.length === 0) {
    const s = args.operands.shift();
    if (s === undefined) {
      yield* writeAll(sys, STDERR, SED_HELP);
      return 1;
    }
    pieces.push({ text: s, where: '-e expression #1' });
  }
  return pieces;
}

function makeIO(
  sys: Sys,
  input: SedInput,
  out: { write(text: string): Gen<number> },
  wfiles: Map<string, number>,
): SedIO {
  return {
    readLine: () => input.readLine(),
    isLastLine: () => input.isLast(),
    fileName: () => input.current,
    *emit(text) {
      yield* out.write(text);
    },
    *writeFile(name, text) {
      if (name === '/dev/stdout') return void (yield* out.write(text));
      let fd = wfiles.get(name);
      if (fd === undefined) {
        fd = yield* sys.open(name, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
        wfiles.set(name, fd);
      }
      if (fd >= 0) yield* writeAll(sys, fd, text);
    },
    *readFile(name) {
      const fd = yield* sys.open(name, 0);
      if (fd < 0) return null;
      yield* sys.close(fd);
      return yield* readInputText(sys, 'sed', name);
    },
    *compute() {
      yield* sys.compute(1000);
    },
  };
}

function* inPlace(
  sys: Sys,
  prog: string,
  cmds: SedCommand[],
  files: string[],
  st0: () => SedState,
  suffix: string,
  delim: string,
): Gen<number> {
  let status = 0;
  for (const f of files) {
    const input = new SedInput(sys, prog, [f], delim);
    const chunks: string[] = [];
    const sink = {
      *write(t: string): Gen<number> {
        chunks.push(t);
        return 0;
      },
    };
    const st = st0();
    const code = yield* runSed(cmds, st, makeIO(sys, input, sink, new Map()));
    if (input.failed) {
      status = 2;
      continue;
    }
    if (suffix) {
      const bak = suffix.includes('*') ? suffix.replace(/\*/g, f.split('/').pop() ?? f) : f + suffix;
      yield* sys.rename(f, bak);
    }
    const fd = yield* sys.open(f, O_WRONLY | O_CREAT | O_TRUNC, 0o644);
    if (fd < 0) {
      yield* warn(sys, `${prog}: couldn't open file ${f}: ${strerror(fd)}`);
      return 4;
    }
    yield* writeAll(sys, fd, chunks.join(''));
    yield* sys.close(fd);
    if (code !== null) return code;
  }
  return status;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const prog = progName(argv, 'sed');
  const args = yield* parseArgs(sys, TOOL, argv, SED_SPECS);
  if (typeof args === 'number') return args;
  const pieces = yield* scriptPieces(sys, prog, args);
  if (typeof pieces === 'number') return pieces;
  let cmds: SedCommand[];
  try {
    cmds = parseScript(pieces, has(args.options, 'E'));
  } catch (e) {
    if (!(e instanceof SedError)) throw e;
    yield* warn(sys, `${prog}: ${e.message}`);
    return e.message.startsWith("can't find label") ? 4 : 1;
  }
  const quiet = has(args.options, 'n') || pieces[0]!.text.startsWith('#n\n') || pieces[0]!.text === '#n';
  const delim = has(args.options, 'z') ? '\0' : '\n';
  const st0 = (): SedState => ({
    ps: '',
    hs: '',
    line: 0,
    nl: true,
    tflag: false,
    quiet,
    lastRe: null,
    appendQueue: [],
    pendingNl: false,
    exitCode: null,
  });
  const files = args.operands.length ? args.operands : ['-'];
  if (has(args.options, 'i')) {
    if (args.operands.length === 0) {
      yield* warn(sys, `${prog}: no input files`);
      return 1;
    }
    return yield* inPlace(sys, prog, cmds, files, st0, last(args.options, 'i') ?? '', delim);
  }
  const out = new Output(sys, STDOUT);
  const input = new SedInput(sys, prog, files, delim, has(args.options, 's'));
  const wfiles = new Map<string, number>();
  const code = yield* runSed(cmds, st0(), makeIO(sys, input, out, wfiles));
  const w = yield* out.flush();
  for (const fd of wfiles.values()) if (fd >= 0) yield* sys.close(fd);
  if (w < 0) return 4;
  if (code !== null) return code;
  return input.failed ? 2 : 0;
}

export const sed: Command = {
  summary: 'sed - stream editor for filtering and transforming text',
  synopsis: 'sed [OPTION]... {script-only-if-no-other-script} [input-file]...',
  description: SED_HELP,
  main,
};
