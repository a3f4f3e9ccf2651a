// A small TypeScript lexer for source checks: blanks out comments (and optionally the contents of
// string, template and regex literals) while keeping every other character, so line numbers and
// positions still match the file. Simplification: it guesses regex literals from the previous
// significant character, like most syntax highlighters; good enough for our own code.

const REGEX_BEFORE = new Set([
  '',
  '(',
  ',',
  '=',
  ':',
  '[',
  '!',
  '&',
  '|',
  '?',
  '{',
  '}',
  ';',
  '+',
  '-',
  '*',
  '%',
  '<',
  '>',
  '~',
  '^',
]);
const REGEX_AFTER_WORDS = /(?:^|[^\w$])(?:return|typeof|case|do|else|in|of|yield|await|void|delete|throw)$/;

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

interface Scan {
  out: string;
  i: number;
}

/** The end (exclusive) of the quoted string that starts at `start`. */
function readQuoted(src: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < src.length && src[i] !== quote && src[i] !== '\n') i += src[i] === '\\' ? 2 : 1;
  return Math.min(i + 1, src.length);
}

function readRegex(src: string, start: number): number {
  let i = start + 1;
  let inClass = false;
  while (i < src.length && src[i] !== '\n') {
    const c = src[i];
    if (c === '\\') i += 2;
    else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      else if (c === '/' && !inClass) break;
      i += 1;
    }
  }
  i += 1;
  while (i < src.length && /[a-z]/.test(src[i] ?? '')) i += 1;
  return i;
}

/** Template literal from s.i (the backtick); `${...}` expressions are scanned as code. */
function scanTemplate(src: string, s: Scan, keepStrings: boolean): void {
  s.out += '`';
  s.i += 1;
  while (s.i < src.length) {
    const c = src[s.i] ?? '';
    if (c === '`') {
      s.out += '`';
      s.i += 1;
      return;
    }
    if (c === '\\') {
      const piece = src.slice(s.i, s.i + 2);
      s.out += keepStrings ? piece : blank(piece);
      s.i += 2;
    } else if (c === '$' && src[s.i + 1] === '{') {
      s.out += '${';
      s.i += 2;
      scanCode(src, s, keepStrings, '}');
      s.out += '}';
      s.i += 1;
    } else {
      s.out += keepStrings ? c : blank(c);
      s.i += 1;
    }
  }
}

/** Scans code until `until` at depth 0 (or the end). */
function scanCode(src: string, s: Scan, keepStrings: boolean, until?: string): void {
  let depth = 0;
  while (s.i < src.length) {
    const c = src[s.i] ?? '';
    const next = src[s.i + 1] ?? '';
    if (until !== undefined && c === until && depth === 0) return;
    if (c === '{') depth += 1;
    if (c === '}') depth -= 1;
    if (c === '/' && next === '/') {
      const end = src.indexOf('\n', s.i);
      const stop = end < 0 ? src.length : end;
      s.out += blank(src.slice(s.i, stop));
      s.i = stop;
    } else if (c === '/' && next === '*') {
      const end = src.indexOf('*/', s.i + 2);
      const stop = end < 0 ? src.length : end + 2;
      s.out += blank(src.slice(s.i, stop));
      s.i = stop;
    } else if (c === "'" || c === '"') {
      const stop = readQuoted(src, s.i, c);
      const text = src.slice(s.i, stop);
      s.out += keepStrings ? text : c + blank(text.slice(1, -1)) + c;
      s.i = stop;
    } else if (c === '`') {
      scanTemplate(src, s, keepStrings);
    } else if (c === '/' && isRegexStart(s.out)) {
      const stop = readRegex(src, s.i);
      const text = src.slice(s.i, stop);
      s.out += keepStrings ? text : blank(text);
      s.i = stop;
    } else {
      s.out += c;
      s.i += 1;
    }
  }
}

function isRegexStart(out: string): boolean {
  const before = out.trimEnd();
  return REGEX_BEFORE.has(before.slice(-1)) || REGEX_AFTER_WORDS.test(before);
}

/** The source with comments blanked; string contents are kept unless `keepStrings` is false. */
export function stripComments(src: string, keepStrings = true): string {
  const s: Scan = { out: '', i: 0 };
  scanCode(src, s, keepStrings);
  return s.out;
}

/** Module specifiers of every import/export-from/dynamic import in `src`. */
export function importSpecifiers(src: string): string[] {
  const code = stripComments(src, true);
  const found: string[] = [];
  const patterns = [
    /(?:^|[^.\w$])(?:import|export)\s[^;'"`]*?\sfrom\s*(['"])([^'"\n]+)\1/g,
    /(?:^|[^.\w$])import\s*(['"])([^'"\n]+)\1/g,
    /(?:^|[^.\w$])import\s*\(\s*(['"])([^'"\n]+)\1/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) if (m[2] !== undefined) found.push(m[2]);
  return found;
}
