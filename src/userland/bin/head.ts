// head(1): the first lines (-n N) or bytes (-c N) of each file, or all but the last (-n -N);
// headers `==> f <==` with several files (-q, -v), the obsolete `head -5` form. Works on bytes
// and stops reading once it has enough, so `yes | head` ends.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { has } from '../libc/getopt';
import { coreutilsVersion, parseArgs, progName } from '../libc/cmd';
import { STDOUT, readAll, warn, writeAll } from '../libc/io';
import { closeInput, openInput } from '../libc/input';
import { obsoleteCount, parseCount } from '../libc/count';
import type { Count } from '../libc/count';
import { quoteaf } from '../libc/quote';

const HELP = `Usage: head [OPTION]... [FILE]...
Print the first 10 lines of each FILE to standard output.
With more than one FILE, precede each with a header giving the file name.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -c, --bytes=[-]NUM       print the first NUM bytes of each file;
                             with the leading '-', print all but the last
                             NUM bytes of each file
  -n, --lines=[-]NUM       print the first NUM lines instead of the first 10;
                             with the leading '-', print all but the last
                             NUM lines of each file
  -q, --quiet, --silent    never print headers giving file names
  -v, --verbose            always print headers giving file names
  -z, --zero-terminated    line delimiter is NUL, not newline
      --help        display this help and exit
      --version     output version information and exit
`;

const TOOL = {
  name: 'head',
  help: HELP,
  version: coreutilsVersion('head', 'David MacKenzie and Jim Meyering'),
};
const SPECS = [
  { key: 'c', short: 'c', long: 'bytes', arg: true },
  { key: 'n', short: 'n', long: 'lines', arg: true },
  { key: 'q', short: 'q', long: 'quiet' },
  { key: 'q', long: 'silent' },
  { key: 'v', short: 'v', long: 'verbose' },
  { key: 'z', short: 'z', long: 'zero-terminated' },
];

/** Index just past the n-th delimiter in data, or -1 if there are fewer. */
function afterNth(data: Uint8Array, delim: number, n: number): number {
  let seen = 0;
  for (let i = 0; i < data.length; i++) if (data[i] === delim && ++seen === n) return i + 1;
  return -1;
}

/** Copy the head of fd to stdout; reports a read or write error (-errno). */
function* headFd(
  sys: Sys,
  fd: number,
  bytes: boolean,
  count: Count,
  delim: number,
): Gen<{ read?: number; write?: number }> {
  if (count.sign === '-') {
    const all = yield* readAll(sys, fd);
    if (typeof all === 'number') return { read: all };
    let end = Math.max(0, all.length - count.value);
    if (!bytes) {
      const partial = all.length > 0 && all[all.length - 1] !== delim ? 1 : 0;
      const keep = countDelims(all, delim) + partial - count.value;
      const e = keep > 0 ? afterNth(all, delim, keep) : 0;
      end = e < 0 ? all.length : e;
    }
    const w = yield* writeAll(sys, STDOUT, all.subarray(0, end));
    return w < 0 ? { write: w } : {};
  }
  let left = count.value;
  while (left > 0) {
    const chunk = yield* sys.read(fd, 65536);
    if (typeof chunk === 'number') return { read: chunk };
    if (chunk.length === 0) break;
    let end = chunk.length;
    if (bytes) end = Math.min(left, chunk.length);
    else {
      const e = afterNth(chunk, delim, left);
      if (e >= 0) end = e;
    }
    left -= bytes ? end : countDelims(chunk.subarray(0, end), delim);
    const w = yield* writeAll(sys, STDOUT, chunk.subarray(0, end));
    if (w < 0) return { write: w };
    yield* sys.compute(end);
  }
  return {};
}

function countDelims(data: Uint8Array, delim: number): number {
  let n = 0;
  for (const b of data) if (b === delim) n++;
  return n;
}

function* main(sys: Sys, argv0: readonly string[]): Gen<number> {
  const argv = obsoleteCount(argv0, false);
  const prog = progName(argv, 'head');
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  let bytes = false;
  let count: Count = { value: 10, sign: '' };
  for (const o of args.options) {
    if (o.key !== 'n' && o.key !== 'c') continue;
    const c = parseCount(o.value ?? '');
    if (!c) {
      yield* warn(sys, `${prog}: invalid number of ${o.key === 'c' ? 'bytes' : 'lines'}: ‘${o.value ?? ''}’`);
      return 1;
    }
    bytes = o.key === 'c';
    count = c.sign === '+' ? { value: c.value, sign: '' } : c;
  }
  const files = args.operands.length ? args.operands : ['-'];
  const headers = has(args.options, 'v') || (files.length > 1 && !has(args.options, 'q'));
  const delim = has(args.options, 'z') ? 0 : 10;
  let status = 0;
  let first = true;
  for (const name of files) {
    const fd = yield* openInput(sys, name);
    if (fd < 0) {
      yield* warn(sys, `${prog}: cannot open ${quoteaf(name)} for reading: ${strerror(fd)}`);
      status = 1;
      continue;
    }
    if (headers)
      yield* writeAll(sys, STDOUT, `${first ? '' : '\n'}==> ${name === '-' ? 'standard input' : name} <==\n`);
    first = false;
    const r = yield* headFd(sys, fd, bytes, count, delim);
    yield* closeInput(sys, fd);
    if (r.write !== undefined) return 1;
    if (r.read !== undefined) {
      yield* warn(sys, `${prog}: error reading ${quoteaf(name)}: ${strerror(r.read)}`);
      status = 1;
    }
  }
  return status;
}

export const head: Command = {
  summary: 'head - output the first part of files',
  synopsis: 'head [OPTION]... [FILE]...',
  description: HELP,
  main,
};
