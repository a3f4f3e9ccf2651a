// Go's notions of white space used by the Dockerfile parser: unicode.IsSpace (strings.TrimSpace,
// parseWords) and the `[\t\v\f\r ]+` separator regexp of BuildKit's parser.

/** Go unicode.IsSpace for one UTF-16 code unit (all Go spaces are in the BMP). */
export function isGoSpace(c: string): boolean {
  switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case '\u0085':
    case '\u00a0':
    case '\u1680':
    case '\u2028':
    case '\u2029':
    case '\u202f':
    case '\u205f':
    case '\u3000':
      return true;
    default:
      return c >= '\u2000' && c <= '\u200a';
  }
}

/** Index of the first character that is not a Go space (s.length when there is none). */
export function firstNonSpace(s: string): number {
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) return i;
    if (!isGoSpace(s.charAt(i))) return i;
    i++;
  }
  return i;
}

export function trimLeftGoSpace(s: string): string {
  const i = firstNonSpace(s);
  return i === 0 ? s : s.slice(i);
}

export function trimGoSpace(s: string): string {
  let end = s.length;
  while (end > 0 && isGoSpace(s.charAt(end - 1))) end--;
  return trimLeftGoSpace(s.slice(0, end));
}

/** BuildKit's reWhitespace: runs of tab, VT, FF, CR and space. */
export const reWhitespace = /[\t\v\f\r ]+/;

/** regexp.Split(s, -1) with reWhitespace. */
export function splitWhitespace(s: string): string[] {
  return s.split(/[\t\v\f\r ]+/);
}

/** regexp.Split(s, 2) with reWhitespace: the first word and the rest. */
export function splitFirstWhitespace(s: string): string[] {
  const m = reWhitespace.exec(s);
  if (m === null) return [s];
  return [s.slice(0, m.index), s.slice(m.index + m[0].length)];
}
