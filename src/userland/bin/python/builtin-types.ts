// Constructors of the builtin types (int("3"), list(x), dict(a=1), range(...), type(x)...) and the
// builtins that are classes in CPython (enumerate, zip, map, filter, reversed, super...).

import type { Gen } from '../../sys';
import { arity, fn, kwArg, toInt } from './args';
import {
  PyProperty,
  PySuper,
  PyWrapped,
  classmethodType,
  propertyType,
  staticmethodType,
  superType,
} from './descr';
import { BaseException, SystemExit, initException, newException, pyErr } from './exceptions';
import { floatToInt, parseFloat_, parseInt_ } from './convert';
import { hashKey } from './hash';
import { iterate, pyIter, toArray } from './iter';
import type { Interp, Kwargs, NativeFn, PyValue } from './objects';
import {
  PyBuiltin,
  PyBytes,
  PyClass,
  PyDict,
  PyExc,
  PyInstance,
  PyList,
  PyObject,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  STOP,
} from './objects';
import { truthy } from './ops';
import { toStr } from './str';
import * as T from './types';
import { dictUpdate, installMethods } from './methods';
import { decodeBytes, encodeStr } from './bytes';
import { typeName } from './types';

function* toIntValue(ip: Interp, v: PyValue, base: PyValue | undefined): Gen<bigint> {
  if (base !== undefined) {
    if (typeof v !== 'string' && !(v instanceof PyBytes))
      throw pyErr('TypeError', "int() can't convert non-string with explicit base");
    return parseInt_(typeof v === 'string' ? v : String.fromCharCode(...v.data), Number(toInt(base)));
  }
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'number') return floatToInt(v);
  if (typeof v === 'string') return parseInt_(v, 10);
  if (v instanceof PyBytes) return parseInt_(String.fromCharCode(...v.data), 10);
  if (v instanceof PyInstance) {
    for (const m of ['__int__', '__index__']) {
      const f = v.type.lookup(m);
      if (f !== undefined) return toInt(yield* ip.call(f, [v]));
    }
  }
  throw pyErr(
    'TypeError',
    `int() argument must be a string, a bytes-like object or a real number, not '${typeName(v)}'`,
  );
}

function* toFloatValue(ip: Interp, v: PyValue): Gen<number> {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'string') return parseFloat_(v);
  if (v instanceof PyInstance) {
    const f = v.type.lookup('__float__');
    if (f !== undefined) {
      const r = yield* ip.call(f, [v]);
      if (typeof r === 'number') return r;
    }
  }
  throw pyErr('TypeError', `float() argument must be a string or a real number, not '${typeName(v)}'`);
}

function* dictFrom(ip: Interp, args: PyValue[], kw: Kwargs | null): Gen<PyDict> {
  const d = new PyDict();
  if (args.length > 0) yield* dictUpdate(ip, d, args[0]!);
  if (kw !== null) for (const [k, v] of kw) d.map.set(hashKey(k), { k, v });
  return d;
}

function* setFrom(ip: Interp, args: PyValue[], frozen: boolean): Gen<PySet> {
  const s = new PySet(frozen);
  if (args.length > 0) for (const x of yield* toArray(ip, args[0]!)) s.map.set(hashKey(x), x);
  return s;
}

function* bytesFrom(ip: Interp, args: PyValue[], kw: Kwargs | null, mutable: boolean): Gen<PyBytes> {
  const v = args[0];
  if (v === undefined) return new PyBytes(new Uint8Array(0), mutable);
  if (typeof v === 'bigint') {
    if (v < 0n) throw pyErr('ValueError', 'negative count');
    const n = Number(v);
    if (n >= 1 << 20) {
      const r = yield* ip.sys.mmap(n);
      if (r < 0) throw pyErr('MemoryError');
    }
    return new PyBytes(new Uint8Array(n), mutable);
  }
  if (typeof v === 'string') {
    const enc = args[1] ?? kwArg(kw, 'encoding', null);
    if (enc === null) throw pyErr('TypeError', 'string argument without an encoding');
    return new PyBytes(encodeStr(v, String(enc)), mutable);
  }
  if (v instanceof PyBytes) return new PyBytes(v.data.slice(), mutable);
  const items = yield* toArray(ip, v);
  const out = new Uint8Array(items.length);
  items.forEach((x, i) => {
    const n = toInt(x);
    if (n < 0n || n > 255n) throw pyErr('ValueError', 'bytes must be in range(0, 256)');
    out[i] = Number(n);
  });
  return new PyBytes(out, mutable);
}

function ctor(cls: PyClass, f: NativeFn): void {
  cls.native = f;
}

function* rangeFrom(args: PyValue[]): Gen<PyRange> {
  if (args.length === 0) throw pyErr('TypeError', 'range expected at least 1 argument, got 0');
  if (args.length > 3) throw pyErr('TypeError', `range expected at most 3 arguments, got ${args.length}`);
  const n = args.map((a) => toInt(a));
  const [start, stop, step] = n.length === 1 ? [0n, n[0]!, 1n] : [n[0]!, n[1]!, n[2] ?? 1n];
  if (step === 0n) throw pyErr('ValueError', 'range() arg 3 must not be zero');
  return new PyRange(start, stop, step);
}

