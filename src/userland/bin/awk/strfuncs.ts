// The pure string builtins: substr with mawk's truncating arithmetic, index, case mapping (ASCII
// only, as in the C locale), and the substitution engine behind sub() and gsub() ("&" is the
// match, "\&" a literal ampersand, "\\" a backslash).

import { toInt32 } from './value';

export function substr(s: string, m: number, n?: number): string {
  const len = s.length;
  if (len === 0) return '';
  let count = n === undefined ? len : toInt32(n);
  let i = (toInt32(m) - 1) | 0;
  if (i > len) count = 0;
  if (i < 0) {
    count = (count - ((i + 1) | 0)) | 0; // C int arithmetic, overflow included
    i = 0;
  }
  if (count > len - i) count = len - i;
  return count <= 0 ? '' : s.slice(i, i + count);
}

export function index(s: string, t: string): number {
  if (t === '') return 1;
  return s.indexOf(t) + 1;
}

export function toupper(s: string): string {
  return s.replace(/[a-z]+/g, (m) => m.toUpperCase());
}

export function tolower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
}

/** Expand a replacement for one match. */
function expand(repl: string, match: string): string {
  if (!repl.includes('&') && !repl.includes('\\')) return repl;
  let out = '';
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i]!;
    if (c === '\\' && (repl[i + 1] === '&' || repl[i + 1] === '\\')) {
      out += repl[i + 1];
      i++;
    } else if (c === '&') out += match;
    else out += c;
  }
  return out;
}

/**
 * Replace the first (global=false) or every match of `re` (which has the g flag) in `s`.
 * Empty matches count, except one right after a previous match.
 */
export function substitute(
  s: string,
  re: RegExp,
  repl: string,
  global: boolean,
): { text: string; count: number } {
  let out = '';
  let count = 0;
  let i = 0;
  let lastEnd = -1;
  while (i <= s.length) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (!m) break;
    const at = m.index;
    const len = m[0].length;
    if (len === 0 && at === lastEnd) {
      if (at >= s.length) break;
      out += s.slice(i, at + 1);
      i = at + 1;
      continue;
    }
    out += s.slice(i, at) + expand(repl, m[0]);
    count++;
    if (len === 0) {
      if (at < s.length) out += s[at];
      i = at + 1;
    } else {
      i = at + len;
      lastEnd = i;
    }
    if (!global) break;
  }
  if (i <= s.length) out += s.slice(i);
  return { text: out, count };
}
