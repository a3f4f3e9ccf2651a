// sort's getopt table and --help text.

import type { OptionSpec } from '../../libc/getopt';

export const SORT_HELP = `Usage: sort [OPTION]... [FILE]...
Write sorted concatenation of all FILE(s) to standard output.

With no FILE, or when FILE is -, read standard input.

Ordering options:

  -b, --ignore-leading-blanks  ignore leading blanks
  -d, --dictionary-order      consider only blanks and alphanumeric characters
  -f, --ignore-case           fold lower case to upper case characters
  -g, --general-numeric-sort  compare according to general numerical value
  -i, --ignore-nonprinting    consider only printable characters
  -M, --month-sort            compare (unknown) < 'JAN' < ... < 'DEC'
  -h, --human-numeric-sort    compare human readable numbers (e.g., 2K 1G)
  -n, --numeric-sort          compare according to string numerical value
  -r, --reverse               reverse the result of comparisons
  -V, --version-sort          natural sort of (version) numbers within text

Other options:

  -c, --check, --check=diagnose-first  check for sorted input; do not sort
  -C, --check=quiet, --check=silent  like -c, but do not report first bad line
  -k, --key=KEYDEF          sort via a key; KEYDEF gives location and type
  -m, --merge               merge already sorted files; do not sort
  -o, --output=FILE         write result to FILE instead of standard output
  -s, --stable              stabilize sort by disabling last-resort comparison
  -t, --field-separator=SEP  use SEP instead of non-blank to blank transition
  -u, --unique              with -c, check for strict ordering;
                              without -c, output only the first of an equal run
  -z, --zero-terminated     line delimiter is NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

KEYDEF is F[.C][OPTS][,F[.C][OPTS]] for start and stop position, where F is a
field number and C a character position in the field; both are origin 1, and
the stop position defaults to the line's end.  If neither -t nor -b is in
effect, characters in a field are counted from the beginning of the preceding
whitespace.  OPTS is one or more single-letter ordering options [bdfgiMhnRrV],
which override global ordering options for that key.  If no key is given, use
the entire line as the key.
`;

const f = (key: string, short: string, long: string): OptionSpec => ({ key, short, long });

export const SORT_SPECS: readonly OptionSpec[] = [
  f('b', 'b', 'ignore-leading-blanks'),
  f('d', 'd', 'dictionary-order'),
  f('f', 'f', 'ignore-case'),
  f('g', 'g', 'general-numeric-sort'),
  f('i', 'i', 'ignore-nonprinting'),
  f('M', 'M', 'month-sort'),
  f('h', 'h', 'human-numeric-sort'),
  f('n', 'n', 'numeric-sort'),
  f('r', 'r', 'reverse'),
  f('V', 'V', 'version-sort'),
  { key: 'c', short: 'c', long: 'check', arg: 'optional' },
  { key: 'C', short: 'C' },
  { key: 'k', short: 'k', long: 'key', arg: true },
  f('m', 'm', 'merge'),
  { key: 'o', short: 'o', long: 'output', arg: true },
  f('s', 's', 'stable'),
  { key: 't', short: 't', long: 'field-separator', arg: true },
  f('u', 'u', 'unique'),
  f('z', 'z', 'zero-terminated'),
  { key: 'ignored', short: 'S', long: 'buffer-size', arg: true },
  { key: 'ignored', short: 'T', long: 'temporary-directory', arg: true },
  { key: 'ignored', long: 'parallel', arg: true },
];
