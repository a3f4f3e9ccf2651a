// Methods of list, tuple, dict, set, bytes, int and float (str's are in methods-str.ts).

import type { Gen } from '../../sys';
import { method, toIndex, toInt } from './args';
import { decodeBytes } from './bytes';
import { excClass, newException, pyErr } from './exceptions';
import { hashKey } from './hash';
import { keyError } from './items';
import { toArray } from './iter';
import type { Interp, Kwargs, PyValue } from './objects';
import { PyBuiltin, PyBytes, PyDict, PyExc, PyList, PySet, PyTuple, PyView } from './objects';
import { PyProperty } from './descr';
import { eq, setOp } from './ops';
import { toRepr } from './str';
import * as T from './types';
import { installStrMethods } from './methods-str';
import { sortValues } from './sort';
import { truthy } from './ops';
import { floatRepr } from './reprs';

type M = (ip: Interp, self: PyValue, args: PyValue[], kw: Kwargs | null) => Gen<PyValue>;

function* indexOf(ip: Interp, items: readonly PyValue[], x: PyValue, what: string): Gen<number> {
  for (let i = 0; i < items.length; i++) if (yield* eq(ip, items[i]!, x)) return i;
  throw pyErr(
    'ValueError',
    what === 'list' ? `${yield* toRepr(ip, x)} is not in list` : 'tuple.index(x): x not in tuple',
  );
}

function* count(ip: Interp, items: readonly PyValue[], x: PyValue): Gen<bigint> {
  let n = 0n;
  for (const y of items) if (yield* eq(ip, y, x)) n++;
  return n;
}

function installList(): void {
  const m = (
    name: string,
    f: (ip: Interp, self: PyList, args: PyValue[], kw: Kwargs | null) => Gen<PyValue>,
  ): void => method(T.listType, name, (ip, self, args, kw) => f(ip, self as PyList, args, kw));
  m('append', function* (_ip, l, a) {
    if (a.length !== 1)
      throw pyErr('TypeError', `list.append() takes exactly one argument (${a.length} given)`);
    l.items.push(a[0]!);
    return null;
  });
  m('extend', function* (ip, l, a) {
    l.items.push(...(yield* toArray(ip, a[0]!)));
    return null;
  });
  m('insert', function* (_ip, l, a) {
    let i = toIndex(a[0]!);
    if (i < 0) i = Math.max(0, i + l.items.length);
    l.items.splice(Math.min(i, l.items.length), 0, a[1]!);
    return null;
  });
  m('pop', function* (_ip, l, a) {
    if (l.items.length === 0) throw pyErr('IndexError', 'pop from empty list');
    let i = a.length === 0 ? l.items.length - 1 : toIndex(a[0]!);
    if (i < 0) i += l.items.length;
    if (i < 0 || i >= l.items.length) throw pyErr('IndexError', 'pop index out of range');
    return l.items.splice(i, 1)[0]!;
  });
  m('remove', function* (ip, l, a) {
    for (let i = 0; i < l.items.length; i++) {
      if (yield* eq(ip, l.items[i]!, a[0]!)) {
        l.items.splice(i, 1);
        return null;
      }
    }
    throw pyErr('ValueError', 'list.remove(x): x not in list');
  });
  m('index', function* (ip, l, a) {
    return BigInt(yield* indexOf(ip, l.items, a[0]!, 'list'));
  });
  m('count', (ip, l, a) => count(ip, l.items, a[0]!));
  m('reverse', function* (_ip, l) {
    l.items.reverse();
    return null;
  });
  m('clear', function* (_ip, l) {
    l.items.length = 0;
    return null;
  });
  m('copy', function* (_ip, l) {
    return new PyList([...l.items]);
  });
  m('sort', function* (ip, l, _a, kw) {
    const key = kw?.get('key') ?? null;
    const keys: PyValue[] = [];
    for (const x of l.items) keys.push(key === null ? x : yield* ip.call(key, [x]));
    l.items = yield* sortValues(ip, l.items, keys, yield* truthy(ip, kw?.get('reverse') ?? false));
    return null;
  });
  method(T.tupleType, 'index', function* (ip, t, a) {
    return BigInt(yield* indexOf(ip, (t as PyTuple).items, a[0]!, 'tuple'));
  });
  method(T.tupleType, 'count', (ip, t, a) => count(ip, (t as PyTuple).items, a[0]!));
}

