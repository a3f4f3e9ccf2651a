// The bits of Go's fmt/strconv/time the legacy builder's history strings and errors depend on:
// %q of strings, string slices and small ints, %v of string slices, time.Duration String/Parse.
// Simplification: a JS string cannot hold invalid UTF-8, so Go's `\x..` escapes for bad bytes never appear.

const printable = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

function escapeRune(ch: string, quote: string): string {
  if (ch === quote || ch === '\\') return '\\' + ch;
  if (printable.test(ch)) return ch;
  const simple: Record<string, string> = {
    '\x07': 'a',
    '\b': 'b',
    '\f': 'f',
    '\n': 'n',
    '\r': 'r',
    '\t': 't',
    '\v': 'v',
  };
  const s = simple[ch];
  if (s !== undefined) return '\\' + s;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || cp === 0x7f) return '\\x' + cp.toString(16).padStart(2, '0');
  if (cp < 0x10000) return '\\u' + cp.toString(16).padStart(4, '0');
  return '\\U' + cp.toString(16).padStart(8, '0');
}

/** strconv.Quote / fmt %q of a string. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) out += escapeRune(ch, '"');
  return out + '"';
}

/** fmt %q of an integer: a quoted Go rune literal. */
export function goQuoteRune(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 0x10ffff || (n >= 0xd800 && n < 0xe000)) return "'\\ufffd'";
  return "'" + escapeRune(String.fromCodePoint(n), "'") + "'";
}

/** fmt %q of a []string: `["a" "b"]`. */
export function goQuoteSlice(items: readonly string[]): string {
  return '[' + items.map(goQuote).join(' ') + ']';
}

/** fmt %v of a []string: `[a b]`. */
export function goSlice(items: readonly string[]): string {
  return '[' + items.join(' ') + ']';
}

const NS = { ns: 1, us: 1e3, µs: 1e3, μs: 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 } as const;

function fraction(v: number, digits: number): string {
  const s = String(v).padStart(digits, '0').replace(/0+$/, '');
  return s === '' ? '' : '.' + s;
}

/** time.Duration.String for a whole number of nanoseconds. */
export function goDuration(ns: number): string {
  if (ns === 0) return '0s';
  const sign = ns < 0 ? '-' : '';
  const u = Math.abs(ns);
  if (u < 1e3) return `${sign}${u}ns`;
  if (u < 1e6) return `${sign}${Math.floor(u / 1e3)}${fraction(u % 1e3, 3)}µs`;
  if (u < 1e9) return `${sign}${Math.floor(u / 1e6)}${fraction(u % 1e6, 6)}ms`;
  const totalSec = Math.floor(u / 1e9);
  const secs = `${totalSec % 60}${fraction(u % 1e9, 9)}s`;
  const h = Math.floor(totalSec / 3600);
  const m = Math.floor(totalSec / 60) % 60;
  if (h > 0) return `${sign}${h}h${m}m${secs}`;
  if (m > 0) return `${sign}${m}m${secs}`;
  return sign + secs;
}

const reUnit = /^([0-9]*)(?:\.([0-9]*))?([^0-9.]*)/;

/** time.ParseDuration: nanoseconds, or the Go error text. */
export function parseGoDuration(orig: string): { ns: number } | { error: string } {
  const invalid = { error: `time: invalid duration ${goQuote(orig)}` };
  let s = orig;
  let neg = false;
  if (s.startsWith('-') || s.startsWith('+')) {
    neg = s.startsWith('-');
    s = s.slice(1);
  }
  if (s === '0') return { ns: 0 };
  if (s === '') return invalid;
  let total = 0;
  while (s !== '') {
    const m = reUnit.exec(s);
    const [all, whole = '', frac, unit = ''] = m ?? [''];
    if ((whole === '' && (frac === undefined || frac === '')) || all === '') return invalid;
    if (unit === '') return { error: `time: missing unit in duration ${goQuote(orig)}` };
    const scale = Object.hasOwn(NS, unit) ? (NS as Record<string, number>)[unit] : undefined;
    if (scale === undefined)
      return { error: `time: unknown unit ${goQuote(unit)} in duration ${goQuote(orig)}` };
    total += Number(whole === '' ? '0' : whole) * scale + Number('0.' + (frac ?? '0')) * scale;
    if (total >= 2 ** 63) return invalid;
    s = s.slice(all.length);
  }
  const ns = Math.floor(total);
  return { ns: neg ? -ns : ns };
}
