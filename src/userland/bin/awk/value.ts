// awk values: numbers, strings, and "strnums" (input text that looks numeric, which compares as a
// number). An uninitialized variable is a strnum with text "" and value 0, which gives exactly
// awk's rules: it compares numerically with numbers and as "" with strings.

export class StrNum {
  constructor(
    readonly s: string,
    readonly n: number,
  ) {}
}

export type Val = number | string | StrNum;

export const UNINIT = new StrNum('', 0);

const STRTOD_RE =
  /^[ \t\n\f\r\v]*([-+]?)(?:(0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][-+]?[0-9]+)?)|((?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][-+]?[0-9]+)?)|(inf(?:inity)?)|(nan(?:\([0-9A-Za-z_]*\))?))/i;

function hexValue(text: string): number {
  const m = /^0[xX]([0-9a-fA-F]*)\.?([0-9a-fA-F]*)(?:[pP]([-+]?[0-9]+))?$/.exec(text);
  if (!m) return 0;
  const int = m[1] ? parseInt(m[1], 16) : 0;
  const frac = m[2] ? parseInt(m[2], 16) / 16 ** m[2].length : 0;
  return (int + frac) * 2 ** Number(m[3] ?? 0);
}

/** C strtod on the longest numeric prefix (0 if none), as mawk converts strings. */
export function strtod(s: string): number {
  const m = STRTOD_RE.exec(s);
  if (!m) return 0;
  const sign = m[1] === '-' ? -1 : 1;
  if (m[2]) return sign * hexValue(m[2]);
  if (m[3]) return sign * Number(m[3]);
  if (m[4]) return sign * Infinity;
  return NaN;
}

/**
 * Text read from input becomes a strnum when it looks like a number. mawk's test: after trimming
 * blanks it starts with a digit, sign or '.', ends with a digit or '.', and strtod takes it all
 * (so "0x10" and "1e5" are numbers, "0x1A", "inf" and "." are not).
 */
export function inputVal(s: string): Val {
  const t = s.replace(/^[ \t\n\f\r\v]+|[ \t\n\f\r\v]+$/g, '');
  if (!/^[-+0-9.]/.test(t) || !/[0-9.]$/.test(t)) return s;
  const m = STRTOD_RE.exec(t);
  return m && m[0].length === t.length ? new StrNum(s, strtod(t)) : s;
}

export function toNum(v: Val): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return strtod(v);
  return v.n;
}

export function toBool(v: Val): boolean {
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  if (typeof v === 'string') return v !== '';
  return v.n !== 0;
}

const MAX_INT = 2147483647;

/** mawk's number → string: whole numbers within int range print as integers, others via fmt. */
export function numToStr(n: number, fmt: string, format: (fmt: string, n: number) => string): string {
  if (Number.isInteger(n) && n >= -MAX_INT && n <= MAX_INT) return String(n === 0 ? 0 : n);
  if (Number.isNaN(n)) return '-nan';
  if (!Number.isFinite(n)) return n < 0 ? '-inf' : 'inf';
  return format(fmt, n);
}

/** Clamp as mawk's d_to_I (printf %d/%i and integer contexts). */
export function toInt32(d: number): number {
  if (d >= MAX_INT) return MAX_INT;
  if (d > -MAX_INT) return Math.trunc(d);
  return -MAX_INT;
}

/** Clamp as mawk's d_to_U (printf %u %o %x %X). */
export function toUint32(d: number): number {
  if (d >= 4294967295) return 4294967295;
  if (d > 0) return Math.trunc(d);
  return 0;
}

function isNumeric(v: Val): boolean {
  return typeof v === 'number' || v instanceof StrNum;
}

/**
 * Compare two values as awk does: numerically if both are numbers or strnums, otherwise as
 * strings (byte order). `str` converts a number with CONVFMT. Returns -1, 0 or 1 (NaN compares
 * equal, as in mawk).
 */
export function compareVals(a: Val, b: Val, str: (v: Val) => string): number {
  if (isNumeric(a) && isNumeric(b)) {
    const x = toNum(a);
    const y = toNum(b);
    return x > y ? 1 : x < y ? -1 : 0;
  }
  const s = str(a);
  const t = str(b);
  return s > t ? 1 : s < t ? -1 : 0;
}
