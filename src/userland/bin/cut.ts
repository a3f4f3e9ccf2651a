// cut(1): print selected bytes (-b), characters (-c, bytes as in GNU) or fields (-f, with -d and
// -s); --complement, --output-delimiter. Lists like 1,3-5,7- as GNU parses them.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { has, last } from '../libc/getopt';
import { coreutilsVersion, parseArgs, progName, usageError } from '../libc/cmd';
import { Output, STDOUT, warn } from '../libc/io';
import { closeInput, fdLines, openInput } from '../libc/input';
import { latin1ToUtf8, utf8ToLatin1 } from '../libc/bytes';

const HELP = `Usage: cut OPTION... [FILE]...
Print selected parts of lines from each FILE to standard output.

With no FILE, or when FILE is -, read standard input.

Mandatory arguments to long options are mandatory for short options too.
  -b, --bytes=LIST        select only these bytes
  -c, --characters=LIST   select only these characters
  -d, --delimiter=DELIM   use DELIM instead of TAB for field delimiter
  -f, --fields=LIST       select only these fields;  also print any line
                            that contains no delimiter character, unless
                            the -s option is specified
  -n                      (ignored)
      --complement        complement the set of selected bytes, characters
                            or fields
  -s, --only-delimited    do not print lines not containing delimiters
      --output-delimiter=STRING  use STRING as the output delimiter
                            the default is to use the input delimiter
  -z, --zero-terminated   line delimiter is NUL, not newline
      --help        display this help and exit
      --version     output version information and exit
`;

const TOOL = {
  name: 'cut',
  help: HELP,
  version: coreutilsVersion('cut', 'David M. Ihnat, David MacKenzie, and Jim Meyering'),
};
const SPECS = [
  { key: 'b', short: 'b', long: 'bytes', arg: true },
  { key: 'c', short: 'c', long: 'characters', arg: true },
  { key: 'd', short: 'd', long: 'delimiter', arg: true },
  { key: 'f', short: 'f', long: 'fields', arg: true },
  { key: 'n', short: 'n' },
  { key: 'complement', long: 'complement' },
  { key: 's', short: 's', long: 'only-delimited' },
  { key: 'od', long: 'output-delimiter', arg: true },
  { key: 'z', short: 'z', long: 'zero-terminated' },
];

/** Parse a LIST into sorted [lo, hi] ranges (1-based, hi may be Infinity), or an error. */
export function parseList(list: string, fields: boolean): [number, number][] | { error: string } {
  const ranges: [number, number][] = [];
  for (const part of list.split(/[,\s]/)) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || (m[1] === '' && m[3] === '' && m[2] === '') || part === '-') {
      return {
        error:
          part === '-' || part === ''
            ? 'invalid range with no endpoint: -'
            : `invalid ${fields ? 'field value' : 'byte/character position'} ‘${part}’`,
      };
    }
    const lo = m[1] === '' ? 1 : Number(m[1]);
    const hi = m[2] === '' ? lo : m[3] === '' ? Infinity : Number(m[3]);
    if (lo === 0 || hi === 0)
      return { error: `${fields ? 'fields' : 'byte/character positions'} are numbered from 1` };
    if (hi < lo) return { error: 'invalid decreasing range' };
    ranges.push([lo, hi]);
  }
  return ranges.sort((a, b) => a[0] - b[0]);
}

function selected(ranges: [number, number][], i: number, complement: boolean): boolean {
  const inList = ranges.some(([lo, hi]) => i >= lo && i <= hi);
  return inList !== complement;
}

export interface CutOpts {
  mode: 'b' | 'f';
  ranges: [number, number][];
  complement: boolean;
  delim: string;
  onlyDelimited: boolean;
  outDelim: string | undefined;
}

/** Cut one line (latin1 bytes, no terminator); null means print nothing (-s). */
export function cutLine(line: string, o: CutOpts): string | null {
  if (o.mode === 'b') {
    let out = '';
    let prevSel = false;
    for (let i = 0; i < line.length; i++) {
      const sel = selected(o.ranges, i + 1, o.complement);
      if (sel && o.outDelim !== undefined && out !== '' && !prevSel) out += o.outDelim;
      if (sel) out += line[i];
      prevSel = sel;
    }
    return out;
  }
  if (!line.includes(o.delim)) return o.onlyDelimited ? null : line;
  const fields = line.split(o.delim);
  const picked = fields.filter((_, i) => selected(o.ranges, i + 1, o.complement));
  return picked.join(o.outDelim ?? o.delim);
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const prog = progName(argv, 'cut');
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  const o = args.options;
  const lists = o.filter((x) => x.key === 'b' || x.key === 'c' || x.key === 'f');
  if (lists.length === 0)
    return yield* usageError(
      sys,
      TOOL,
      `${prog}: you must specify a list of bytes, characters, or fields`,
      prog,
    );
  if (new Set(lists.map((x) => (x.key === 'c' ? 'b' : x.key))).size > 1 || lists.length > 1) {
    return yield* usageError(sys, TOOL, `${prog}: only one list may be specified`, prog);
  }
  const mode = lists[0]!.key === 'f' ? 'f' : 'b';
  const d = last(o, 'd');
  if (d !== undefined && [...d].length !== 1)
    return yield* usageError(sys, TOOL, `${prog}: the delimiter must be a single character`, prog);
  if (mode === 'b' && d !== undefined) {
    return yield* usageError(
      sys,
      TOOL,
      `${prog}: an input delimiter may be specified only when operating on fields`,
      prog,
    );
  }
  if (mode === 'b' && has(o, 's')) {
    return yield* usageError(
      sys,
      TOOL,
      `${prog}: suppressing non-delimited lines makes sense\n\tonly when operating on fields`,
      prog,
    );
  }
  const ranges = parseList(lists[0]!.value ?? '', mode === 'f');
  if ('error' in ranges) return yield* usageError(sys, TOOL, `${prog}: ${ranges.error}`, prog);
  const od = last(o, 'od');
  const opts: CutOpts = {
    mode,
    ranges,
    complement: has(o, 'complement'),
    delim: utf8ToLatin1(d ?? '\t'),
    onlyDelimited: has(o, 's'),
    outDelim: od === undefined ? undefined : utf8ToLatin1(od),
  };
  const eol = has(o, 'z') ? '\0' : '\n';
  const out = new Output(sys, STDOUT);
  let status = 0;
  for (const name of args.operands.length ? args.operands : ['-']) {
    const fd = yield* openInput(sys, name);
    if (fd < 0) {
      yield* warn(sys, `${prog}: ${name}: ${strerror(fd)}`);
      status = 1;
      continue;
    }
    const src = fdLines(sys, fd, eol);
    for (;;) {
      const raw = yield* src.next();
      if (raw === null || typeof raw === 'number') break;
      const line = utf8ToLatin1(raw.endsWith(eol) ? raw.slice(0, -1) : raw);
      const r = cutLine(line, opts);
      if (r !== null && (yield* out.write(latin1ToUtf8(r) + eol)) < 0) return 1;
    }
    yield* closeInput(sys, fd);
    if ((yield* out.flush()) < 0) return 1;
  }
  return status;
}

export const cut: Command = {
  summary: 'cut - remove sections from each line of files',
  synopsis: 'cut OPTION... [FILE]...',
  description: HELP,
  main,
};