function installCtors(): void {
  ctor(T.intType, (ip, args, kw) =>
    args.length === 0
      ? (function* () {
          return 0n;
        })()
      : toIntValue(ip, args[0]!, args[1] ?? kw?.get('base')),
  );
  ctor(T.floatType, (ip, args) =>
    args.length === 0
      ? (function* () {
          return 0;
        })()
      : toFloatValue(ip, args[0]!),
  );
  ctor(T.boolType, function* (ip, args) {
    return args.length === 0 ? false : yield* truthy(ip, args[0]!);
  });
  ctor(T.strType, function* (ip, args, kw) {
    if (args.length === 0) return '';
    const v = args[0]!;
    const enc = args[1] ?? kwArg(kw, 'encoding', null);
    if (v instanceof PyBytes && enc !== null)
      return decodeBytes(v.data, String(enc), String(args[2] ?? kwArg(kw, 'errors', 'strict')));
    return yield* toStr(ip, v);
  });
  ctor(T.listType, function* (ip, args) {
    return new PyList(args.length === 0 ? [] : yield* toArray(ip, args[0]!));
  });
  ctor(T.tupleType, function* (ip, args) {
    return new PyTuple(args.length === 0 ? [] : yield* toArray(ip, args[0]!));
  });
  ctor(T.dictType, dictFrom);
  ctor(T.setType, (ip, args) => setFrom(ip, args, false));
  ctor(T.frozensetType, (ip, args) => setFrom(ip, args, true));
  ctor(T.bytesType, (ip, args, kw) => bytesFrom(ip, args, kw, false));
  ctor(T.bytearrayType, (ip, args, kw) => bytesFrom(ip, args, kw, true));
  ctor(T.rangeType, (_ip, args) => rangeFrom(args));
  ctor(T.sliceType, function* (_ip, args) {
    const [a, b, c] =
      args.length === 1 ? [null, args[0]!, null] : [args[0] ?? null, args[1] ?? null, args[2] ?? null];
    return new PySlice(a, b, c);
  });
  ctor(T.objectType, function* () {
    return new PyInstance(T.objectType);
  });
  ctor(T.typeType, function* (ip, args) {
    if (args.length === 1) return T.typeOf(args[0]!);
    const [name, bases, ns] = args;
    const bl = bases instanceof PyTuple ? (bases.items.filter((x) => x instanceof PyClass) as PyClass[]) : [];
    const cls = new PyClass(String(name), bl.length === 0 ? [T.objectType] : bl);
    if (ns instanceof PyDict) for (const { k, v } of ns.map.values()) cls.dict.set(String(k), v);
    void ip;
    return cls;
  });
  ctor(propertyType, function* (_ip, args, kw) {
    return new PyProperty(args[0] ?? kwArg(kw, 'fget', null), args[1] ?? kwArg(kw, 'fset', null));
  });
  propertyType.dict.set(
    'setter',
    new PyBuiltin('setter', function* (_ip, args) {
      const p = args[0] as PyProperty;
      return new PyProperty(p.fget, args[1]!);
    }),
  );
  ctor(staticmethodType, function* (_ip, args) {
    return new PyWrapped(args[0]!, 'static');
  });
  ctor(classmethodType, function* (_ip, args) {
    return new PyWrapped(args[0]!, 'class');
  });
  ctor(superType, function* (ip, args) {
    if (args.length >= 1 && args[0] instanceof PyClass) return new PySuper(args[0], args[1] ?? null);
    const fr = ip.frames[ip.frames.length - 1];
    const owner = fr?.fn?.dict.get('__class_owner__');
    if (fr === undefined || !(owner instanceof PyClass)) throw pyErr('RuntimeError', 'super(): no arguments');
    return new PySuper(owner, fr.self);
  });
  BaseException.dict.set(
    '__init__',
    new PyBuiltin('__init__', function* (_ip, args) {
      const self = args[0];
      if (self instanceof PyInstance && self.exc !== null) initException(self, args.slice(1));
      return null;
    }),
  );
  BaseException.dict.set(
    'with_traceback',
    new PyBuiltin('with_traceback', function* (_ip, args) {
      return args[0]!;
    }),
  );
}

function* enumerate_(ip: Interp, args: PyValue[], kw: Kwargs | null): Gen<PyValue> {
  const next = yield* iterate(ip, args[0]!);
  let i = toInt(args[1] ?? kwArg(kw, 'start', 0n));
  return pyIter(function* () {
    const x = yield* next();
    return x === STOP ? STOP : new PyTuple([i++, x]);
  }, 'enumerate');
}

