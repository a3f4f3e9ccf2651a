// uniq(1): report or omit repeated adjacent lines: -c counts, -d only repeated, -u only unique,
// -i ignores case, -f N skips fields, -s N skips chars, -w N compares N chars; optional OUTPUT.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { O_CREAT, O_TRUNC, O_WRONLY } from '../../kernel/abi/fcntl';
import { has, last } from '../libc/getopt';
import { coreutilsVersion, parseArgs, progName, usageError } from '../libc/cmd';
import { Output, STDOUT, warn } from '../libc/io';
import { closeInput, fdLines, openInput } from '../libc/input';

const HELP = `Usage: uniq [OPTION]... [INPUT [OUTPUT]]
Filter adjacent matching lines from INPUT (or standard input),
writing to OUTPUT (or standard output).

With no options, matching lines are merged to the first occurrence.

Mandatory arguments to long options are mandatory for short options too.
  -c, --count           prefix lines by the number of occurrences
  -d, --repeated        only print duplicate lines, one for each group
  -D                    print all duplicate lines
  -f, --skip-fields=N   avoid comparing the first N fields
  -i, --ignore-case     ignore differences in case when comparing
  -s, --skip-chars=N    avoid comparing the first N characters
  -u, --unique          only print unique lines
  -z, --zero-terminated     line delimiter is NUL, not newline
  -w, --check-chars=N   compare no more than N characters in lines
      --help        display this help and exit
      --version     output version information and exit
`;

const TOOL = {
  name: 'uniq',
  help: HELP,
  version: coreutilsVersion('uniq', 'Richard M. Stallman and David MacKenzie'),
};
const SPECS = [
  { key: 'c', short: 'c', long: 'count' },
  { key: 'd', short: 'd', long: 'repeated' },
  { key: 'D', short: 'D', long: 'all-repeated', arg: 'optional' as const },
  { key: 'f', short: 'f', long: 'skip-fields', arg: true },
  { key: 'i', short: 'i', long: 'ignore-case' },
  { key: 's', short: 's', long: 'skip-chars', arg: true },
  { key: 'u', short: 'u', long: 'unique' },
  { key: 'z', short: 'z', long: 'zero-terminated' },
  { key: 'w', short: 'w', long: 'check-chars', arg: true },
];

export interface UniqOpts {
  skipFields: number;
  skipChars: number;
  checkChars: number;
  icase: boolean;
}

/** The part of a line uniq compares. */
export function uniqKey(line: string, o: UniqOpts): string {
  let i = 0;
  for (let f = 0; f < o.skipFields; f++) {
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
    while (i < line.length && line[i] !== ' ' && line[i] !== '\t') i++;
  }
  let k = line.slice(i + o.skipChars, i + o.skipChars + o.checkChars);
  if (o.icase) k = k.toLowerCase();
  return k;
}

function* numberOpt(sys: Sys, prog: string, v: string | undefined, what: string): Gen<number | null> {
  if (v === undefined) return 0;
  if (!/^\d+$/.test(v)) {
    yield* warn(sys, `${prog}: ${v}: invalid number of ${what}`);
    return null;
  }
  return Number(v);
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const prog = progName(argv, 'uniq');
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  const o = args.options;
  const skipFields = yield* numberOpt(sys, prog, last(o, 'f'), 'fields to skip');
  const skipChars = yield* numberOpt(sys, prog, last(o, 's'), 'bytes to skip');
  const w = yield* numberOpt(sys, prog, last(o, 'w'), 'bytes to compare');
  if (skipFields === null || skipChars === null || w === null) return 1;
  if (args.operands.length > 2)
    return yield* usageError(sys, TOOL, `${prog}: extra operand ‘${args.operands[2]}’`, prog);
  const opts: UniqOpts = {
    skipFields,
    skipChars,
    checkChars: last(o, 'w') === undefined ? Infinity : w,
    icase: has(o, 'i'),
  };
  const input = args.operands[0] ?? '-';
  const fd = yield* openInput(sys, input);
  if (fd < 0) {
    yield* warn(sys, `${prog}: ${input}: ${strerror(fd)}`);
    return 1;
  }
  let outFd = STDOUT;
  const outName = args.operands[1];
  if (outName !== undefined && outName !== '-') {
    outFd = yield* sys.open(outName, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
    if (outFd < 0) {
      yield* warn(sys, `${prog}: ${outName}: ${strerror(outFd)}`);
      return 1;
    }
  }
  const delim = has(o, 'z') ? '\0' : '\n';
  const out = new Output(sys, outFd);
  const count = has(o, 'c');
  const onlyDup = has(o, 'd') || has(o, 'D');
  const allDup = has(o, 'D');
  const onlyUniq = has(o, 'u');
  const src = fdLines(sys, fd, delim);
  let group: string[] = [];
  let groupKey = '';
  const emit = (): void => {
    if (group.length === 0) return;
    const dup = group.length > 1;
    if ((onlyDup && !dup) || (onlyUniq && dup)) return;
    if (allDup) for (const l of group) out.print(l + delim);
    else out.print((count ? `${String(group.length).padStart(7)} ` : '') + group[0] + delim);
  };
  for (;;) {
    const raw = yield* src.next();
    if (typeof raw === 'number') {
      yield* warn(sys, `${prog}: ${input}: ${strerror(raw)}`);
      return 1;
    }
    if (raw === null) break;
    const line = raw.endsWith(delim) ? raw.slice(0, -1) : raw;
    const key = uniqKey(line, opts);
    if (group.length > 0 && key === groupKey) group.push(line);
    else {
      emit();
      group = [line];
      groupKey = key;
      if ((yield* out.flush()) < 0) return 1;
    }
  }
  emit();
  yield* closeInput(sys, fd);
  return (yield* out.flush()) < 0 ? 1 : 0;
}

export const uniq: Command = {
  summary: 'uniq - report or omit repeated lines',
  synopsis: 'uniq [OPTION]... [INPUT [OUTPUT]]',
  description: HELP,
  main,
};
