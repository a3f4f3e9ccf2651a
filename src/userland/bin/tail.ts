// tail(1): the last lines (-n N) or bytes (-c N) of each file, or from line/byte N on (-n +N);
// -f keeps following regular files by polling (nanosleep, -s seconds) until killed, noticing
// truncation like GNU. Headers `==> f <==` with several files.
// Simplification: -F is -f (no reopening by name); following ignores pipes and stdin.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { SEEK_CUR, SEEK_SET } from '../../kernel/abi/fcntl';
import { isReg } from '../../kernel/abi/stat';
import { has, last } from '../libc/getopt';
import { coreutilsVersion, parseArgs, progName } from '../libc/cmd';
import { STDOUT, readAll, warn, writeAll } from '../libc/io';
import { closeInput, openInput } from '../libc/input';
import { obsoleteCount, parseCount } from '../libc/count';
import type { Count } from '../libc/count';
import { quoteaf } from '../libc/quote';

const HELP = `Usage: tail [OPTION]... [FILE]...
Print the last 10 lines of each FILE to standard output.
With more than one FILE, precede each with a header giving the file name.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -c, --bytes=[+]NUM       output the last NUM bytes; or use -c +NUM to
                             output starting with byte NUM of each file
  -f, --follow[={name|descriptor}]
                           output appended data as the file grows;
  -F                       same as --follow=name --retry
  -n, --lines=[+]NUM       output the last NUM lines, instead of the last 10;
                             or use -n +NUM to skip NUM-1 lines at the start
  -q, --quiet, --silent    never output headers giving file names
  -s, --sleep-interval=N   with -f, sleep for approximately N seconds
                             (default 1.0) between iterations
  -v, --verbose            always output headers giving file names
  -z, --zero-terminated    line delimiter is NUL, not newline
      --help        display this help and exit
      --version     output version information and exit
`;

const TOOL = {
  name: 'tail',
  help: HELP,
  version: coreutilsVersion('tail', 'Paul Rubin, David MacKenzie, Ian Lance Taylor,\nand Jim Meyering'),
};
const SPECS = [
  { key: 'c', short: 'c', long: 'bytes', arg: true },
  { key: 'n', short: 'n', long: 'lines', arg: true },
  { key: 'f', short: 'f', long: 'follow', arg: 'optional' as const },
  { key: 'f', short: 'F' },
  { key: 'q', short: 'q', long: 'quiet' },
  { key: 'q', long: 'silent' },
  { key: 's', short: 's', long: 'sleep-interval', arg: true },
  { key: 'v', short: 'v', long: 'verbose' },
  { key: 'z', short: 'z', long: 'zero-terminated' },
];

function afterNth(data: Uint8Array, delim: number, n: number): number {
  let seen = 0;
  for (let i = 0; i < data.length; i++) if (data[i] === delim && ++seen === n) return i + 1;
  return data.length;
}

/** Where the tail of `data` starts. */
export function tailStart(data: Uint8Array, bytes: boolean, count: Count, delim: number): number {
  if (bytes)
    return count.sign === '+'
      ? Math.min(data.length, Math.max(0, count.value - 1))
      : Math.max(0, data.length - count.value);
  if (count.sign === '+') return count.value <= 1 ? 0 : afterNth(data, delim, count.value - 1);
  let lines = 0;
  for (const b of data) if (b === delim) lines++;
  if (data.length > 0 && data[data.length - 1] !== delim) lines++;
  const skip = lines - count.value;
  return skip <= 0 ? 0 : afterNth(data, delim, skip);
}

interface Followed {
  name: string;
  fd: number;
}

function header(name: string, first: boolean): string {
  return `${first ? '' : '\n'}==> ${name === '-' ? 'standard input' : name} <==\n`;
}

function* follow(
  sys: Sys,
  prog: string,
  files: Followed[],
  sleepNs: number,
  headers: boolean,
  lastShown: string,
): Gen<number> {
  let shown = lastShown;
  for (;;) {
    yield* sys.nanosleep(sleepNs);
    for (const f of files) {
      const st = yield* sys.fstat(f.fd);
      const pos = yield* sys.lseek(f.fd, 0, SEEK_CUR);
      if (typeof st !== 'number' && pos >= 0 && st.size < pos) {
        yield* warn(sys, `${prog}: ${f.name}: file truncated`);
        yield* sys.lseek(f.fd, 0, SEEK_SET);
      }
      const data = yield* readAll(sys, f.fd);
      if (typeof data === 'number' || data.length === 0) continue;
      if (headers && shown !== f.name) yield* writeAll(sys, STDOUT, header(f.name, false));
      shown = f.name;
      if ((yield* writeAll(sys, STDOUT, data)) < 0) return 1;
    }
  }
}

function* options(
  sys: Sys,
  prog: string,
  opts: Parameters<typeof has>[0],
): Gen<{ bytes: boolean; count: Count } | null> {
  let bytes = false;
  let count: Count = { value: 10, sign: '' };
  for (const o of opts) {
    if (o.key !== 'n' && o.key !== 'c') continue;
    const c = parseCount(o.value ?? '');
    if (!c) {
      yield* warn(sys, `${prog}: invalid number of ${o.key === 'c' ? 'bytes' : 'lines'}: ‘${o.value ?? ''}’`);
      return null;
    }
    bytes = o.key === 'c';
    count = c.sign === '-' ? { value: c.value, sign: '' } : c;
  }
  return { bytes, count };
}

function* main(sys: Sys, argv0: readonly string[]): Gen<number> {
  const argv = obsoleteCount(argv0, true);
  const prog = progName(argv, 'tail');
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  const o = yield* options(sys, prog, args.options);
  if (!o) return 1;
  const files = args.operands.length ? args.operands : ['-'];
  const headers = has(args.options, 'v') || (files.length > 1 && !has(args.options, 'q'));
  const delim = has(args.options, 'z') ? 0 : 10;
  const followMode = has(args.options, 'f');
  const sleepNs = Math.round(Number(last(args.options, 's') ?? '1') * 1e9) || 1e9;
  const followed: Followed[] = [];
  let status = 0;
  let first = true;
  let shown = '';
  for (const name of files) {
    const fd = yield* openInput(sys, name);
    if (fd < 0) {
      yield* warn(sys, `${prog}: cannot open ${quoteaf(name)} for reading: ${strerror(fd)}`);
      status = 1;
      continue;
    }
    if (headers) yield* writeAll(sys, STDOUT, header(name, first));
    first = false;
    shown = name;
    const data = yield* readAll(sys, fd);
    if (typeof data === 'number') {
      yield* warn(sys, `${prog}: error reading ${quoteaf(name)}: ${strerror(data)}`);
      status = 1;
      yield* closeInput(sys, fd);
      continue;
    }
    if ((yield* writeAll(sys, STDOUT, data.subarray(tailStart(data, o.bytes, o.count, delim)))) < 0) return 1;
    const st = yield* sys.fstat(fd);
    if (followMode && name !== '-' && typeof st !== 'number' && isReg(st.mode)) followed.push({ name, fd });
    else yield* closeInput(sys, fd);
  }
  if (followMode && followed.length === 0 && status !== 0) {
    yield* warn(sys, `${prog}: no files remaining`);
    return 1;
  }
  if (followed.length > 0) return yield* follow(sys, prog, followed, sleepNs, headers, shown);
  return status;
}

export const tail: Command = {
  summary: 'tail - output the last part of files',
  synopsis: 'tail [OPTION]... [FILE]...',
  description: HELP,
  main,
};
