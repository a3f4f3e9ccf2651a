// Regular expressions for awk: POSIX EREs translated by libc/regex.ts, with mawk 1.3.4's
// differences: braces are literal characters (this mawk has no {n,m} intervals) and its own
// compile error messages ("missing operand", "missing ')'", "bad class -- [], [^] or [").
// Compiled expressions are cached, since dynamic regexes are recompiled on every use otherwise.

import { translateRegex } from '../../libc/regex';

export class AwkRegexError extends Error {}

const cache = new Map<string, RegExp>();
const globalCache = new Map<string, RegExp>();

/** Index just past the bracket expression starting at s[i] === '[', or -1 if unterminated. */
function bracketEnd(s: string, i: number): number {
  let j = i + 1;
  if (s[j] === '^') j++;
  if (s[j] === ']') j++;
  while (j < s.length && s[j] !== ']') {
    if (s[j] === '[' && /[:.=]/.test(s[j + 1] ?? '')) {
      const close = s.indexOf(s[j + 1]! + ']', j + 2);
      if (close < 0) return -1;
      j = close + 2;
    } else j++;
  }
  return j < s.length ? j + 1 : -1;
}

/** mawk's checks, and braces made literal; returns the pattern for translateRegex. */
function prepare(src: string): string {
  let out = '';
  let operand = false;
  let depth = 0;
  let emptyGroup = false;
  for (let i = 0; i < src.length;) {
    const c = src[i]!;
    if (c === '\\') {
      out += src.slice(i, i + 2);
      i += 2;
      operand = true;
    } else if (c === '[') {
      const end = bracketEnd(src, i);
      if (end < 0) throw new AwkRegexError('bad class -- [], [^] or [');
      out += src.slice(i, end);
      i = end;
      operand = true;
    } else {
      if (c === '*' || c === '+' || c === '?') {
        if (!operand) {
          if (out.endsWith('^')) throw new AwkRegexError('syntax error ^* or ^+');
          throw new AwkRegexError('missing operand');
        }
      } else if (c === '|' || (c === ')' && depth > 0)) {
        if (!operand || emptyGroup) throw new AwkRegexError('missing operand');
        if (c === ')') depth--;
      } else if (c === '(') depth++;
      if (c === '|' && i === src.length - 1) throw new AwkRegexError('missing operand');
      emptyGroup = c === '(';
      out += c === '{' || c === '}' ? '\\' + c : c;
      operand = !(c === '(' || c === '|' || c === '^');
      i++;
    }
  }
  if (depth > 0) throw new AwkRegexError("missing ')'");
  return out;
}

function compile(src: string, global: boolean): RegExp {
  const t = translateRegex(prepare(src), { extended: true, awk: true, cEscapes: true });
  if ('error' in t) throw new AwkRegexError(t.error);
  try {
    return new RegExp(t.source, global ? 'gsu' : 'su');
  } catch {
    throw new AwkRegexError('syntax error');
  }
}

/** The compiled regex for an awk pattern (throws AwkRegexError). */
export function awkRegex(src: string): RegExp {
  let re = cache.get(src);
  if (!re) {
    re = compile(src, false);
    if (cache.size > 500) cache.clear();
    cache.set(src, re);
  }
  return re;
}

/** The same with the g flag, for gsub, split and RS (callers set lastIndex). */
export function awkRegexGlobal(src: string): RegExp {
  let re = globalCache.get(src);
  if (!re) {
    re = compile(src, true);
    if (globalCache.size > 500) globalCache.clear();
    globalCache.set(src, re);
  }
  return re;
}
