// sha256sum(1): print or check SHA-256 checksums (`HASH  FILE`, `-` for stdin, -b marks '*',
// --tag BSD style, -c checks a list with --quiet/--status/--strict/-w). Hashing by @noble/hashes.
// Simplification: file names with backslashes or newlines are not escaped.

import { sha256 } from '@noble/hashes/sha2.js';
import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { has } from '../libc/getopt';
import { coreutilsVersion, parseArgs, progName } from '../libc/cmd';
import { Output, STDOUT, warn } from '../libc/io';
import { readInputBytes, readInputText, splitLines } from '../libc/input';

const HELP = `Usage: sha256sum [OPTION]... [FILE]...
Print or check SHA256 (256-bit) checksums.

With no FILE, or when FILE is -, read standard input.

  -b, --binary         read in binary mode
  -c, --check          read checksums from the FILEs and check them
      --tag            create a BSD-style checksum
  -t, --text           read in text mode (default)
  -z, --zero           end each output line with NUL, not newline,
                       and disable file name escaping

The following five options are useful only when verifying checksums:
      --ignore-missing  don't fail or report status for missing files
      --quiet          don't print OK for each successfully verified file
      --status         don't output anything, status code shows success
      --strict         exit non-zero for improperly formatted checksum lines
  -w, --warn           warn about improperly formatted checksum lines

      --help        display this help and exit
      --version     output version information and exit
`;

const TOOL = {
  name: 'sha256sum',
  help: HELP,
  version: coreutilsVersion('sha256sum', 'Ulrich Drepper, Scott Miller, and David Madore'),
};
const SPECS = [
  { key: 'b', short: 'b', long: 'binary' },
  { key: 'c', short: 'c', long: 'check' },
  { key: 'tag', long: 'tag' },
  { key: 't', short: 't', long: 'text' },
  { key: 'z', short: 'z', long: 'zero' },
  { key: 'ignore-missing', long: 'ignore-missing' },
  { key: 'quiet', long: 'quiet' },
  { key: 'status', long: 'status' },
  { key: 'strict', long: 'strict' },
  { key: 'w', short: 'w', long: 'warn' },
];

export function hex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

function* check(
  sys: Sys,
  prog: string,
  lists: string[],
  o: Parameters<typeof has>[0],
  out: Output,
): Gen<number> {
  let bad = 0;
  let failed = 0;
  let unread = 0;
  let status = 0;
  const quiet = has(o, 'quiet') || has(o, 'status');
  for (const list of lists) {
    const text = yield* readInputText(sys, prog, list);
    if (text === null) {
      status = 1;
      continue;
    }
    for (const line of splitLines(text)) {
      const m =
        /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line) ?? /^SHA256 \((.+)\) = ([0-9a-fA-F]{64})$/.exec(line);
      if (!m) {
        bad++;
        continue;
      }
      const [want, name] = line.startsWith('SHA256 (') ? [m[2]!, m[1]!] : [m[1]!, m[2]!];
      const data = yield* readInputBytes(sys, prog, name);
      if (data === null) {
        if (has(o, 'ignore-missing')) continue;
        unread++;
        if (!has(o, 'status')) out.print(`${name}: FAILED open or read\n`);
        continue;
      }
      const ok = hex(sha256(data)) === want.toLowerCase();
      if (!ok) failed++;
      if (!ok && !has(o, 'status')) out.print(`${name}: FAILED\n`);
      else if (ok && !quiet) out.print(`${name}: OK\n`);
      yield* out.flush();
    }
  }
  yield* out.flush();
  if (!has(o, 'status')) {
    if (bad > 0)
      yield* warn(sys, `${prog}: WARNING: ${plural(bad, 'line is', 'lines are')} improperly formatted`);
    if (unread > 0)
      yield* warn(
        sys,
        `${prog}: WARNING: ${plural(unread, 'listed file', 'listed files')} could not be read`,
      );
    if (failed > 0)
      yield* warn(
        sys,
        `${prog}: WARNING: ${plural(failed, 'computed checksum', 'computed checksums')} did NOT match`,
      );
  }
  return status || failed || unread || (has(o, 'strict') && bad) ? 1 : 0;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const prog = progName(argv, 'sha256sum');
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  const files = args.operands.length ? args.operands : ['-'];
  const out = new Output(sys, STDOUT);
  if (has(args.options, 'c')) return yield* check(sys, prog, files, args.options, out);
  const end = has(args.options, 'z') ? '\0' : '\n';
  const mark = has(args.options, 'b') ? '*' : ' ';
  let status = 0;
  for (const name of files) {
    const data = yield* readInputBytes(sys, prog, name);
    if (data === null) {
      status = 1;
      continue;
    }
    yield* sys.compute(data.length * 5);
    const h = hex(sha256(data));
    out.print(has(args.options, 'tag') ? `SHA256 (${name}) = ${h}${end}` : `${h} ${mark}${name}${end}`);
    if ((yield* out.flush()) < 0) return 1;
  }
  return status;
}

export const sha256sum: Command = {
  summary: 'sha256sum - compute and check SHA256 message digest',
  synopsis: 'sha256sum [OPTION]... [FILE]...',
  description: HELP,
  main,
};
