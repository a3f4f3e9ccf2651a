// grep's command-line options: the getopt table, --help text, and their meaning.

import type { OptionSpec, ParsedOption } from '../../libc/getopt';
import type { MatchOptions } from './matcher';
import type { ScanOptions } from './output';

export const GREP_HELP = `Usage: grep [OPTION]... PATTERNS [FILE]...
Search for PATTERNS in each FILE.
Example: grep -i 'hello world' menu.h main.c
PATTERNS can contain multiple patterns separated by newlines.

Pattern selection and interpretation:
  -E, --extended-regexp     PATTERNS are extended regular expressions
  -F, --fixed-strings       PATTERNS are strings
  -G, --basic-regexp        PATTERNS are basic regular expressions
  -e, --regexp=PATTERNS     use PATTERNS for matching
  -f, --file=FILE           take PATTERNS from FILE
  -i, --ignore-case         ignore case distinctions in patterns and data
  -w, --word-regexp         match only whole words
  -x, --line-regexp         match only whole lines

Miscellaneous:
  -s, --no-messages         suppress error messages
  -v, --invert-match        select non-matching lines
  -V, --version             display version information and exit
      --help                display this help text and exit

Output control:
  -m, --max-count=NUM       stop after NUM selected lines
  -b, --byte-offset         print the byte offset with output lines
  -n, --line-number         print line number with output lines
  -H, --with-filename       print file name with output lines
  -h, --no-filename         suppress the file name prefix on output
  -o, --only-matching       show only nonempty parts of lines that match
  -q, --quiet, --silent     suppress all normal output
  -r, --recursive           like --directories=recurse
  -R, --dereference-recursive  likewise, but follow all symlinks
  -L, --files-without-match  print only names of FILEs with no selected lines
  -l, --files-with-matches  print only names of FILEs with selected lines
  -c, --count               print only a count of selected lines per FILE
  -Z, --null                print 0 byte after FILE name

Context control:
  -B, --before-context=NUM  print NUM lines of leading context
  -A, --after-context=NUM   print NUM lines of trailing context
  -C, --context=NUM         print NUM lines of output context
  -NUM                      same as --context=NUM

When FILE is '-', read standard input.  With no FILE, read '.' if
recursive, '-' otherwise.  With fewer than two FILEs, assume -h.
Exit status is 0 if any line is selected, 1 otherwise;
if any error occurs and -q is not given, the exit status is 2.
`;

const flag = (key: string, short: string | undefined, long?: string): OptionSpec => ({
  key,
  ...(short === undefined ? {} : { short }),
  ...(long === undefined ? {} : { long }),
});

export const GREP_SPECS: readonly OptionSpec[] = [
  flag('E', 'E', 'extended-regexp'),
  flag('F', 'F', 'fixed-strings'),
  flag('G', 'G', 'basic-regexp'),
  flag('E', 'P', 'perl-regexp'),
  { key: 'e', short: 'e', long: 'regexp', arg: true },
  { key: 'f', short: 'f', long: 'file', arg: true },
  flag('i', 'i', 'ignore-case'),
  flag('i', 'y'),
  flag('no-i', undefined, 'no-ignore-case'),
  flag('w', 'w', 'word-regexp'),
  flag('x', 'x', 'line-regexp'),
  flag('s', 's', 'no-messages'),
  flag('v', 'v', 'invert-match'),
  flag('--version', 'V'),
  { key: 'm', short: 'm', long: 'max-count', arg: true },
  flag('b', 'b', 'byte-offset'),
  flag('n', 'n', 'line-number'),
  flag('H', 'H', 'with-filename'),
  flag('h', 'h', 'no-filename'),
  { key: 'label', long: 'label', arg: true },
  flag('o', 'o', 'only-matching'),
  flag('q', 'q', 'quiet'),
  flag('q', undefined, 'silent'),
  flag('r', 'r', 'recursive'),
  flag('r', 'R', 'dereference-recursive'),
  flag('L', 'L', 'files-without-match'),
  flag('l', 'l', 'files-with-matches'),
  flag('c', 'c', 'count'),
  flag('Z', 'Z', 'null'),
  flag('ignored', 'a', 'text'),
  flag('ignored', 'I'),
  flag('ignored', 'T', 'initial-tab'),
  flag('ignored', 'U', 'binary'),
  { key: 'ignored', long: 'color', arg: 'optional' },
  { key: 'ignored', long: 'colour', arg: 'optional' },
  { key: 'ignored', long: 'line-buffered' },
  { key: 'B', short: 'B', long: 'before-context', arg: true },
  { key: 'A', short: 'A', long: 'after-context', arg: true },
  { key: 'C', short: 'C', long: 'context', arg: true },
];

export interface GrepConfig {
  match: MatchOptions;
  scan: Omit<ScanOptions, 'withFilename'> & { withFilename: boolean | undefined };
  recursive: boolean;
  noMessages: boolean;
}

/** Interpret parsed options (later ones win, as in GNU). */
export function parseGrepOptions(opts: readonly ParsedOption[]): GrepConfig | { error: string } {
  let mode: MatchOptions['mode'] = 'G';
  const on = new Set<string>();
  let before = 0;
  let after = 0;
  let maxCount = Infinity;
  let withFilename: boolean | undefined;
  for (const o of opts) {
    const k = o.key;
    if (k === 'E' || k === 'F' || k === 'G') mode = k;
    else if (k === 'no-i') on.delete('i');
    else if (k === 'H' || k === 'h') withFilename = k === 'H';
    else if (k === 'A' || k === 'B' || k === 'C') {
      const v = o.value ?? '';
      if (!/^\d+$/.test(v)) return { error: `${v}: invalid context length argument` };
      if (k !== 'A') before = Number(v);
      if (k !== 'B') after = Number(v);
    } else if (k === 'm') {
      const v = o.value ?? '';
      if (!/^-?\d+$/.test(v)) return { error: 'invalid max count' };
      maxCount = Number(v) < 0 ? Infinity : Number(v);
    } else on.add(k);
  }
  const has = (k: string): boolean => on.has(k);
  return {
    match: { mode, icase: has('i'), word: has('w'), line: has('x') },
    scan: {
      invert: has('v'),
      count: has('c'),
      onlyMatching: has('o'),
      quiet: has('q'),
      listMatches: has('l'),
      listNonMatches: has('L'),
      lineNumbers: has('n'),
      byteOffset: has('b'),
      withFilename,
      maxCount,
      before,
      after,
      nullAfterName: has('Z'),
    },
    recursive: has('r'),
    noMessages: has('s'),
  };
}
