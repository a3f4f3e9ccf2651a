// Go's strconv number and bool parsing as pflag uses it (ParseInt/ParseUint with base 0, ParseBool),
// with the same error texts: `strconv.ParseInt: parsing "x": invalid syntax` / `value out of range`.
// Values are computed with BigInt so int64 limits are exact.

import { goQuote } from '../../build/go-fmt';

export type GoParsed<T> = { ok: true; value: T } | { ok: false; error: string };

type UintResult = { ok: true; value: bigint } | { ok: false; range: boolean };

const lower = (c: string): string => c.toLowerCase();

/** strconv's underscoreOK: underscores only between digits (or after a base prefix). */
function underscoreOK(s0: string): boolean {
  let s = s0;
  let saw = '^';
  let i = 0;
  if (s.length >= 1 && (s[0] === '-' || s[0] === '+')) s = s.slice(1);
  let hex = false;
  if (s.length >= 2 && s[0] === '0' && 'box'.includes(lower(s[1] ?? ''))) {
    i = 2;
    saw = '0';
    hex = lower(s[1] ?? '') === 'x';
  }
  for (; i < s.length; i++) {
    const c = s[i] ?? '';
    if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      saw = '0';
      continue;
    }
    if (c === '_') {
      if (saw !== '0') return false;
      saw = '_';
      continue;
    }
    if (saw === '_') return false;
    saw = '!';
  }
  return saw !== '_';
}

/** ParseUint(s, 0, bitSize) without the error text. */
function parseUintBase0(s0: string, bitSize: number): UintResult {
  if (s0 === '') return { ok: false, range: false };
  let s = s0;
  let base = 10n;
  if (s[0] === '0') {
    const p = lower(s[1] ?? '');
    if (s.length >= 3 && (p === 'b' || p === 'o' || p === 'x')) {
      base = p === 'b' ? 2n : p === 'o' ? 8n : 16n;
      s = s.slice(2);
    } else {
      base = 8n;
      s = s.slice(1);
    }
  }
  const max = (1n << BigInt(bitSize)) - 1n;
  let n = 0n;
  let underscores = false;
  for (const c of s) {
    if (c === '_') {
      underscores = true;
      continue;
    }
    let d: bigint;
    if (c >= '0' && c <= '9') d = BigInt(c.charCodeAt(0) - 48);
    else if (lower(c) >= 'a' && lower(c) <= 'z' && c.length === 1) d = BigInt(lower(c).charCodeAt(0) - 87);
    else return { ok: false, range: false };
    if (d >= base) return { ok: false, range: false };
    n = n * base + d;
    if (n > max) return { ok: false, range: true };
  }
  if (underscores && !underscoreOK(s0)) return { ok: false, range: false };
  return { ok: true, value: n };
}

function numError(fn: string, s: string, range: boolean): string {
  return `strconv.${fn}: parsing ${goQuote(s)}: ${range ? 'value out of range' : 'invalid syntax'}`;
}

/** strconv.ParseUint(s, 0, bitSize). */
export function parseGoUint(s: string, bitSize: number): GoParsed<bigint> {
  const r = parseUintBase0(s, bitSize);
  return r.ok ? r : { ok: false, error: numError('ParseUint', s, r.range) };
}

/** strconv.ParseInt(s, 0, bitSize). */
export function parseGoInt(s0: string, bitSize: number): GoParsed<bigint> {
  if (s0 === '') return { ok: false, error: numError('ParseInt', s0, false) };
  let s = s0;
  let neg = false;
  if (s[0] === '+') s = s.slice(1);
  else if (s[0] === '-') {
    neg = true;
    s = s.slice(1);
  }
  const r = parseUintBase0(s, 64);
  if (!r.ok && !r.range) return { ok: false, error: numError('ParseInt', s0, false) };
  const un = r.ok ? r.value : 1n << 64n;
  const cutoff = 1n << BigInt(bitSize - 1);
  if (!neg && un >= cutoff) return { ok: false, error: numError('ParseInt', s0, true) };
  if (neg && un > cutoff) return { ok: false, error: numError('ParseInt', s0, true) };
  return { ok: true, value: neg ? -un : un };
}

const TRUE = new Set(['1', 't', 'T', 'TRUE', 'true', 'True']);
const FALSE = new Set(['0', 'f', 'F', 'FALSE', 'false', 'False']);

/** strconv.ParseBool. */
export function parseGoBool(s: string): GoParsed<boolean> {
  if (TRUE.has(s)) return { ok: true, value: true };
  if (FALSE.has(s)) return { ok: true, value: false };
  return { ok: false, error: `strconv.ParseBool: parsing ${goQuote(s)}: invalid syntax` };
}

/** strconv.ParseFloat(s, 64) for the decimal forms go-units feeds it (digits and dots). */
export function parseGoDecimal(s: string): GoParsed<number> {
  if (!/^[0-9]+(\.[0-9]*)?$/.test(s)) return { ok: false, error: numError('ParseFloat', s, false) };
  return { ok: true, value: Number(s) };
}

/** strconv.ParseUint(s, 10, bitSize): plain decimal digits only. */
export function parseGoUint10(s: string, bitSize: number): GoParsed<bigint> {
  if (!/^[0-9]+$/.test(s)) return { ok: false, error: numError('ParseUint', s, false) };
  const v = BigInt(s);
  return v >= 1n << BigInt(bitSize)
    ? { ok: false, error: numError('ParseUint', s, true) }
    : { ok: true, value: v };
}
