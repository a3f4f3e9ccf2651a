// awk's printf/sprintf: C conversions on awk values, as mawk does them. %d %i clamp to the int
// range and %u %o %x %X to unsigned int (mawk 1.3.4 converts through int), %c of a number is the
// byte with that code, of a string its first byte; the format is used once (no reuse like
// printf(1)). Errors come back as mawk's run time error text.

import { exponential, fixed, general } from '../../libc/fmtnum';
import type { Val } from './value';
import { StrNum, toInt32, toNum, toUint32 } from './value';

export interface FormatResult {
  readonly out: string;
  /** A run time error (output before it is in `out`). */
  readonly error?: string;
}

const SPEC_RE = /^%([-+ #0]*)(\*|[0-9]+)?(?:\.(\*|[0-9]*))?[hlLqjzt]*([a-zA-Z%]?)/;

interface Spec {
  flags: string;
  width: number;
  prec: number | undefined;
  conv: string;
}

function pad(s: string, spec: Spec, numeric: boolean): string {
  if (s.length >= spec.width) return s;
  if (spec.flags.includes('-')) return s.padEnd(spec.width);
  if (numeric && spec.flags.includes('0')) {
    const m = /^([+\- ]?(?:0[xX])?)(.*)$/s.exec(s) ?? ['', '', s];
    return m[1]! + m[2]!.padStart(spec.width - m[1]!.length, '0');
  }
  return s.padStart(spec.width);
}

function signed(neg: boolean, body: string, flags: string): string {
  if (neg) return '-' + body;
  if (flags.includes('+')) return '+' + body;
  if (flags.includes(' ')) return ' ' + body;
  return body;
}

function formatInt(spec: Spec, d: number): string {
  const c = spec.conv;
  const v = c === 'd' || c === 'i' ? toInt32(d) : toUint32(d);
  const abs = Math.abs(v);
  let body = abs.toString(c === 'o' ? 8 : c === 'x' || c === 'X' ? 16 : 10);
  if (c === 'X') body = body.toUpperCase();
  if (spec.prec !== undefined) body = spec.prec === 0 && abs === 0 ? '' : body.padStart(spec.prec, '0');
  if (spec.flags.includes('#') && abs !== 0) {
    if (c === 'o' && !body.startsWith('0')) body = '0' + body;
    if (c === 'x') body = '0x' + body;
    if (c === 'X') body = '0X' + body;
  }
  const s = c === 'd' || c === 'i' ? signed(v < 0, body, spec.flags) : body;
  const flags = spec.prec === undefined ? spec.flags : spec.flags.replace(/0/g, '');
  return pad(s, { ...spec, flags }, true);
}

export function formatFloat(spec: Spec, x: number): string {
  const c = spec.conv;
  const upper = c === c.toUpperCase();
  const alt = spec.flags.includes('#');
  const neg = x < 0 || Object.is(x, -0) || Number.isNaN(x);
  if (!Number.isFinite(x)) {
    let body = Number.isNaN(x) ? 'nan' : 'inf';
    if (upper) body = body.toUpperCase();
    return pad(signed(neg, body, spec.flags), { ...spec, flags: spec.flags.replace(/0/g, '') }, true);
  }
  const p = spec.prec ?? 6;
  const lc = c.toLowerCase();
  let body: string;
  if (lc === 'f') body = fixed(x, p) + (alt && p === 0 ? '.' : '');
  else if (lc === 'e') body = exponential(x, p, upper, alt);
  else body = general(x, p, upper, alt);
  return pad(signed(neg, body, spec.flags), spec, true);
}

/** One number through a one-conversion format such as CONVFMT's "%.6g". */
export function formatNumber(fmt: string, n: number): string {
  if (fmt === '%.6g') return (n < 0 || Object.is(n, -0) ? '-' : '') + general(n, 6);
  return awkFormat(fmt, [n], String, 'sprintf').out;
}

function quoted(fmt: string, fn: string): string {
  return `${fn}("${fmt}")`;
}

/**
 * Format `args` by `fmt`. `str` turns a value into a string (CONVFMT rules); `fn` names the
 * caller for error messages ("printf" or "sprintf").
 */
export function awkFormat(
  fmt: string,
  args: readonly Val[],
  str: (v: Val) => string,
  fn: string,
): FormatResult {
  let out = '';
  let next = 0;
  let count = 0;
  let i = 0;
  const take = (): Val | undefined => (next < args.length ? args[next++] : undefined);
  const missing = (): FormatResult => ({ out, error: `not enough arguments passed to ${quoted(fmt, fn)}` });
  while (i < fmt.length) {
    const pct = fmt.indexOf('%', i);
    if (pct < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, pct);
    if (fmt[pct + 1] === '%') {
      out += '%';
      i = pct + 2;
      continue;
    }
    count++;
    const m = SPEC_RE.exec(fmt.slice(pct));
    const conv = m?.[4] ?? '';
    if (!m || conv === '' || !'diouxXcseEfFgG'.includes(conv)) {
      return { out, error: `improper conversion(number ${count}) in ${quoted(fmt, fn)}` };
    }
    let flags = m[1]!;
    let width = 0;
    if (m[2] === '*') {
      const w = take();
      if (w === undefined) return missing();
      width = toInt32(toNum(w));
    } else if (m[2]) width = Number(m[2]);
    if (width < 0) {
      flags += '-';
      width = -width;
    }
    let prec: number | undefined;
    if (m[3] === '*') {
      const p = take();
      if (p === undefined) return missing();
      prec = toInt32(toNum(p));
      if (prec < 0) prec = undefined;
    } else if (m[3] !== undefined) prec = m[3] === '' ? 0 : Number(m[3]);
    const arg = take();
    if (arg === undefined) return missing();
    out += convert({ flags, width, prec, conv }, arg, str);
    i = pct + m[0].length;
  }
  return { out };
}

function convert(spec: Spec, arg: Val, str: (v: Val) => string): string {
  const c = spec.conv;
  if ('diouxX'.includes(c)) return formatInt(spec, toNum(arg));
  if ('eEfFgG'.includes(c)) return formatFloat(spec, toNum(arg));
  let s: string;
  if (c === 'c') {
    if (typeof arg === 'number' || (arg instanceof StrNum && arg.s !== '')) {
      s = String.fromCharCode(toInt32(toNum(arg)) & 0xff);
    } else s = str(arg).slice(0, 1) || '\0';
  } else {
    s = str(arg);
    if (spec.prec !== undefined) s = s.slice(0, spec.prec);
  }
  return pad(s, spec, false);
}
