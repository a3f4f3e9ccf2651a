// Iteration: iter()/next() over builtin containers, native iterators and user classes with
// __iter__/__next__, plus `in` and the unpacking used by assignments and calls.

import type { Gen } from '../../sys';
import { dunder } from './dunder';
import { StopIteration, pyErr } from './exceptions';
import { hashKey } from './hash';
import type { Interp, PyValue } from './objects';
import {
  PyBytes,
  PyDict,
  PyExc,
  PyInstance,
  PyIter,
  PyList,
  PyObject,
  PyRange,
  PySet,
  PyTuple,
  PyView,
  STOP,
} from './objects';
import { eq } from './ops';
import { typeName, typeOf } from './types';

export type Next = () => Gen<PyValue | typeof STOP>;

function* done(): Gen<typeof STOP> {
  return STOP;
}

function arrayIter(items: () => readonly PyValue[]): Next {
  let i = 0;
  return function* () {
    const a = items();
    return i < a.length ? a[i++]! : yield* done();
  };
}

/** A JS-level iterator over v (TypeError if v is not iterable). */
export function* iterate(ip: Interp, v: PyValue): Gen<Next> {
  if (v instanceof PyList) return arrayIter(() => v.items);
  if (v instanceof PyTuple) return arrayIter(() => v.items);
  if (typeof v === 'string') {
    const chars = [...v];
    return arrayIter(() => chars);
  }
  if (v instanceof PyIter) return v.next;
  if (v instanceof PyRange) {
    let cur = v.start;
    const { stop, step } = v;
    return function* () {
      if (step > 0n ? cur >= stop : cur <= stop) return STOP;
      const x = cur;
      cur += step;
      return x;
    };
  }
  if (v instanceof PyDict) {
    const keys = [...v.map.values()];
    const size = v.map.size;
    let i = 0;
    return function* () {
      if (v.map.size !== size) throw pyErr('RuntimeError', 'dictionary changed size during iteration');
      return i < keys.length ? keys[i++]!.k : STOP;
    };
  }
  if (v instanceof PySet) {
    const items = [...v.map.values()];
    return arrayIter(() => items);
  }
  if (v instanceof PyBytes) {
    const items = [...v.data].map((b) => BigInt(b));
    return arrayIter(() => items);
  }
  if (v instanceof PyView) {
    const items = v.items();
    return arrayIter(() => items);
  }
  return yield* protocolIter(ip, v);
}

function* protocolIter(ip: Interp, v: PyValue): Gen<Next> {
  const t = typeOf(v);
  const iterFn = t.lookup('__iter__');
  if (iterFn === undefined || iterFn === null) {
    if (v instanceof PyInstance && t.lookup('__getitem__') !== undefined) return seqIter(ip, v);
    throw pyErr('TypeError', `'${typeName(v)}' object is not iterable`);
  }
  const it = yield* ip.call(iterFn, [v]);
  if (it instanceof PyIter) return it.next;
  const nextFn = typeOf(it).lookup('__next__');
  if (nextFn === undefined)
    throw pyErr('TypeError', `iter() returned non-iterator of type '${typeName(it)}'`);
  return function* () {
    try {
      return yield* ip.call(nextFn, [it]);
    } catch (e) {
      if (e instanceof PyExc && e.value.type.isSubclass(StopIteration)) return STOP;
      throw e;
    }
  };
}

function seqIter(ip: Interp, v: PyInstance): Next {
  let i = 0n;
  return function* () {
    try {
      const r = yield* dunder(ip, v, '__getitem__', [i++]);
      return r ?? STOP;
    } catch (e) {
      if (
        e instanceof PyExc &&
        (e.value.type.name === 'IndexError' || e.value.type.isSubclass(StopIteration))
      )
        return STOP;
      throw e;
    }
  };
}

/** list(v) as a JS array. */
export function* toArray(ip: Interp, v: PyValue): Gen<PyValue[]> {
  if (v instanceof PyList || v instanceof PyTuple) return [...v.items];
  const next = yield* iterate(ip, v);
  const out: PyValue[] = [];
  for (;;) {
    const x = yield* next();
    if (x === STOP) return out;
    out.push(x);
  }
}

/** Wrap a Next as a Python iterator object. */
export function pyIter(next: Next, name = 'iterator'): PyIter {
  return new PyIter(next, name);
}

/** item in container */
export function* contains(ip: Interp, c: PyValue, item: PyValue): Gen<boolean> {
  if (typeof c === 'string') {
    if (typeof item !== 'string')
      throw pyErr('TypeError', `'in <string>' requires string as left operand, not ${typeName(item)}`);
    return c.includes(item);
  }
  if (c instanceof PyDict || c instanceof PySet) return c.map.has(hashKey(item));
  if (c instanceof PyView && c.kind === 'keys') return c.dict.map.has(hashKey(item));
  if (c instanceof PyList || c instanceof PyTuple) {
    for (const x of c.items) if (x === item || (yield* eq(ip, x, item))) return true;
    return false;
  }
  if (c instanceof PyRange && typeof item === 'bigint') {
    const { start, stop, step } = c;
    const inside = step > 0n ? item >= start && item < stop : item <= start && item > stop;
    return inside && (item - start) % step === 0n;
  }
  if (c instanceof PyBytes) {
    if (typeof item === 'bigint') return c.data.includes(Number(item));
    if (item instanceof PyBytes)
      return String.fromCharCode(...c.data).includes(String.fromCharCode(...item.data));
  }
  if (c instanceof PyObject) {
    const r = yield* dunder(ip, c, '__contains__', [item]);
    if (r !== undefined) return r === true || (r !== false && r !== null && r !== 0n);
  }
  if (
    !isIterable(c) ||
    (c instanceof PyInstance &&
      typeOf(c).lookup('__iter__') === undefined &&
      typeOf(c).lookup('__getitem__') === undefined)
  ) {
    throw pyErr('TypeError', `argument of type '${typeName(c)}' is not iterable`);
  }
  const next = yield* iterate(ip, c);
  for (;;) {
    const x = yield* next();
    if (x === STOP) return false;
    if (yield* eq(ip, x, item)) return true;
  }
}

/** a, *b, c = v: split v into `n` targets, the starred one (index `star`, or -1) taking the rest. */
export function* unpack(ip: Interp, v: PyValue, n: number, star: number): Gen<PyValue[]> {
  if (!isIterable(v)) throw pyErr('TypeError', `cannot unpack non-iterable ${typeName(v)} object`);
  const items = yield* toArray(ip, v);
  if (star < 0) {
    if (items.length > n) throw pyErr('ValueError', `too many values to unpack (expected ${n})`);
    if (items.length < n)
      throw pyErr('ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`);
    return items;
  }
  if (items.length < n - 1)
    throw pyErr(
      'ValueError',
      `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`,
    );
  const after = n - 1 - star;
  return [
    ...items.slice(0, star),
    new PyList(items.slice(star, items.length - after)),
    ...items.slice(items.length - after),
  ];
}

function isIterable(v: PyValue): boolean {
  if (v === null || typeof v === 'boolean' || typeof v === 'bigint' || typeof v === 'number') return false;
  if (typeof v === 'string') return true;
  return v instanceof PyList || v instanceof PyTuple || v instanceof PyObject;
}
