// Shell pattern matching (bash's strmatch without extglob): * ? [...] with [!...] [^...] and
// [:class:], backslash quoting. Used by case, [[ == ]], ${x#pat} and friends, and globbing.

import { globToRegExp } from '../../libc/fnmatch';

const cache = new Map<string, RegExp>();
const CACHE_MAX = 256;

function compiled(pattern: string, anchored: 'both' | 'start' | 'end' | 'none'): RegExp {
  const key = anchored + '\0' + pattern;
  let re = cache.get(key);
  if (re) return re;
  const body = globToRegExp(pattern).source.slice(1, -1);
  const src =
    (anchored === 'both' || anchored === 'start' ? '^' : '') +
    body +
    (anchored === 'both' || anchored === 'end' ? '$' : '');
  re = new RegExp(src, 'su');
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(key, re);
  return re;
}

/** Does the whole string match the pattern? */
export function patternMatch(pattern: string, text: string): boolean {
  if (!/[*?[\\]/.test(pattern)) return pattern === text;
  return compiled(pattern, 'both').test(text);
}

/** True if the pattern has unquoted glob characters. */
export function hasGlobChars(pattern: string): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '*' || c === '?' || c === '[') return true;
  }
  return false;
}

/** Quote text so it matches itself as a pattern. */
export function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&');
}

/** Remove the pattern from the start ('#', '##') or end ('%', '%%') of text. */
export function removePattern(text: string, pattern: string, op: string): string {
  const whole = compiled(pattern, 'both');
  const n = text.length;
  if (op === '#') {
    for (let i = 0; i <= n; i++) if (whole.test(text.slice(0, i))) return text.slice(i);
  } else if (op === '##') {
    for (let i = n; i >= 0; i--) if (whole.test(text.slice(0, i))) return text.slice(i);
  } else if (op === '%') {
    for (let i = n; i >= 0; i--) if (whole.test(text.slice(i))) return text.slice(0, i);
  } else if (op === '%%') {
    for (let i = 0; i <= n; i++) if (whole.test(text.slice(i))) return text.slice(0, i);
  }
  return text;
}

/** ${x/pat/rep}: op is '/', '//', '/#' or '/%'. */
export function replacePattern(text: string, pattern: string, rep: string, op: string): string {
  const whole = compiled(pattern, 'both');
  const n = text.length;
  if (op === '/#') {
    for (let j = n; j >= 0; j--) if (whole.test(text.slice(0, j))) return rep + text.slice(j);
    return text;
  }
  if (op === '/%') {
    for (let i = 0; i <= n; i++) if (whole.test(text.slice(i))) return text.slice(0, i) + rep;
    return text;
  }
  let out = '';
  let i = 0;
  let replaced = false;
  while (i <= n) {
    let end = -1;
    if (!(replaced && op === '/')) {
      for (let j = n; j > i; j--) {
        if (whole.test(text.slice(i, j))) {
          end = j;
          break;
        }
      }
    }
    if (end > i) {
      out += rep;
      i = end;
      replaced = true;
      continue;
    }
    if (i < n) out += text[i];
    i++;
  }
  return out;
}
