// Operators of the python3 engine: truth, equality, hashing (dict/set keys), ordering, binary and
// unary arithmetic, `in`; builtin types natively, user classes through their dunder methods.

import type { Gen } from '../../sys';
import { pyErr } from './exceptions';
import type { Interp, PyValue } from './objects';
import { PyBytes, PyDict, PyInstance, PyList, PyRange, PySet, PyTuple } from './objects';
import { asNum, numBinop, numCompare } from './numeric';
import { typeName } from './types';
import { dunder, isNotImpl } from './dunder';
export { hashKey } from './hash';

export function* truthy(ip: Interp, v: PyValue): Gen<boolean> {
  const fast = truthFast(v);
  if (fast !== undefined) return fast;
  const b = yield* dunder(ip, v, '__bool__', []);
  if (b !== undefined) return b === true;
  const n = yield* dunder(ip, v, '__len__', []);
  if (n !== undefined) return n !== 0n;
  return true;
}

export function truthFast(v: PyValue): boolean | undefined {
  if (v === null) return false;
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'bigint':
      return v !== 0n;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
  }
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.map.size > 0;
  if (v instanceof PyBytes) return v.data.length > 0;
  if (v instanceof PyRange) return v.length > 0n;
  if (v instanceof PyInstance) return undefined;
  return true;
}

export function* eq(ip: Interp, a: PyValue, b: PyValue): Gen<boolean> {
  if (a === b) return !(typeof a === 'number' && Number.isNaN(a));
  const na = asNum(a);
  const nb = asNum(b);
  if (na !== undefined && nb !== undefined) return numCompare(na, nb) === 0;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (a instanceof PyInstance || b instanceof PyInstance) return yield* userEq(ip, a, b);
    return false;
  }
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    if (a.items.length !== b.items.length) return false;
    for (let i = 0; i < a.items.length; i++) if (!(yield* eq(ip, a.items[i]!, b.items[i]!))) return false;
    return true;
  }
  if (a instanceof PyDict && b instanceof PyDict) {
    if (a.map.size !== b.map.size) return false;
    for (const [k, e] of a.map) {
      const o = b.map.get(k);
      if (o === undefined || !(yield* eq(ip, e.v, o.v))) return false;
    }
    return true;
  }
  if (a instanceof PySet && b instanceof PySet)
    return a.map.size === b.map.size && [...a.map.keys()].every((k) => b.map.has(k));
  if (a instanceof PyBytes && b instanceof PyBytes)
    return a.data.length === b.data.length && a.data.every((x, i) => x === b.data[i]);
  if (a instanceof PyRange && b instanceof PyRange)
    return a.start === b.start && a.stop === b.stop && a.step === b.step;
  return yield* userEq(ip, a, b);
}

function* userEq(ip: Interp, a: PyValue, b: PyValue): Gen<boolean> {
  const r = yield* dunder(ip, a, '__eq__', [b]);
  if (r !== undefined && !isNotImpl(r)) return yield* truthy(ip, r);
  const r2 = yield* dunder(ip, b, '__eq__', [a]);
  if (r2 !== undefined && !isNotImpl(r2)) return yield* truthy(ip, r2);
  return a === b;
}

const REFLECT: Record<string, string> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
const DUNDER_CMP: Record<string, string> = { '<': '__lt__', '>': '__gt__', '<=': '__le__', '>=': '__ge__' };

/** a < b and friends. */
export function* order(ip: Interp, op: string, a: PyValue, b: PyValue): Gen<boolean> {
  const na = asNum(a);
  const nb = asNum(b);
  if (na !== undefined && nb !== undefined) return test(op, numCompare(na, nb));
  if (typeof a === 'string' && typeof b === 'string') return test(op, a < b ? -1 : a > b ? 1 : 0);
  if ((a instanceof PyList && b instanceof PyList) || (a instanceof PyTuple && b instanceof PyTuple)) {
    const n = Math.min(a.items.length, b.items.length);
    for (let i = 0; i < n; i++) {
      const x = a.items[i]!;
      const y = b.items[i]!;
      if (!(yield* eq(ip, x, y))) return yield* order(ip, op, x, y);
    }
    return test(op, a.items.length - b.items.length);
  }
  if (a instanceof PyBytes && b instanceof PyBytes) {
    const sa = String.fromCharCode(...a.data);
    const sb = String.fromCharCode(...b.data);
    return test(op, sa < sb ? -1 : sa > sb ? 1 : 0);
  }
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (x: PySet, y: PySet): boolean => [...x.map.keys()].every((k) => y.map.has(k));
    if (op === '<=') return sub(a, b);
    if (op === '>=') return sub(b, a);
    if (op === '<') return sub(a, b) && a.map.size < b.map.size;
    return sub(b, a) && b.map.size < a.map.size;
  }
  const r = yield* dunder(ip, a, DUNDER_CMP[op]!, [b]);
  if (r !== undefined && !isNotImpl(r)) return yield* truthy(ip, r);
  const r2 = yield* dunder(ip, b, DUNDER_CMP[REFLECT[op]!]!, [a]);
  if (r2 !== undefined && !isNotImpl(r2)) return yield* truthy(ip, r2);
  throw pyErr(
    'TypeError',
    `'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`,
  );
}

function test(op: string, c: number): boolean {
  if (Number.isNaN(c)) return false;
  return op === '<' ? c < 0 : op === '>' ? c > 0 : op === '<=' ? c <= 0 : c >= 0;
}

