// Go's path/filepath.Match as a RegExp: `*` any run of non-'/' characters, `?` one non-'/'
// character, `[...]` / `[^...]` classes with ranges, `\` quoting. COPY/ADD source wildcards use
// it, and moby's pattern matcher calls it to reject a malformed .dockerignore pattern.

export const ERR_BAD_PATTERN = 'syntax error in pattern';

function esc(ch: string): string {
  return `\\u{${(ch.codePointAt(0) ?? 0).toString(16)}}`;
}

/** One character of a class range at chars[i] (with `\` quoting); undefined when malformed. */
function classChar(chars: readonly string[], i: number): { ch: string; next: number } | undefined {
  let c = chars[i];
  if (c === undefined || c === '-' || c === ']') return undefined;
  if (c === '\\') {
    c = chars[i + 1];
    if (c === undefined) return undefined;
    return { ch: c, next: i + 2 };
  }
  return { ch: c, next: i + 1 };
}

/** The class starting after '[' at chars[i]: its RegExp text and the index after ']'. */
function charClass(chars: readonly string[], start: number): { re: string; next: number } | undefined {
  let i = start;
  let negated = false;
  if (chars[i] === '^') {
    negated = true;
    i++;
  }
  const parts: string[] = [];
  for (;;) {
    if (chars[i] === ']' && parts.length > 0) break;
    const lo = classChar(chars, i);
    if (!lo) return undefined;
    i = lo.next;
    let hi = lo.ch;
    if (chars[i] === '-') {
      const h = classChar(chars, i + 1);
      if (!h) return undefined;
      hi = h.ch;
      i = h.next;
    }
    // A reversed range matches nothing in Go (and would be a JS syntax error).
    if ((hi.codePointAt(0) ?? 0) >= (lo.ch.codePointAt(0) ?? 0))
      parts.push(lo.ch === hi ? esc(lo.ch) : `${esc(lo.ch)}-${esc(hi)}`);
  }
  const body = parts.join('');
  if (body === '') return { re: negated ? '[\\s\\S]' : '(?!)', next: i + 1 };
  return { re: `[${negated ? '^' : ''}${body}]`, next: i + 1 };
}

/** The anchored RegExp of a filepath.Match pattern, or ERR_BAD_PATTERN. */
export function goMatchRegExp(pattern: string): RegExp | typeof ERR_BAD_PATTERN {
  const chars = Array.from(pattern);
  let re = '';
  for (let i = 0; i < chars.length;) {
    const c = chars[i] ?? '';
    if (c === '*') {
      re += '[^/]*';
      i++;
    } else if (c === '?') {
      re += '[^/]';
      i++;
    } else if (c === '[') {
      const cls = charClass(chars, i + 1);
      if (!cls) return ERR_BAD_PATTERN;
      re += cls.re;
      i = cls.next;
    } else if (c === '\\') {
      const q = chars[i + 1];
      if (q === undefined) return ERR_BAD_PATTERN;
      re += esc(q);
      i += 2;
    } else {
      re += esc(c);
      i++;
    }
  }
  return new RegExp(`^${re}$`, 'u');
}

/** filepath.Match(pattern, name): true/false, or ERR_BAD_PATTERN. */
export function goMatch(pattern: string, name: string): boolean | typeof ERR_BAD_PATTERN {
  const re = goMatchRegExp(pattern);
  return typeof re === 'string' ? re : re.test(name);
}

/** COPY's containsWildcards: an unquoted `*`, `?` or `[`. */
export function hasWildcards(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const ch = name[i];
    if (ch === '\\') i++;
    else if (ch === '*' || ch === '?' || ch === '[') return true;
  }
  return false;
}
