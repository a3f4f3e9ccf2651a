// The builtins module: print, len, range, sorted, min/max, isinstance... (the type constructors
// live in builtin-types.ts).

import type { Gen } from '../../sys';
import { arity, fn, kwArg, noKw, toInt } from './args';
import { delattr, getattr, getattrOpt, setattr } from './attrs';
import { Ellipsis, NotImplemented } from './descr';
import { excClasses, excClass, newException, pyErr } from './exceptions';
import { formatValue } from './format';
import { hashKey } from './hash';
import { iterate, pyIter, toArray } from './iter';
import type { Interp, Kwargs, PyValue } from './objects';
import {
  PyBytes,
  PyClass,
  PyDict,
  PyExc,
  PyList,
  PyObject,
  PyRange,
  PySet,
  PyTuple,
  PyView,
  STOP,
} from './objects';
import { binop, truthy } from './ops';
import { sortValues } from './sort';
import { toRepr, toStr } from './str';
import { isInstance, typeName, typeOf } from './types';
import { asNum, divmod, toFloat } from './numeric';
import { roundFloat } from './convert';
import { builtinTypes } from './builtin-types';
import { ioBuiltins } from './pyio';

function* len(ip: Interp, v: PyValue): Gen<bigint> {
  if (typeof v === 'string') return BigInt([...v].length);
  if (v instanceof PyList || v instanceof PyTuple) return BigInt(v.items.length);
  if (v instanceof PyDict || v instanceof PySet) return BigInt(v.map.size);
  if (v instanceof PyBytes) return BigInt(v.data.length);
  if (v instanceof PyRange) return v.length;
  if (v instanceof PyView) return BigInt(v.dict.map.size);
  if (v instanceof PyObject) {
    const f = typeOf(v).lookup('__len__');
    if (f !== undefined) {
      const n = yield* ip.call(f, [v]);
      if (typeof n !== 'bigint')
        throw pyErr('TypeError', `'${typeName(n)}' object cannot be interpreted as an integer`);
      return n;
    }
  }
  throw pyErr('TypeError', `object of type '${typeName(v)}' has no len()`);
}

function* minmax(ip: Interp, name: string, args: PyValue[], kw: Kwargs | null): Gen<PyValue> {
  const key = kwArg(kw, 'key', null);
  const dflt = kw?.get('default');
  if (args.length === 0) throw pyErr('TypeError', `${name} expected at least 1 argument, got 0`);
  const items = args.length === 1 ? yield* toArray(ip, args[0]!) : args;
  if (items.length === 0) {
    if (dflt !== undefined) return dflt;
    throw pyErr('ValueError', `${name}() arg is an empty sequence`);
  }
  const keys: PyValue[] = [];
  for (const x of items) keys.push(key === null ? x : yield* ip.call(key, [x]));
  const order = yield* sortValues(
    ip,
    items.map((_, i) => BigInt(i)),
    keys,
    name === 'max',
  );
  return items[Number(order[0] as bigint)]!;
}

function* print(ip: Interp, args: PyValue[], kw: Kwargs | null): Gen<PyValue> {
  const sep = kwArg(kw, 'sep', null);
  const end = kwArg(kw, 'end', null);
  for (const [k, v] of [
    ['sep', sep],
    ['end', end],
  ] as const) {
    if (v !== null && typeof v !== 'string')
      throw pyErr('TypeError', `${k} must be None or a string, not ${typeName(v)}`);
  }
  let file = kwArg(kw, 'file', null);
  if (file === null) file = ip.modules.get('sys')?.dict.get('stdout') ?? null;
  if (file === null) return null;
  const parts: string[] = [];
  for (const a of args) parts.push(yield* toStr(ip, a));
  const text = parts.join(typeof sep === 'string' ? sep : ' ') + (typeof end === 'string' ? end : '\n');
  yield* ip.call(yield* getattr(ip, file, 'write'), [text]);
  if (yield* truthy(ip, kwArg(kw, 'flush', false))) yield* ip.call(yield* getattr(ip, file, 'flush'), []);
  return null;
}

function* sorted(ip: Interp, args: PyValue[], kw: Kwargs | null): Gen<PyValue> {
  arity('sorted', args, 1);
  const items = yield* toArray(ip, args[0]!);
  return new PyList(yield* sortList(ip, items, kw));
}

export function* sortList(ip: Interp, items: PyValue[], kw: Kwargs | null): Gen<PyValue[]> {
  const key = kwArg(kw, 'key', null);
  const keys: PyValue[] = [];
  for (const x of items) keys.push(key === null ? x : yield* ip.call(key, [x]));
  return yield* sortValues(ip, items, keys, yield* truthy(ip, kwArg(kw, 'reverse', false)));
}

