// wc(1): newline, word, character, byte and longest-line counts (-l -w -m -c -L), columns aligned
// exactly as GNU aligns them (see wcWidth), a total line with several files.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { isReg } from '../../kernel/abi/stat';
import { has } from '../libc/getopt';
import { coreutilsVersion, parseArgs, progName } from '../libc/cmd';
import { Output, STDIN, STDOUT, warn } from '../libc/io';
import { closeInput } from '../libc/input';
import { O_RDONLY } from '../../kernel/abi/fcntl';
import { wcEnd, wcFeed, wcRow, wcState, wcWidth } from '../libc/wccount';
import type { WcCounts, WcField } from '../libc/wccount';

const HELP = `Usage: wc [OPTION]... [FILE]...
  or:  wc [OPTION]... --files0-from=F
Print newline, word, and byte counts for each FILE, and a total line if
more than one FILE is specified.  A word is a non-zero-length sequence of
printable characters delimited by white space.

With no FILE, or when FILE is -, read standard input.

The options below may be used to select which counts are printed, always in
the following order: newline, word, character, byte, maximum line length.
  -c, --bytes            print the byte counts
  -m, --chars            print the character counts
  -l, --lines            print the newline counts
  -L, --max-line-length  print the maximum display width
  -w, --words            print the word counts
      --help        display this help and exit
      --version     output version information and exit
`;

const TOOL = { name: 'wc', help: HELP, version: coreutilsVersion('wc', 'Paul Rubin and David MacKenzie') };
const SPECS = [
  { key: 'c', short: 'c', long: 'bytes' },
  { key: 'm', short: 'm', long: 'chars' },
  { key: 'l', short: 'l', long: 'lines' },
  { key: 'L', short: 'L', long: 'max-line-length' },
  { key: 'w', short: 'w', long: 'words' },
];

function fieldsOf(o: Parameters<typeof has>[0]): WcField[] {
  const f: WcField[] = [];
  if (has(o, 'l')) f.push('lines');
  if (has(o, 'w')) f.push('words');
  if (has(o, 'm')) f.push('chars');
  if (has(o, 'c')) f.push('bytes');
  if (has(o, 'L')) f.push('maxLine');
  return f.length ? f : ['lines', 'words', 'bytes'];
}

function* countFd(sys: Sys, fd: number): Gen<WcCounts | number> {
  const st = wcState();
  for (;;) {
    const chunk = yield* sys.read(fd, 65536);
    if (typeof chunk === 'number') return chunk;
    if (chunk.length === 0) return wcEnd(st);
    wcFeed(st, chunk);
    yield* sys.compute(chunk.length);
  }
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const prog = progName(argv, 'wc');
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  const fields = fieldsOf(args.options);
  const names = args.operands.length ? args.operands : [null];
  const fds: number[] = [];
  const infos: ({ regular: boolean; size: number } | null)[] = [];
  for (const n of names) {
    const fd = n === null || n === '-' ? STDIN : yield* sys.open(n, O_RDONLY);
    fds.push(fd);
    const st = fd < 0 ? fd : yield* sys.fstat(fd);
    infos.push(typeof st === 'number' ? null : { regular: isReg(st.mode), size: st.size });
  }
  const width = wcWidth(infos, fields.length);
  const out = new Output(sys, STDOUT);
  const total: WcCounts = { lines: 0, words: 0, chars: 0, bytes: 0, maxLine: 0 };
  let status = 0;
  for (let i = 0; i < names.length; i++) {
    const name = names[i] ?? null;
    const fd = fds[i]!;
    const c = fd < 0 ? fd : yield* countFd(sys, fd);
    if (fd >= 0) yield* closeInput(sys, fd);
    if (typeof c === 'number') {
      yield* out.flush();
      yield* warn(sys, `${prog}: ${name ?? '-'}: ${strerror(c)}`);
      status = 1;
      if (fd < 0) continue;
    }
    const counts = typeof c === 'number' ? { lines: 0, words: 0, chars: 0, bytes: 0, maxLine: 0 } : c;
    for (const k of ['lines', 'words', 'chars', 'bytes'] as const) total[k] += counts[k];
    total.maxLine = Math.max(total.maxLine, counts.maxLine);
    if ((yield* out.write(wcRow(counts, fields, width, name))) < 0) return 1;
  }
  if (names.length > 1) out.print(wcRow(total, fields, width, 'total'));
  if ((yield* out.flush()) < 0) return 1;
  return status;
}

export const wc: Command = {
  summary: 'wc - print newline, word, and byte counts for each file',
  synopsis: 'wc [OPTION]... [FILE]...',
  description: HELP,
  main,
};