function* zip_(ip: Interp, args: PyValue[], kw: Kwargs | null): Gen<PyValue> {
  const its: (() => Gen<PyValue | typeof STOP>)[] = [];
  for (const a of args) its.push(yield* iterate(ip, a));
  const strict = yield* truthy(ip, kwArg(kw, 'strict', false));
  return pyIter(function* () {
    if (its.length === 0) return STOP;
    const row: PyValue[] = [];
    for (let i = 0; i < its.length; i++) {
      const x = yield* its[i]!();
      if (x === STOP) {
        if (strict && i > 0)
          throw pyErr(
            'ValueError',
            `zip() argument ${i + 1} is shorter than argument${i > 1 ? 's 1-' + i : ' 1'}`,
          );
        return STOP;
      }
      row.push(x);
    }
    return new PyTuple(row);
  }, 'zip');
}

function* map_(ip: Interp, args: PyValue[]): Gen<PyValue> {
  if (args.length < 2) throw pyErr('TypeError', 'map() must have at least two arguments.');
  const f = args[0]!;
  const its: (() => Gen<PyValue | typeof STOP>)[] = [];
  for (const a of args.slice(1)) its.push(yield* iterate(ip, a));
  return pyIter(function* () {
    const row: PyValue[] = [];
    for (const it of its) {
      const x = yield* it();
      if (x === STOP) return STOP;
      row.push(x);
    }
    return yield* ip.call(f, row);
  }, 'map');
}

function* filter_(ip: Interp, args: PyValue[]): Gen<PyValue> {
  arity('filter', args, 2);
  const f = args[0]!;
  const next = yield* iterate(ip, args[1]!);
  return pyIter(function* () {
    for (;;) {
      const x = yield* next();
      if (x === STOP) return STOP;
      if (yield* truthy(ip, f === null ? x : yield* ip.call(f, [x]))) return x;
    }
  }, 'filter');
}

function* reversed_(ip: Interp, args: PyValue[]): Gen<PyValue> {
  arity('reversed', args, 1);
  const v = args[0]!;
  if (
    v instanceof PyObject &&
    !(v instanceof PyList || v instanceof PyTuple || v instanceof PyRange || v instanceof PyBytes)
  ) {
    const f = T.typeOf(v).lookup('__reversed__');
    if (f !== undefined) return yield* ip.call(f, [v]);
    if (v instanceof PyDict)
      return pyIter(arrayIterRev([...v.map.values()].map((e) => e.k)), 'dict_reversekeyiterator');
    throw pyErr('TypeError', `'${typeName(v)}' object is not reversible`);
  }
  if (typeof v !== 'string' && !(v instanceof PyObject))
    throw pyErr('TypeError', `'${typeName(v)}' object is not reversible`);
  const items = yield* toArray(ip, v);
  return pyIter(arrayIterRev(items), v instanceof PyList ? 'list_reverseiterator' : 'reversed');
}

function arrayIterRev(items: PyValue[]): () => Gen<PyValue | typeof STOP> {
  let i = items.length;
  return function* () {
    return i > 0 ? items[--i]! : STOP;
  };
}

function* exit_(_ip: Interp, args: PyValue[]): Gen<PyValue> {
  throw new PyExc(newException(SystemExit, args));
}

export function builtinTypes(b: Map<string, PyValue>): void {
  installCtors();
  installMethods();
  const types = [
    T.intType,
    T.floatType,
    T.boolType,
    T.strType,
    T.listType,
    T.tupleType,
    T.dictType,
    T.setType,
    T.frozensetType,
    T.bytesType,
    T.bytearrayType,
    T.rangeType,
    T.sliceType,
    T.objectType,
    T.typeType,
    propertyType,
    staticmethodType,
    classmethodType,
    superType,
  ];
  for (const t of types) b.set(t.name, t);
  b.set('enumerate', fn('enumerate', enumerate_));
  b.set('zip', fn('zip', zip_));
  b.set('map', fn('map', map_));
  b.set('filter', fn('filter', filter_));
  b.set('reversed', fn('reversed', reversed_));
  b.set('exit', fn('exit', exit_));
  b.set('quit', fn('quit', exit_));
  b.set(
    'dir',
    fn('dir', function* (ip, args) {
      const v = args[0];
      const names = new Set<string>();
      if (v instanceof PyInstance) for (const k of v.dict.keys()) names.add(k);
      if (v instanceof PyObject && 'dict' in v && v.dict instanceof Map && !(v instanceof PyDict))
        for (const k of (v.dict as Map<string, PyValue>).keys()) names.add(k);
      for (const c of T.typeOf(v ?? null).mro) for (const k of c.dict.keys()) names.add(k);
      void ip;
      return new PyList([...names].sort());
    }),
  );
  b.set(
    'vars',
    fn('vars', function* (_ip, args) {
      const v = args[0];
      const d = new PyDict();
      if (v instanceof PyInstance || (v instanceof PyObject && 'dict' in v && v.dict instanceof Map)) {
        for (const [k, x] of (v as PyInstance).dict) d.map.set(hashKey(k), { k, v: x });
      }
      return d;
    }),
  );
}