function* isinst(ip: Interp, v: PyValue, spec: PyValue, sub: boolean): Gen<boolean> {
  if (spec instanceof PyTuple) {
    for (const s of spec.items) if (yield* isinst(ip, v, s, sub)) return true;
    return false;
  }
  const name = sub ? 'issubclass' : 'isinstance';
  if (!(spec instanceof PyClass))
    throw pyErr('TypeError', `${name}() arg 2 must be a type, a tuple of types, or a union`);
  if (sub) {
    if (!(v instanceof PyClass)) throw pyErr('TypeError', 'issubclass() arg 1 must be a class');
    return v.isSubclass(spec);
  }
  return isInstance(v, spec);
}

function* sum(ip: Interp, args: PyValue[], kw: Kwargs | null): Gen<PyValue> {
  let acc = args.length > 1 ? args[1]! : kwArg(kw, 'start', 0n);
  if (typeof acc === 'string') throw pyErr('TypeError', "sum() can't sum strings [use ''.join(seq) instead]");
  const next = yield* iterate(ip, args[0]!);
  for (;;) {
    const x = yield* next();
    if (x === STOP) return acc;
    acc = yield* binop(ip, '+', acc, x);
  }
}

function* anyAll(ip: Interp, v: PyValue, want: boolean): Gen<boolean> {
  const next = yield* iterate(ip, v);
  for (;;) {
    const x = yield* next();
    if (x === STOP) return !want;
    if ((yield* truthy(ip, x)) === want) return want;
  }
}

function* round(ip: Interp, args: PyValue[]): Gen<PyValue> {
  const x = args[0]!;
  const nd = args.length > 1 && args[1] !== null ? toInt(args[1]!) : null;
  if (typeof x === 'number') return roundFloat(x, nd === null ? null : Number(nd));
  if (typeof x === 'bigint' || typeof x === 'boolean') {
    const v = typeof x === 'boolean' ? (x ? 1n : 0n) : x;
    if (nd === null || nd >= 0n) return v;
    const p = 10n ** -nd;
    const [q, r] = [v / p, v % p];
    return (
      (2n * (r < 0n ? -r : r) > p || (2n * (r < 0n ? -r : r) === p && q % 2n !== 0n)
        ? q + (v < 0n ? -1n : 1n)
        : q) * p
    );
  }
  const f = typeOf(x).lookup('__round__');
  if (f !== undefined) return yield* ip.call(f, args);
  throw pyErr('TypeError', `type ${typeName(x)} doesn't define __round__ method`);
}

function numArg(name: string, v: PyValue): bigint | number {
  const n = asNum(v);
  if (n === undefined) throw pyErr('TypeError', `bad operand type for ${name}(): '${typeName(v)}'`);
  return n;
}

function radix(prefix: string, base: number) {
  return function* (_ip: Interp, args: PyValue[]): Gen<PyValue> {
    arity(prefix === '0x' ? 'hex' : prefix === '0o' ? 'oct' : 'bin', args, 1);
    const n = toInt(args[0]!);
    return (n < 0n ? '-' : '') + prefix + (n < 0n ? -n : n).toString(base);
  };
}

