// fnmatch(3) without flags, as find -name / -path use it: * and ? match any character (including
// '/' and a leading '.'), [...] sets with ! or ^ negation and ranges, backslash quotes.

/** A literal outside brackets; '-' stays bare (an escaped '-' is a syntax error in unicode mode). */
function escapeRe(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? '\\' + ch : ch;
}

/** Translate a glob into an anchored RegExp (flags: 'i' for -iname). */
export function globToRegExp(pattern: string, ignoreCase = false): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '[\\s\\S]*';
    else if (c === '?') re += '[\\s\\S]';
    else if (c === '\\' && i + 1 < pattern.length) re += escapeRe(pattern[++i]!);
    else if (c === '[') {
      const end = bracketEnd(pattern, i);
      if (end < 0) re += '\\[';
      else {
        let body = pattern.slice(i + 1, end);
        const negate = body.startsWith('!') || body.startsWith('^');
        if (negate) body = body.slice(1);
        const parts = body.replace(/\[:(\w+):\]/g, (_, cls: string) => CLASSES[cls] ?? '');
        const inner = [...parts]
          .map((ch) => (ch === '\\' || ch === ']' || ch === '[' ? '\\' + ch : ch))
          .join('');
        re += `[${negate ? '^' : ''}${inner}]`;
        i = end;
      }
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`, ignoreCase ? 'i' : '');
}

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \t\n\r\f\v',
  xdigit: '0-9A-Fa-f',
  punct: '!-/:-@[-`{-~',
};

/** Index of the ']' closing the set opened at `start`, or -1. */
function bracketEnd(p: string, start: number): number {
  let i = start + 1;
  if (p[i] === '!' || p[i] === '^') i++;
  if (p[i] === ']') i++;
  for (; i < p.length; i++) {
    if (p[i] === '[' && p[i + 1] === ':') {
      const close = p.indexOf(':]', i + 2);
      if (close > 0) i = close + 1;
    } else if (p[i] === ']') return i;
  }
  return -1;
}

export function fnmatch(pattern: string, text: string, ignoreCase = false): boolean {
  return globToRegExp(pattern, ignoreCase).test(text);
}
