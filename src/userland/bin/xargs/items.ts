// xargs input parsing: blank-separated items with "..." '...' and backslash quoting (the default),
// NUL-separated (-0), or split on one delimiter (-d, with C escapes like \n). Also the option table.

import type { OptionSpec } from '../../libc/getopt';

export const XARGS_HELP = `Usage: xargs [OPTION]... COMMAND [INITIAL-ARGS]...
Run COMMAND with arguments INITIAL-ARGS and more arguments read from input.

Mandatory and optional arguments to long options are also
mandatory or optional for the corresponding short option.
  -0, --null                   items are separated by a null, not whitespace;
                                 disables quote and backslash processing and
                                 logical EOF processing
  -d, --delimiter=CHARACTER    items in input stream are separated by CHARACTER,
                                 not by whitespace; disables quote and backslash
                                 processing and logical EOF processing
  -I R                         same as --replace=R
  -i, --replace[=R]            replace R in INITIAL-ARGS with names read
                                 from standard input, split at newlines;
                                 if R is unspecified, assume {}
  -L, --max-lines=MAX-LINES    use at most MAX-LINES non-blank input lines per
                                 command line
  -n, --max-args=MAX-ARGS      use at most MAX-ARGS arguments per command line
  -r, --no-run-if-empty        if there are no arguments, then do not run COMMAND;
                                 if this option is not given, COMMAND will be
                                 run at least once
  -t, --verbose                print commands before executing them
      --help                   display this help and exit
      --version                output version information and exit
`;

export const XARGS_SPECS: readonly OptionSpec[] = [
  { key: '0', short: '0', long: 'null' },
  { key: 'd', short: 'd', long: 'delimiter', arg: true },
  { key: 'I', short: 'I', arg: true },
  { key: 'I', short: 'i', long: 'replace', arg: 'optional' },
  { key: 'L', short: 'L', long: 'max-lines', arg: true },
  { key: 'n', short: 'n', long: 'max-args', arg: true },
  { key: 'r', short: 'r', long: 'no-run-if-empty' },
  { key: 't', short: 't', long: 'verbose' },
  { key: 'ignored', short: 'P', long: 'max-procs', arg: true },
  { key: 'ignored', short: 's', long: 'max-chars', arg: true },
  { key: 'ignored', short: 'x', long: 'exit' },
];

const ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\' };

export interface ItemOptions {
  nul: boolean;
  delim: string | undefined;
  /** -I: each input line (leading blanks removed) is one item. */
  wholeLines: boolean;
}

/** Split input into items grouped by line (one group per line when `lines`). */
export function splitItems(text: string, o: ItemOptions): { items: string[][] } | { error: string } {
  if (o.nul || o.delim !== undefined) {
    const d = o.nul
      ? '\0'
      : o.delim!.startsWith('\\')
        ? (ESC[o.delim![1] ?? ''] ?? o.delim![1]!)
        : o.delim![0]!;
    const parts = text.split(d);
    if (parts[parts.length - 1] === '') parts.pop();
    return { items: parts.map((p) => [p]) };
  }
  if (o.wholeLines) {
    const lines = text.split('\n').map((l) => l.replace(/^[ \t]+/, ''));
    return { items: lines.filter((l) => l !== '').map((l) => [l]) };
  }
  const groups: string[][] = [];
  let cur: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      const end = text.indexOf(c, i + 1);
      const nl = text.indexOf('\n', i + 1);
      if (end < 0 || (nl >= 0 && nl < end)) {
        const kind = c === '"' ? 'double' : 'single';
        return {
          error: `unmatched ${kind} quote; by default quotes are special to xargs unless you use the -0 option`,
        };
      }
      word += text.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '\\' && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (inWord) cur.push(word);
      word = '';
      inWord = false;
      if (c === '\n' && cur.length > 0) {
        groups.push(cur);
        cur = [];
      }
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) cur.push(word);
  if (cur.length > 0) groups.push(cur);
  return { items: groups };
}