function installDict(): void {
  const m = (
    name: string,
    f: (ip: Interp, self: PyDict, args: PyValue[], kw: Kwargs | null) => Gen<PyValue>,
  ): void => method(T.dictType, name, (ip, self, args, kw) => f(ip, self as PyDict, args, kw));
  m('keys', function* (_ip, d) {
    return new PyView(d, 'keys');
  });
  m('values', function* (_ip, d) {
    return new PyView(d, 'values');
  });
  m('items', function* (_ip, d) {
    return new PyView(d, 'items');
  });
  m('get', function* (_ip, d, a) {
    return d.map.get(hashKey(a[0]!))?.v ?? a[1] ?? null;
  });
  m('pop', function* (_ip, d, a) {
    const h = hashKey(a[0]!);
    const e = d.map.get(h);
    if (e === undefined) {
      if (a.length > 1) return a[1]!;
      throw keyError(a[0]!);
    }
    d.map.delete(h);
    return e.v;
  });
  m('popitem', function* (_ip, d) {
    const last = [...d.map.keys()].pop();
    if (last === undefined)
      throw new PyExc(newException(excClass('KeyError'), ['popitem(): dictionary is empty']));
    const e = d.map.get(last)!;
    d.map.delete(last);
    return new PyTuple([e.k, e.v]);
  });
  m('setdefault', function* (_ip, d, a) {
    const h = hashKey(a[0]!);
    const e = d.map.get(h);
    if (e !== undefined) return e.v;
    d.map.set(h, { k: a[0]!, v: a[1] ?? null });
    return a[1] ?? null;
  });
  m('update', function* (ip, d, a, kw) {
    if (a.length > 0) yield* dictUpdate(ip, d, a[0]!);
    if (kw !== null) for (const [k, v] of kw) d.map.set(hashKey(k), { k, v });
    return null;
  });
  m('copy', function* (_ip, d) {
    const n = new PyDict();
    for (const [h, e] of d.map) n.map.set(h, e);
    return n;
  });
  m('clear', function* (_ip, d) {
    d.map.clear();
    return null;
  });
}

export function* dictUpdate(ip: Interp, d: PyDict, src: PyValue): Gen<void> {
  if (src instanceof PyDict) {
    for (const [h, e] of src.map) d.map.set(h, e);
    return;
  }
  const items = yield* toArray(ip, src);
  for (let i = 0; i < items.length; i++) {
    const pair = yield* toArray(ip, items[i]!);
    if (pair.length !== 2)
      throw pyErr(
        'ValueError',
        `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`,
      );
    d.map.set(hashKey(pair[0]!), { k: pair[0]!, v: pair[1]! });
  }
}

function* asSet(ip: Interp, v: PyValue): Gen<PySet> {
  if (v instanceof PySet) return v;
  const s = new PySet();
  for (const x of yield* toArray(ip, v)) s.map.set(hashKey(x), x);
  return s;
}

