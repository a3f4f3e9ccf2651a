// int(), float() and round() conversions with CPython's parsing rules and error messages.

import { pyErr } from './exceptions';
import type { PyValue } from './objects';
import { strRepr } from './reprs';

/** int(s, base) for a str. */
export function parseInt_(s: string, base: number): bigint {
  const bad = (): never => {
    throw pyErr('ValueError', `invalid literal for int() with base ${base}: ${strRepr(s)}`);
  };
  let t = s.trim();
  let neg = false;
  if (t.startsWith('-') || t.startsWith('+')) {
    neg = t[0] === '-';
    t = t.slice(1);
  }
  let b = base;
  const pre = /^0([xob])/i.exec(t);
  if (pre !== null) {
    const pb = { x: 16, o: 8, b: 2 }[pre[1]!.toLowerCase() as 'x' | 'o' | 'b'];
    if (b === 0 || b === pb) {
      b = pb;
      t = t.slice(2).replace(/^_/, '');
    }
  }
  if (b === 0) {
    if (/^0+[1-9]/.test(t.replace(/_/g, ''))) bad();
    b = 10;
  }
  if (t === '' || /^_|_$|__/.test(t)) bad();
  t = t.replace(/_/g, '');
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, b);
  let v = 0n;
  const B = BigInt(b);
  for (const ch of t.toLowerCase()) {
    const d = digits.indexOf(ch);
    if (d < 0) bad();
    v = v * B + BigInt(d);
  }
  return neg ? -v : v;
}

export function floatToInt(x: number): bigint {
  if (Number.isNaN(x)) throw pyErr('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw pyErr('OverflowError', 'cannot convert float infinity to integer');
  return BigInt(Math.trunc(x));
}

/** float(s) for a str. */
export function parseFloat_(s: string): number {
  const t = s.trim().replace(/(\d)_(?=\d)/g, '$1');
  const low = t.toLowerCase();
  const m = /^([+-]?)(inf|infinity|nan)$/.exec(low);
  if (m !== null) return m[2] === 'nan' ? NaN : m[1] === '-' ? -Infinity : Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t))
    throw pyErr('ValueError', `could not convert string to float: ${strRepr(s)}`);
  return Number(t);
}

/** round(x) / round(x, n) for floats: round half to even on the exact binary value. */
export function roundFloat(x: number, n: number | null): PyValue {
  if (n === null) {
    if (!Number.isFinite(x)) return floatToInt(x);
    let r = Math.round(x);
    if (Math.abs(x - Math.trunc(x)) === 0.5) r = 2 * Math.round(x / 2);
    return BigInt(r);
  }
  if (!Number.isFinite(x) || n > 300) return x;
  if (n < 0) {
    const p = Math.pow(10, -n);
    return (roundFloat(x / p, 0) as number) * p;
  }
  const exact = Math.abs(x).toFixed(Math.min(100, n + 40));
  const dot = exact.indexOf('.');
  const tail = exact.slice(dot + 1 + n);
  let r = Number(Math.abs(x).toFixed(n));
  if (/^50*$/.test(tail)) {
    const digits = exact.slice(0, dot + 1 + n).replace('.', '');
    const last = Number(digits[digits.length - 1]);
    if (last % 2 === 0) r = Number(exact.slice(0, dot + 1 + n).replace(/\.$/, ''));
  }
  return x < 0 ? -r : r;
}
