// The docker CLI's size and CPU values: go-units RAMInBytes (`-m 512m`), MemSwapBytes (`-1` allowed),
// NanoCPUs (`--cpus 1.5`, parsed as a Go big.Rat: decimals, fractions `1/4`, exponents, 0x/0o/0b).
//
// Simplification: --cpus exponents beyond ±400 are refused as "value is too precise" instead of
// being computed exactly (Go would overflow int64 there anyway).

import type { GoParsed } from './gostrconv';
import { parseGoDecimal } from './gostrconv';

const SIZE = /^(\d+(\.\d+)*) ?([kKmMgGtTpP])?[iI]?[bB]?$/;
const UNITS: Record<string, number> = { k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40, p: 2 ** 50 };

/** go-units RAMInBytes: `512m` → 536870912, errors `invalid size: 'x'`. */
export function ramInBytes(s: string): GoParsed<number> {
  const m = SIZE.exec(s);
  if (m === null || !/^[\x20-\x7e]*$/.test(s)) return { ok: false, error: `invalid size: '${s}'` };
  const num = parseGoDecimal(m[1] ?? '');
  if (!num.ok) return num;
  const unit = UNITS[(m[3] ?? '').toLowerCase()] ?? 1;
  return { ok: true, value: Math.trunc(num.value * unit) };
}

/** opts.MemSwapBytes.Set: `-1` (unlimited) or a RAMInBytes size. */
export function swapInBytes(s: string): GoParsed<number> {
  return s === '-1' ? { ok: true, value: -1 } : ramInBytes(s);
}

interface Digits {
  value: bigint;
  base: bigint;
  frac: number;
  rest: string;
}

/** nat.scan with base 0: optional 0b/0o/0x prefix (or leading-0 octal when !fracOk), `_` separators. */
function scanDigits(s: string, fracOk: boolean): Digits | undefined {
  let base = 10n;
  let i = 0;
  const p = (s[1] ?? '').toLowerCase();
  if (s[0] === '0' && (p === 'b' || p === 'o' || p === 'x')) {
    base = p === 'b' ? 2n : p === 'o' ? 8n : 16n;
    i = 2;
  } else if (s[0] === '0' && !fracOk && s.length > 1) {
    base = 8n;
    i = 1;
  }
  const prefixEnd = i;
  let value = 0n;
  let count = 0;
  let frac = 0;
  let seenDot = false;
  let prev = i > 0 ? 'digit' : 'start';
  for (; i < s.length; i++) {
    const c = (s[i] ?? '').toLowerCase();
    const d = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : c >= 'a' && c <= 'f' ? c.charCodeAt(0) - 87 : 99;
    if (d < Number(base)) {
      value = value * base + BigInt(d);
      count++;
      if (seenDot) frac++;
      prev = 'digit';
    } else if (c === '_') {
      if (prev !== 'digit') return undefined;
      prev = '_';
    } else if (c === '.' && fracOk && !seenDot && prev !== '_') {
      seenDot = true;
      prev = 'dot';
    } else break;
  }
  if (prev === '_' || (count === 0 && !(i === prefixEnd && prefixEnd === 1))) return undefined;
  return { value, base, frac, rest: s.slice(i) };
}

/** big.Rat.SetString as num/den, or undefined when Go would refuse the text. */
function parseRat(s: string): { num: bigint; den: bigint } | undefined {
  const slash = s.indexOf('/');
  if (slash >= 0) {
    const a = s.slice(0, slash);
    const sign = a[0] === '-' ? -1n : 1n;
    const an = scanDigits(a[0] === '-' || a[0] === '+' ? a.slice(1) : a, false);
    const bn = scanDigits(s.slice(slash + 1), false);
    if (an === undefined || an.rest !== '' || bn === undefined || bn.rest !== '' || bn.value === 0n)
      return undefined;
    return { num: sign * an.value, den: bn.value };
  }
  const neg = s[0] === '-';
  const m = scanDigits(s[0] === '-' || s[0] === '+' ? s.slice(1) : s, true);
  if (m === undefined) return undefined;
  let exp = 0;
  let ebase = 10n;
  if (m.rest !== '') {
    const e = /^([eEpP])([+-]?[0-9](?:_?[0-9])*)$/.exec(m.rest);
    if (e === null) return undefined;
    ebase = (e[1] ?? 'e').toLowerCase() === 'p' ? 2n : 10n;
    exp = Number((e[2] ?? '0').replaceAll('_', ''));
    if (Math.abs(exp) > 400) return { num: 1n, den: 10n ** 40n };
  }
  let num = neg ? -m.value : m.value;
  let den = m.base ** BigInt(m.frac);
  if (exp >= 0) num *= ebase ** BigInt(exp);
  else den *= ebase ** BigInt(-exp);
  return { num, den };
}

/** opts.ParseCPUs: `--cpus` text → nano CPUs. */
export function parseNanoCpus(s: string): GoParsed<number> {
  const r = s === '' ? undefined : parseRat(s);
  if (r === undefined) return { ok: false, error: `failed to parse ${s} as a rational number` };
  const nano = r.num * 1_000_000_000n;
  if (nano % r.den !== 0n) return { ok: false, error: 'value is too precise' };
  return { ok: true, value: Number(BigInt.asIntN(64, nano / r.den)) };
}