function installSet(): void {
  for (const t of [T.setType, T.frozensetType]) {
    const ops: [string, string][] = [
      ['union', '|'],
      ['intersection', '&'],
      ['difference', '-'],
      ['symmetric_difference', '^'],
    ];
    for (const [name, op] of ops) {
      method(t, name, function* (ip, self, a) {
        let r = self as PySet;
        for (const x of a) r = setOp(op, r, yield* asSet(ip, x));
        return a.length === 0 ? setOp('|', r, new PySet()) : r;
      });
    }
    method(t, 'issubset', function* (ip, self, a) {
      const o = yield* asSet(ip, a[0]!);
      return [...(self as PySet).map.keys()].every((k) => o.map.has(k));
    });
    method(t, 'issuperset', function* (ip, self, a) {
      const o = yield* asSet(ip, a[0]!);
      return [...o.map.keys()].every((k) => (self as PySet).map.has(k));
    });
    method(t, 'isdisjoint', function* (ip, self, a) {
      const o = yield* asSet(ip, a[0]!);
      return [...o.map.keys()].every((k) => !(self as PySet).map.has(k));
    });
    method(t, 'copy', function* (_ip, self) {
      return setOp('|', self as PySet, new PySet());
    });
  }
  const m = (name: string, f: M): void => method(T.setType, name, f);
  m('add', function* (_ip, self, a) {
    (self as PySet).map.set(hashKey(a[0]!), a[0]!);
    return null;
  });
  m('remove', function* (_ip, self, a) {
    if (!(self as PySet).map.delete(hashKey(a[0]!))) throw keyError(a[0]!);
    return null;
  });
  m('discard', function* (_ip, self, a) {
    (self as PySet).map.delete(hashKey(a[0]!));
    return null;
  });
  m('pop', function* (_ip, self) {
    const s = self as PySet;
    const first = s.map.entries().next();
    if (first.done === true) throw new PyExc(newException(excClass('KeyError'), ['pop from an empty set']));
    s.map.delete(first.value[0]);
    return first.value[1];
  });
  m('clear', function* (_ip, self) {
    (self as PySet).map.clear();
    return null;
  });
  m('update', function* (ip, self, a) {
    for (const x of a) for (const y of yield* toArray(ip, x)) (self as PySet).map.set(hashKey(y), y);
    return null;
  });
}

function installBytesAndNumbers(): void {
  for (const t of [T.bytesType, T.bytearrayType]) {
    method(t, 'decode', function* (_ip, self, a, kw) {
      const enc = a[0] ?? kw?.get('encoding') ?? 'utf-8';
      const errors = a[1] ?? kw?.get('errors') ?? 'strict';
      return decodeBytes((self as PyBytes).data, String(enc), String(errors));
    });
    method(t, 'hex', function* (_ip, self) {
      return [...(self as PyBytes).data].map((b) => b.toString(16).padStart(2, '0')).join('');
    });
    method(t, 'startswith', function* (_ip, self, a) {
      const p = a[0] as PyBytes;
      const d = (self as PyBytes).data;
      return p.data.every((b, i) => d[i] === b);
    });
    method(t, 'strip', function* (_ip, self) {
      const d = (self as PyBytes).data;
      let a = 0;
      let b = d.length;
      while (a < b && [9, 10, 11, 12, 13, 32].includes(d[a]!)) a++;
      while (b > a && [9, 10, 11, 12, 13, 32].includes(d[b - 1]!)) b--;
      return new PyBytes(d.slice(a, b), (self as PyBytes).mutable);
    });
  }
  method(T.bytearrayType, 'append', function* (_ip, self, a) {
    const b = self as PyBytes;
    const n = new Uint8Array(b.data.length + 1);
    n.set(b.data);
    n[b.data.length] = Number(toInt(a[0]!));
    b.data = n;
    return null;
  });
  method(T.intType, 'bit_length', function* (_ip, self) {
    const n = toInt(self);
    return BigInt((n < 0n ? -n : n).toString(2).replace(/^0$/, '').length);
  });
  for (const t of [T.intType, T.boolType, T.floatType]) {
    const prop = (name: string, get: (v: PyValue) => PyValue): void =>
      void t.dict.set(
        name,
        new PyProperty(
          new PyBuiltin(name, function* (_ip, a) {
            return get(a[0]!);
          }),
          null,
        ),
      );
    prop('real', (v) => (typeof v === 'boolean' ? (v ? 1n : 0n) : v));
    prop('imag', (v) => (typeof v === 'number' ? 0 : 0n));
  }
  method(T.floatType, 'is_integer', function* (_ip, self) {
    return Number.isInteger(self as number);
  });
  method(T.floatType, '__repr__', function* (_ip, self) {
    return floatRepr(self as number);
  });
}

export function installMethods(): void {
  installStrMethods();
  installList();
  installDict();
  installSet();
  installBytesAndNumbers();
}