export const BINOP_DUNDER: Record<string, string> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'truediv',
  '//': 'floordiv',
  '%': 'mod',
  '**': 'pow',
  '<<': 'lshift',
  '>>': 'rshift',
  '&': 'and',
  '|': 'or',
  '^': 'xor',
  '@': 'matmul',
};

export function* binop(ip: Interp, op: string, a: PyValue, b: PyValue): Gen<PyValue> {
  const na = asNum(a);
  const nb = asNum(b);
  if (na !== undefined && nb !== undefined) {
    if (typeof a === 'boolean' && typeof b === 'boolean' && (op === '&' || op === '|' || op === '^')) {
      return op === '&' ? a && b : op === '|' ? a || b : a !== b;
    }
    const r = numBinop(op, na, nb);
    if (r !== undefined) return r;
  }
  const seq = yield* seqBinop(ip, op, a, b);
  if (seq !== undefined) return seq;
  const name = BINOP_DUNDER[op]!;
  const r = yield* dunder(ip, a, `__${name}__`, [b]);
  if (r !== undefined && !isNotImpl(r)) return r;
  const r2 = yield* dunder(ip, b, `__r${name}__`, [a]);
  if (r2 !== undefined && !isNotImpl(r2)) return r2;
  if (
    op === '+' &&
    (typeof a === 'string' || a instanceof PyList || a instanceof PyTuple) &&
    !(b instanceof PyInstance)
  ) {
    throw pyErr('TypeError', `can only concatenate ${typeName(a)} (not "${typeName(b)}") to ${typeName(a)}`);
  }
  if (op === '*' && isSeq(a) !== isSeq(b) && (isSeq(a) || isSeq(b))) {
    throw pyErr('TypeError', `can't multiply sequence by non-int of type '${typeName(isSeq(a) ? b : a)}'`);
  }
  const sym = op === '**' ? '** or pow()' : op;
  throw pyErr('TypeError', `unsupported operand type(s) for ${sym}: '${typeName(a)}' and '${typeName(b)}'`);
}

function isSeq(v: PyValue): boolean {
  return typeof v === 'string' || v instanceof PyList || v instanceof PyTuple || v instanceof PyBytes;
}

function repeatCount(n: PyValue): number | undefined {
  if (typeof n === 'bigint') return n < 0n ? 0 : Number(n);
  if (typeof n === 'boolean') return n ? 1 : 0;
  return undefined;
}

function* seqBinop(_ip: Interp, op: string, a: PyValue, b: PyValue): Gen<PyValue | undefined> {
  if (op === '+') {
    if (typeof a === 'string' && typeof b === 'string') return a + b;
    if (a instanceof PyList && b instanceof PyList) return new PyList([...a.items, ...b.items]);
    if (a instanceof PyTuple && b instanceof PyTuple) return new PyTuple([...a.items, ...b.items]);
    if (a instanceof PyBytes && b instanceof PyBytes) {
      const out = new Uint8Array(a.data.length + b.data.length);
      out.set(a.data);
      out.set(b.data, a.data.length);
      return new PyBytes(out, a.mutable);
    }
  }
  if (op === '*') {
    const [s, n] = isSeq(a) ? [a, repeatCount(b)] : [b, repeatCount(a)];
    if (n !== undefined && isSeq(s)) {
      if (typeof s === 'string') return s.repeat(n);
      if (s instanceof PyList) return new PyList(repeat(s.items, n));
      if (s instanceof PyTuple) return new PyTuple(repeat(s.items, n));
      if (s instanceof PyBytes) return new PyBytes(Uint8Array.from(repeat([...s.data], n)), s.mutable);
    }
  }
  if (a instanceof PySet && b instanceof PySet && '|&-^'.includes(op)) return setOp(op, a, b);
  if (op === '|' && a instanceof PyDict && b instanceof PyDict) {
    const d = new PyDict();
    for (const [k, e] of a.map) d.map.set(k, e);
    for (const [k, e] of b.map) d.map.set(k, e);
    return d;
  }
  return undefined;
}

function repeat<T>(items: readonly T[], n: number): T[] {
  if (items.length * n > 50_000_000) throw pyErr('MemoryError');
  const out: T[] = [];
  for (let i = 0; i < n; i++) out.push(...items);
  return out;
}

export function setOp(op: string, a: PySet, b: PySet): PySet {
  const out = new PySet(a.frozen);
  if (op === '|') {
    for (const [k, v] of a.map) out.map.set(k, v);
    for (const [k, v] of b.map) if (!out.map.has(k)) out.map.set(k, v);
  } else if (op === '&') {
    for (const [k, v] of a.map) if (b.map.has(k)) out.map.set(k, v);
  } else if (op === '-') {
    for (const [k, v] of a.map) if (!b.map.has(k)) out.map.set(k, v);
  } else {
    for (const [k, v] of a.map) if (!b.map.has(k)) out.map.set(k, v);
    for (const [k, v] of b.map) if (!a.map.has(k)) out.map.set(k, v);
  }
  return out;
}

export function* unaryop(ip: Interp, op: string, v: PyValue): Gen<PyValue> {
  if (op === 'not') return !(yield* truthy(ip, v));
  const n = asNum(v);
  if (n !== undefined) {
    if (op === '-') return typeof n === 'bigint' ? -n : -n;
    if (op === '+') return n;
    if (op === '~' && typeof n === 'bigint') return ~n;
  }
  const name = op === '-' ? '__neg__' : op === '+' ? '__pos__' : '__invert__';
  const r = yield* dunder(ip, v, name, []);
  if (r !== undefined) return r;
  throw pyErr('TypeError', `bad operand type for unary ${op}: '${typeName(v)}'`);
}
