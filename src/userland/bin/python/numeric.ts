// Arithmetic on Python numbers: int (bigint, bool counts as int) and float (number), with
// CPython's floor division/modulo signs and its ZeroDivisionError/OverflowError messages.

import { pyErr } from './exceptions';
import type { PyValue } from './objects';

export type Num = bigint | number;

/** The value as an int or float, or undefined if it is not a number. */
export function asNum(v: PyValue): Num | undefined {
  if (typeof v === 'bigint' || typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return undefined;
}

/** int → float, raising OverflowError like CPython when too large. */
export function toFloat(v: Num): number {
  if (typeof v === 'number') return v;
  const f = Number(v);
  if (!Number.isFinite(f)) throw pyErr('OverflowError', 'int too large to convert to float');
  return f;
}

function floorDivInt(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

function modInt(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && r < 0n !== b < 0n ? r + b : r;
}

function modFloat(a: number, b: number): number {
  const r = a % b;
  if (r === 0) return b < 0 ? -0 : 0;
  return r < 0 !== b < 0 ? r + b : r;
}

function powInt(a: bigint, b: bigint): Num {
  if (b < 0n) {
    if (a === 0n) throw pyErr('ZeroDivisionError', '0.0 cannot be raised to a negative power');
    return Math.pow(toFloat(a), Number(b));
  }
  if (b > 100000n && a !== 0n && a !== 1n && a !== -1n) throw pyErr('MemoryError');
  return a ** b;
}

function powFloat(a: number, b: number): number {
  if (a === 0 && b < 0) throw pyErr('ZeroDivisionError', '0.0 cannot be raised to a negative power');
  if (a < 0 && !Number.isInteger(b)) throw pyErr('ValueError', 'math domain error');
  const r = Math.pow(a, b);
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b))
    throw pyErr('OverflowError', "(34, 'Numerical result out of range')");
  return r;
}

function checkFloat(r: number, a: number, b: number): number {
  if (!Number.isFinite(r) && Number.isFinite(a) && Number.isFinite(b))
    throw pyErr('OverflowError', 'result too large');
  return r;
}

/** a OP b for numbers; undefined if the operator does not apply (e.g. float << int). */
export function numBinop(op: string, a: Num, b: Num): Num | undefined {
  if (typeof a === 'bigint' && typeof b === 'bigint') return intBinop(op, a, b);
  if (['<<', '>>', '&', '|', '^'].includes(op)) return undefined;
  const x = toFloat(a);
  const y = toFloat(b);
  switch (op) {
    case '+':
      return x + y;
    case '-':
      return x - y;
    case '*':
      return checkFloat(x * y, x, y);
    case '/':
      if (y === 0) throw pyErr('ZeroDivisionError', 'float division by zero');
      return x / y;
    case '//':
      if (y === 0) throw pyErr('ZeroDivisionError', 'float floor division by zero');
      return Math.floor(x / y);
    case '%':
      if (y === 0) throw pyErr('ZeroDivisionError', 'float modulo');
      return modFloat(x, y);
    case '**':
      return powFloat(x, y);
  }
  return undefined;
}

function intBinop(op: string, a: bigint, b: bigint): Num | undefined {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0n) throw pyErr('ZeroDivisionError', 'division by zero');
      return trueDiv(a, b);
    case '//':
      if (b === 0n) throw pyErr('ZeroDivisionError', 'integer division or modulo by zero');
      return floorDivInt(a, b);
    case '%':
      if (b === 0n) throw pyErr('ZeroDivisionError', 'integer modulo by zero');
      return modInt(a, b);
    case '**':
      return powInt(a, b);
    case '<<':
      if (b < 0n) throw pyErr('ValueError', 'negative shift count');
      return a << b;
    case '>>':
      if (b < 0n) throw pyErr('ValueError', 'negative shift count');
      return a >> b;
    case '&':
      return a & b;
    case '|':
      return a | b;
    case '^':
      return a ^ b;
  }
  return undefined;
}

function trueDiv(a: bigint, b: bigint): number {
  const x = Number(a);
  const y = Number(b);
  if (Number.isSafeInteger(x) && Number.isSafeInteger(y)) return x / y;
  const q = Number(a / b);
  if (!Number.isFinite(q)) throw pyErr('OverflowError', 'integer division result too large for a float');
  return q + Number(a % b) / y;
}

export function divmod(a: Num, b: Num): [Num, Num] {
  return [numBinop('//', a, b)!, numBinop('%', a, b)!];
}

export function numCompare(a: Num, b: Num): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'number' && Number.isNaN(a)) return NaN;
  if (typeof b === 'number' && Number.isNaN(b)) return NaN;
  if (typeof a === 'bigint' && typeof b === 'number' && Number.isFinite(b) && Number.isInteger(b))
    return numCompare(a, BigInt(b));
  if (typeof b === 'bigint' && typeof a === 'number' && Number.isFinite(a) && Number.isInteger(a))
    return numCompare(BigInt(a), b);
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
