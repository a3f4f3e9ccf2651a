// set -x: print each command after expansion to stderr, prefixed with PS4 ("+ ", its first
// character repeated once more per command substitution level), quoting words as bash does.

import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { writeAll } from '../../libc/io';

const META = /[\s'"\\|&;()<>!{}*?[\]^$`]/;

/** bash's quoting of a traced word: as is when safe, else '...' with ' as '\''. */
export function traceQuote(w: string): string {
  if (w === '') return "''";
  if (!META.test(w) && !/^[~#]/.test(w)) return w;
  return "'" + w.replace(/'/g, "'\\''") + "'";
}

export function* xtrace(sh: Shell, words: readonly string[], raw = false): Gen<void> {
  const ps4 = sh.vars.get('PS4') ?? '+ ';
  const first = ps4.slice(0, 1);
  const prefix = first.repeat(sh.traceLevel) + ps4.slice(1);
  const text = raw
    ? words.join(' ')
    : words.map((w, i) => ((i === 0 && w === '[[') || w === ']]' ? w : traceQuote(w))).join(' ');
  yield* writeAll(sh.sys, 2, `${prefix}${text}\n`);
}
