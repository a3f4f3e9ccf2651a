// cat(1): concatenate files to standard output, optionally numbering lines and making
// non-printing bytes visible (-v, -A, -E, -T) the way GNU cat does, byte by byte.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { has } from '../libc/getopt';
import { coreutilsVersion, parseArgs } from '../libc/cmd';
import { STDOUT, warn, writeAll } from '../libc/io';
import { closeInput, openInput } from '../libc/input';
import { latin1ToBytes } from '../libc/bytes';

const HELP = `Usage: cat [OPTION]... [FILE]...
Concatenate FILE(s) to standard output.

With no FILE, or when FILE is -, read standard input.

  -A, --show-all           equivalent to -vET
  -b, --number-nonblank    number nonempty output lines, overrides -n
  -e                       equivalent to -vE
  -E, --show-ends          display $ at end of each line
  -n, --number             number all output lines
  -s, --squeeze-blank      suppress repeated empty output lines
  -t                       equivalent to -vT
  -T, --show-tabs          display TAB characters as ^I
  -u                       (ignored)
  -v, --show-nonprinting   use ^ and M- notation, except for LFD and TAB
      --help        display this help and exit
      --version     output version information and exit

Examples:
  cat f - g  Output f's contents, then standard input, then g's contents.
  cat        Copy standard input to standard output.
`;

const TOOL = {
  name: 'cat',
  help: HELP,
  version: coreutilsVersion('cat', 'Torbjorn Granlund and Richard M. Stallman'),
};

const SPECS = [
  { key: 'A', short: 'A', long: 'show-all' },
  { key: 'b', short: 'b', long: 'number-nonblank' },
  { key: 'e', short: 'e' },
  { key: 'E', short: 'E', long: 'show-ends' },
  { key: 'n', short: 'n', long: 'number' },
  { key: 's', short: 's', long: 'squeeze-blank' },
  { key: 't', short: 't' },
  { key: 'T', short: 'T', long: 'show-tabs' },
  { key: 'u', short: 'u' },
  { key: 'v', short: 'v', long: 'show-nonprinting' },
];

export interface CatFlags {
  number: boolean;
  nonblank: boolean;
  squeeze: boolean;
  ends: boolean;
  tabs: boolean;
  nonprinting: boolean;
}

/** State carried across chunks and files: line numbers and blank-line squeezing. */
export interface CatState {
  line: number;
  atLineStart: boolean;
  blankRun: number;
}

/** Render one visible byte the way `cat -v` does. */
function visible(b: number, flags: CatFlags): string {
  if (b === 9) return flags.tabs ? '^I' : '\t';
  if (!flags.nonprinting) return String.fromCharCode(b);
  let prefix = '';
  if (b >= 128) {
    prefix = 'M-';
    b -= 128;
  }
  if (b < 32) return `${prefix}^${String.fromCharCode(b + 64)}`;
  if (b === 127) return `${prefix}^?`;
  return prefix + String.fromCharCode(b);
}

/** Transform a chunk of bytes; returns a latin1 string (one char per output byte). */
export function catChunk(bytes: Uint8Array, flags: CatFlags, st: CatState): string {
  const out: string[] = [];
  for (const b of bytes) {
    if (st.atLineStart) {
      if (b === 10) {
        st.blankRun++;
        if (flags.squeeze && st.blankRun > 1) continue;
      } else st.blankRun = 0;
      if (flags.number && !(flags.nonblank && b === 10)) {
        st.line++;
        out.push(`${String(st.line).padStart(6)}\t`);
      }
      st.atLineStart = false;
    }
    if (b === 10) {
      out.push(flags.ends ? '$\n' : '\n');
      st.atLineStart = true;
    } else out.push(visible(b, flags));
  }
  return out.join('');
}

function* copyFd(sys: Sys, fd: number, flags: CatFlags | null, st: CatState): Gen<number> {
  for (;;) {
    const chunk = yield* sys.read(fd, 65536);
    if (typeof chunk === 'number') return chunk;
    if (chunk.length === 0) return 0;
    const data = flags ? latin1ToBytes(catChunk(chunk, flags, st)) : chunk;
    const w = yield* writeAll(sys, STDOUT, data);
    if (w < 0) return w;
    yield* sys.compute(chunk.length);
  }
}

function flagsOf(o: Parameters<typeof has>[0]): CatFlags | null {
  const v = has(o, 'v') || has(o, 'A') || has(o, 'e') || has(o, 't');
  const f: CatFlags = {
    number: has(o, 'n') || has(o, 'b'),
    nonblank: has(o, 'b'),
    squeeze: has(o, 's'),
    ends: has(o, 'E') || has(o, 'A') || has(o, 'e'),
    tabs: has(o, 'T') || has(o, 'A') || has(o, 't'),
    nonprinting: v,
  };
  return f.number || f.squeeze || f.ends || f.tabs || f.nonprinting ? f : null;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  const flags = flagsOf(args.options);
  const st: CatState = { line: 0, atLineStart: true, blankRun: 0 };
  const files = args.operands.length ? args.operands : ['-'];
  let status = 0;
  for (const name of files) {
    const fd = yield* openInput(sys, name);
    if (fd < 0) {
      yield* warn(sys, `cat: ${name}: ${strerror(fd)}`);
      status = 1;
      continue;
    }
    const r = yield* copyFd(sys, fd, flags, st);
    yield* closeInput(sys, fd);
    if (r < 0) {
      if (r === -32) return 1; // EPIPE: stop quietly
      yield* warn(sys, `cat: ${name}: ${strerror(r)}`);
      status = 1;
    }
  }
  return status;
}

export const cat: Command = {
  summary: 'cat - concatenate files and print on the standard output',
  synopsis: 'cat [OPTION]... [FILE]...',
  description: HELP,
  main,
};
