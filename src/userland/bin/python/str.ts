// str() and repr() of any value, calling __str__/__repr__ of user classes, with CPython's default
// forms for functions, classes, modules, instances and exceptions.

import type { Gen } from '../../sys';
import { BaseException, KeyError, OSError, pyErr } from './exceptions';
import type { Interp, PyValue } from './objects';
import {
  PyBuiltin,
  PyBytes,
  PyClass,
  PyDict,
  PyFunction,
  PyInstance,
  PyIter,
  PyList,
  PyMethod,
  PyModule,
  PyObject,
  PyRange,
  PySet,
  PySlice,
  PyTuple,
  PyView,
} from './objects';
import { bytesRepr, floatRepr, strRepr } from './reprs';
import { typeName } from './types';

/** A fake but stable address for default reprs. */
export function addr(o: PyObject): string {
  return '0x7f' + (0x3a5c0000 + o.id * 0x40).toString(16).padStart(10, '0');
}

const busy = new Set<number>();

function* userDunder(ip: Interp, v: PyInstance, name: string): Gen<string | undefined> {
  const f = v.type.lookup(name);
  if (f === undefined || !(f instanceof PyFunction)) return undefined;
  const r = yield* ip.call(f, [v]);
  if (typeof r !== 'string') throw pyErr('TypeError', `${name} returned non-string (type ${typeName(r)})`);
  return r;
}

/** str(v) */
export function* toStr(ip: Interp, v: PyValue): Gen<string> {
  if (typeof v === 'string') return v;
  if (v instanceof PyInstance) {
    const s = yield* userDunder(ip, v, '__str__');
    if (s !== undefined) return s;
    if (v.exc !== null) return yield* excStr(ip, v);
  }
  return yield* toRepr(ip, v);
}

/** repr(v) */
export function* toRepr(ip: Interp, v: PyValue): Gen<string> {
  if (v === null) return 'None';
  switch (typeof v) {
    case 'boolean':
      return v ? 'True' : 'False';
    case 'bigint':
      return v.toString();
    case 'number':
      return floatRepr(v);
    case 'string':
      return strRepr(v);
  }
  if (busy.has(v.id)) return v instanceof PyDict ? '{...}' : v instanceof PyList ? '[...]' : '(...)';
  busy.add(v.id);
  try {
    return yield* reprObject(ip, v);
  } finally {
    busy.delete(v.id);
  }
}

function* reprItems(ip: Interp, items: readonly PyValue[]): Gen<string> {
  const out: string[] = [];
  for (const x of items) out.push(yield* toRepr(ip, x));
  return out.join(', ');
}

function* reprObject(ip: Interp, v: PyObject): Gen<string> {
  if (v instanceof PyList) return `[${yield* reprItems(ip, v.items)}]`;
  if (v instanceof PyTuple)
    return v.items.length === 1
      ? `(${yield* toRepr(ip, v.items[0]!)},)`
      : `(${yield* reprItems(ip, v.items)})`;
  if (v instanceof PyDict) {
    const out: string[] = [];
    for (const { k, v: x } of v.map.values()) out.push(`${yield* toRepr(ip, k)}: ${yield* toRepr(ip, x)}`);
    return `{${out.join(', ')}}`;
  }
  if (v instanceof PySet) {
    const body = yield* reprItems(ip, [...v.map.values()]);
    if (v.frozen) return body === '' ? 'frozenset()' : `frozenset({${body}})`;
    return body === '' ? 'set()' : `{${body}}`;
  }
  if (v instanceof PyView) return `dict_${v.kind}([${yield* reprItems(ip, v.items())}])`;
  if (v instanceof PyBytes) return v.mutable ? `bytearray(${bytesRepr(v.data)})` : bytesRepr(v.data);
  if (v instanceof PyInstance) {
    const s = yield* userDunder(ip, v, '__repr__');
    if (s !== undefined) return s;
    if (v.exc !== null) return `${v.type.name}(${yield* reprItems(ip, excArgs(v))})`;
    const r = v.type.lookup('__repr__');
    if (r instanceof PyBuiltin) {
      const x = yield* ip.call(r, [v]);
      if (typeof x === 'string') return x;
    }
    return `<${qualName(v.type)} object at ${addr(v)}>`;
  }
  return simpleRepr(v);
}

function qualName(c: PyClass): string {
  const mod = c.dict.get('__module__');
  return c.builtin || typeof mod !== 'string' || mod === 'builtins' ? c.name : `${mod}.${c.name}`;
}

function simpleRepr(v: PyObject): string {
  if (v instanceof PyClass) return `<class '${qualName(v)}'>`;
  if (v instanceof PyFunction) return `<function ${v.name} at ${addr(v)}>`;
  if (v instanceof PyBuiltin) return `<built-in function ${v.name}>`;
  if (v instanceof PyMethod) {
    const f = v.func;
    if (f instanceof PyBuiltin)
      return `<built-in method ${f.name} of ${typeName(v.self)} object at ${addr(v)}>`;
    const name = f instanceof PyFunction ? f.name : '?';
    const self = v.self instanceof PyObject ? v.self : null;
    const cls = self instanceof PyInstance ? qualName(self.type) : typeName(v.self);
    return `<bound method ${cls}.${name} of <${cls} object at ${self === null ? '0x0' : addr(self)}>>`;
  }
  if (v instanceof PyModule) {
    const file = v.dict.get('__file__');
    return typeof file === 'string'
      ? `<module '${v.name}' from '${file}'>`
      : `<module '${v.name}' (built-in)>`;
  }
  if (v instanceof PyRange)
    return v.step === 1n ? `range(${v.start}, ${v.stop})` : `range(${v.start}, ${v.stop}, ${v.step})`;
  if (v instanceof PySlice) return `slice(${plain(v.start)}, ${plain(v.stop)}, ${plain(v.step)})`;
  if (v instanceof PyIter) return `<${v.typeName} object at ${addr(v)}>`;
  return `<${v.cls.name} object at ${addr(v)}>`;
}

function plain(v: PyValue): string {
  return v === null
    ? 'None'
    : typeof v === 'bigint'
      ? v.toString()
      : typeof v === 'number'
        ? floatRepr(v)
        : typeof v === 'string'
          ? strRepr(v)
          : '?';
}

export function excArgs(e: PyInstance): readonly PyValue[] {
  const a = e.dict.get('args');
  return a instanceof PyTuple ? a.items : [];
}

/** str(exception): BaseException, KeyError and OSError rules. */
export function* excStr(ip: Interp, e: PyInstance): Gen<string> {
  const args = excArgs(e);
  if (e.type.isSubclass(OSError)) {
    const errno = e.dict.get('errno') ?? null;
    const strerror = e.dict.get('strerror') ?? null;
    if (errno !== null && strerror !== null) {
      const head = `[Errno ${yield* toStr(ip, errno)}] ${yield* toStr(ip, strerror)}`;
      const f1 = e.dict.get('filename') ?? null;
      const f2 = e.dict.get('filename2') ?? null;
      if (f1 === null) return head;
      const tail = f2 === null ? '' : ` -> ${yield* toRepr(ip, f2)}`;
      return `${head}: ${yield* toRepr(ip, f1)}${tail}`;
    }
  }
  if (e.type.isSubclass(KeyError) && args.length === 1) return yield* toRepr(ip, args[0]!);
  if (args.length === 0) return '';
  if (args.length === 1) return yield* toStr(ip, args[0]!);
  return yield* toRepr(ip, new PyTuple(args));
}

export function isException(v: PyValue): v is PyInstance {
  return v instanceof PyInstance && v.type.isSubclass(BaseException);
}
