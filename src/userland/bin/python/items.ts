// Subscripts: x[i], x[a:b:c] for str, list, tuple, bytes, range and dict, assignment and deletion,
// and user classes' __getitem__/__setitem__/__delitem__.

import type { Gen } from '../../sys';
import { dunder } from './dunder';
import { excClass, newException, pyErr } from './exceptions';
import { hashKey } from './hash';
import { toArray } from './iter';
import type { Interp, PyValue } from './objects';
import { PyBytes, PyDict, PyExc, PyInstance, PyList, PyRange, PySlice, PyTuple } from './objects';
import { typeName } from './types';

export function keyError(key: PyValue): PyExc {
  return new PyExc(newException(excClass('KeyError'), [key]));
}

function intIndex(v: PyValue): bigint | undefined {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  return undefined;
}

/** Normalize a slice against a length: start, stop, step and the resulting count. */
export function sliceIndices(s: PySlice, len: number): [number, number, number, number] {
  const step = s.step === null ? 1 : Number(intIndex(s.step) ?? badSlice());
  if (step === 0) throw pyErr('ValueError', 'slice step cannot be zero');
  const clamp = (v: PyValue, dflt: number): number => {
    if (v === null) return dflt;
    let i = Number(intIndex(v) ?? badSlice());
    if (i < 0) i = Math.max(i + len, step < 0 ? -1 : 0);
    else if (i > len) i = step < 0 ? len - 1 : len;
    return i;
  };
  const start = clamp(s.start, step < 0 ? len - 1 : 0);
  const stop = clamp(s.stop, step < 0 ? -1 : len);
  const count =
    step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
  return [start, stop, step, count];
}

function badSlice(): never {
  throw pyErr('TypeError', 'slice indices must be integers or None or have an __index__ method');
}

function pick<T>(items: ArrayLike<T>, s: PySlice): T[] {
  const [start, , step, count] = sliceIndices(s, items.length);
  const out: T[] = [];
  for (let i = 0, j = start; i < count; i++, j += step) out.push(items[j]!);
  return out;
}

function seqIndex(v: PyValue, len: number, what: string, key: PyValue): number {
  const i = intIndex(key);
  if (i === undefined) {
    if (what === 'string')
      throw pyErr('TypeError', `string indices must be integers, not '${typeName(key)}'`);
    throw pyErr('TypeError', `${what} indices must be integers or slices, not ${typeName(key)}`);
  }
  const n = Number(i < 0n ? i + BigInt(len) : i);
  if (n < 0 || n >= len) throw pyErr('IndexError', `${what} index out of range`);
  void v;
  return n;
}

export function* getitem(ip: Interp, v: PyValue, key: PyValue): Gen<PyValue> {
  if (v instanceof PyDict) {
    const e = v.map.get(hashKey(key));
    if (e === undefined) throw keyError(key);
    return e.v;
  }
  if (v instanceof PyList) {
    if (key instanceof PySlice) return new PyList(pick(v.items, key));
    return v.items[seqIndex(v, v.items.length, 'list', key)]!;
  }
  if (v instanceof PyTuple) {
    if (key instanceof PySlice) return new PyTuple(pick(v.items, key));
    return v.items[seqIndex(v, v.items.length, 'tuple', key)]!;
  }
  if (typeof v === 'string') {
    const chars = /[\ud800-\udfff]/.test(v) ? [...v] : v;
    if (key instanceof PySlice) return pick(chars, key).join('');
    return chars[seqIndex(v, chars.length, 'string', key)]!;
  }
  if (v instanceof PyBytes) {
    if (key instanceof PySlice) return new PyBytes(Uint8Array.from(pick(v.data, key)), v.mutable);
    return BigInt(v.data[seqIndex(v, v.data.length, v.mutable ? 'bytearray' : 'index', key)]!);
  }
  if (v instanceof PyRange) {
    const len = Number(v.length);
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, len);
      const s = v.start + BigInt(start) * v.step;
      return new PyRange(s, s + BigInt(count) * v.step * BigInt(step), v.step * BigInt(step));
    }
    return v.start + BigInt(seqIndex(v, len, 'range object', key)) * v.step;
  }
  const r = yield* dunder(ip, v, '__getitem__', [key]);
  if (r !== undefined) return r;
  if (v instanceof PyInstance && v.type.lookup('__class_getitem__') !== undefined) return v;
  throw pyErr('TypeError', `'${typeName(v)}' object is not subscriptable`);
}

export function* setitem(ip: Interp, v: PyValue, key: PyValue, value: PyValue): Gen<void> {
  if (v instanceof PyDict) {
    v.map.set(hashKey(key), { k: key, v: value });
    return;
  }
  if (v instanceof PyList) {
    if (key instanceof PySlice) {
      yield* setSlice(ip, v, key, value);
      return;
    }
    v.items[seqIndex(v, v.items.length, 'list assignment', key)] = value;
    return;
  }
  if (v instanceof PyBytes && v.mutable) {
    const i = seqIndex(v, v.data.length, 'bytearray', key);
    const b = intIndex(value);
    if (b === undefined || b < 0n || b > 255n) throw pyErr('ValueError', 'byte must be in range(0, 256)');
    v.data[i] = Number(b);
    return;
  }
  if ((yield* dunder(ip, v, '__setitem__', [key, value])) !== undefined) return;
  throw pyErr('TypeError', `'${typeName(v)}' object does not support item assignment`);
}

function* setSlice(ip: Interp, v: PyList, key: PySlice, value: PyValue): Gen<void> {
  const items = yield* toArray(ip, value);
  const [start, stop, step, count] = sliceIndices(key, v.items.length);
  if (step === 1) {
    v.items.splice(start, Math.max(0, stop - start), ...items);
    return;
  }
  if (items.length !== count) {
    throw pyErr(
      'ValueError',
      `attempt to assign sequence of size ${items.length} to extended slice of size ${count}`,
    );
  }
  for (let i = 0, j = start; i < count; i++, j += step) v.items[j] = items[i]!;
}

export function* delitem(ip: Interp, v: PyValue, key: PyValue): Gen<void> {
  if (v instanceof PyDict) {
    if (!v.map.delete(hashKey(key))) throw keyError(key);
    return;
  }
  if (v instanceof PyList) {
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(key, v.items.length);
      const drop = new Set<number>();
      for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
      v.items = v.items.filter((_, i) => !drop.has(i));
      return;
    }
    v.items.splice(seqIndex(v, v.items.length, 'list assignment', key), 1);
    return;
  }
  if ((yield* dunder(ip, v, '__delitem__', [key])) !== undefined) return;
  throw pyErr('TypeError', `'${typeName(v)}' object doesn't support item deletion`);
}