export function makeBuiltins(): Map<string, PyValue> {
  const b = new Map<string, PyValue>();
  const def = (name: string, f: (ip: Interp, args: PyValue[], kw: Kwargs | null) => Gen<PyValue>): void => {
    b.set(name, fn(name, f));
  };
  def('print', print);
  def('len', function* (ip, args, kw) {
    noKw('len', kw);
    arity('len', args, 1);
    return yield* len(ip, args[0]!);
  });
  def('repr', function* (ip, args) {
    arity('repr', args, 1);
    return yield* toRepr(ip, args[0]!);
  });
  def('ascii', function* (ip, args) {
    const r = yield* toRepr(ip, args[0]!);
    return [...r]
      .map((c) => (c.charCodeAt(0) < 0x80 ? c : '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')))
      .join('');
  });
  def('format', function* (ip, args) {
    return yield* formatValue(ip, args[0]!, args.length > 1 ? yield* toStr(ip, args[1]!) : '');
  });
  def('sorted', sorted);
  def('min', (ip, args, kw) => minmax(ip, 'min', args, kw));
  def('max', (ip, args, kw) => minmax(ip, 'max', args, kw));
  def('sum', sum);
  def('any', (ip, args) => anyAll(ip, args[0]!, true));
  def('all', (ip, args) => anyAll(ip, args[0]!, false));
  def('round', round);
  def('abs', function* (ip, args) {
    arity('abs', args, 1);
    const x = args[0]!;
    if (x instanceof PyObject) {
      const f = typeOf(x).lookup('__abs__');
      if (f !== undefined) return yield* ip.call(f, [x]);
    }
    const n = numArg('abs', x);
    return typeof n === 'bigint' ? (n < 0n ? -n : n) : Math.abs(n);
  });
  def('divmod', function* (_ip, args) {
    arity('divmod', args, 2);
    return new PyTuple(divmod(numArg('divmod', args[0]!), numArg('divmod', args[1]!)));
  });
  def('pow', function* (ip, args) {
    if (args.length === 3) {
      const m = toInt(args[2]!);
      let [base, e] = [toInt(args[0]!), toInt(args[1]!)];
      let r = 1n;
      base %= m;
      for (; e > 0n; e >>= 1n, base = (base * base) % m) if (e & 1n) r = (r * base) % m;
      return ((r % m) + m) % m;
    }
    return yield* binop(ip, '**', args[0]!, args[1]!);
  });
  def('isinstance', function* (ip, args) {
    arity('isinstance', args, 2);
    return yield* isinst(ip, args[0]!, args[1]!, false);
  });
  def('issubclass', function* (ip, args) {
    arity('issubclass', args, 2);
    return yield* isinst(ip, args[0]!, args[1]!, true);
  });
  def('hash', function* (_ip, args) {
    const k = hashKey(args[0]!);
    const v = args[0]!;
    const n = typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : asNum(v);
    if (n !== undefined && typeof n === 'bigint') return n === -1n ? -2n : n;
    let h = 0n;
    for (const ch of k) h = (h * 1000003n + BigInt(ch.charCodeAt(0))) & 0x7fffffffffffffffn;
    return h;
  });
  def('id', function* (_ip, args) {
    const v = args[0]!;
    return v instanceof PyObject
      ? 140000000000000n + BigInt(v.id) * 64n
      : 94000000000000n + BigInt(hashKey(v).length);
  });
  def('callable', function* (_ip, args) {
    const v = args[0]!;
    return (
      v instanceof PyObject &&
      (v.cls.name.includes('function') ||
        v.cls.name === 'method' ||
        v instanceof PyClass ||
        typeOf(v).lookup('__call__') !== undefined)
    );
  });
  def('chr', function* (_ip, args) {
    const n = toInt(args[0]!);
    if (n < 0n || n > 0x10ffffn) throw pyErr('ValueError', 'chr() arg not in range(0x110000)');
    return String.fromCodePoint(Number(n));
  });
  def('ord', function* (_ip, args) {
    const s = args[0]!;
    const chars =
      typeof s === 'string'
        ? [...s]
        : s instanceof PyBytes
          ? [...s.data].map((x) => String.fromCharCode(x))
          : null;
    if (chars === null)
      throw pyErr('TypeError', `ord() expected string of length 1, but ${typeName(s)} found`);
    if (chars.length !== 1)
      throw pyErr('TypeError', `ord() expected a character, but string of length ${chars.length} found`);
    return BigInt(chars[0]!.codePointAt(0)!);
  });
  def('hex', radix('0x', 16));
  def('oct', radix('0o', 8));
  def('bin', radix('0b', 2));
  def('getattr', function* (ip, args) {
    const name = args[1];
    if (typeof name !== 'string') throw pyErr('TypeError', 'attribute name must be string');
    if (args.length > 2) return (yield* getattrOpt(ip, args[0]!, name)) ?? args[2]!;
    return yield* getattr(ip, args[0]!, name);
  });
  def('setattr', function* (ip, args) {
    yield* setattr(ip, args[0]!, String(args[1]), args[2]!);
    return null;
  });
  def('delattr', function* (ip, args) {
    yield* delattr(ip, args[0]!, String(args[1]));
    return null;
  });
  def('hasattr', function* (ip, args) {
    try {
      return (yield* getattr(ip, args[0]!, String(args[1]))) !== undefined;
    } catch (e) {
      if (e instanceof PyExc && e.value.type.name === 'AttributeError') return false;
      throw e;
    }
  });
  def('iter', function* (ip, args) {
    arity('iter', args, 1, 2);
    return pyIter(yield* iterate(ip, args[0]!), 'iterator');
  });
  def('next', function* (ip, args) {
    arity('next', args, 1, 2);
    const it = args[0]!;
    const nxt = typeOf(it).lookup('__next__');
    let x: PyValue | typeof STOP;
    if (it instanceof PyObject && 'next' in it && typeof it.next === 'function')
      x = yield* (it.next as () => Gen<PyValue | typeof STOP>)();
    else if (nxt !== undefined) x = yield* ip.call(nxt, [it]);
    else throw pyErr('TypeError', `'${typeName(it)}' object is not an iterator`);
    if (x !== STOP) return x;
    if (args.length > 1) return args[1]!;
    throw new PyExc(newException(excClass('StopIteration'), []));
  });
  for (const [k, v] of excClasses) b.set(k, v);
  b.set('NotImplemented', NotImplemented);
  b.set('Ellipsis', Ellipsis);
  builtinTypes(b);
  ioBuiltins(b);
  return b;
}

export function* toFloatArg(v: PyValue): Gen<number> {
  const n = asNum(v);
  if (n === undefined) throw pyErr('TypeError', `must be real number, not ${typeName(v)}`);
  return toFloat(n);
}
