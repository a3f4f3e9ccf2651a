// Attribute access: instance dicts, class lookup through the MRO with method binding, descriptors
// (property, staticmethod, classmethod), super(), modules, and builtin types' methods.

import type { Gen } from '../../sys';
import { PyProperty, PySuper, PyWrapped } from './descr';
import { pyErr } from './exceptions';
import type { Interp, PyValue } from './objects';
import { PyBuiltin, PyClass, PyFunction, PyInstance, PyMethod, PyModule, PyObject, PyTuple } from './objects';
import { typeName, typeOf } from './types';

/** Bind what a class lookup found to `self` (functions become methods). */
function* bind(ip: Interp, found: PyValue, self: PyValue, cls: PyClass): Gen<PyValue> {
  if (found instanceof PyFunction || found instanceof PyBuiltin) return new PyMethod(self, found);
  if (found instanceof PyProperty) return yield* ip.call(found.fget, [self]);
  if (found instanceof PyWrapped) return found.kind === 'static' ? found.func : new PyMethod(cls, found.func);
  return found;
}

export function* getattr(ip: Interp, v: PyValue, name: string): Gen<PyValue> {
  const r = yield* getattrOpt(ip, v, name);
  if (r !== undefined) return r;
  if (v instanceof PyInstance) {
    const ga = v.type.lookup('__getattr__');
    if (ga !== undefined) return yield* ip.call(ga, [v, name]);
  }
  throw attrError(v, name);
}

export function attrError(v: PyValue, name: string): unknown {
  if (v instanceof PyModule) return pyErr('AttributeError', `module '${v.name}' has no attribute '${name}'`);
  if (v instanceof PyClass)
    return pyErr('AttributeError', `type object '${v.name}' has no attribute '${name}'`);
  return pyErr('AttributeError', `'${typeName(v)}' object has no attribute '${name}'`);
}

/** getattr without the AttributeError: undefined when missing. */
export function* getattrOpt(ip: Interp, v: PyValue, name: string): Gen<PyValue | undefined> {
  if (v instanceof PyInstance) {
    const inClass = v.type.lookup(name);
    if (inClass instanceof PyProperty) return yield* ip.call(inClass.fget, [v]);
    const own = v.dict.get(name);
    if (own !== undefined) return own;
    if (inClass !== undefined) return yield* bind(ip, inClass, v, v.type);
    return special(ip, v, name);
  }
  if (v instanceof PyModule) {
    if (name === '__name__') return v.name;
    if (name === '__dict__') return undefined;
    return v.dict.get(name);
  }
  if (v instanceof PyClass) {
    const f = v.lookup(name);
    if (f instanceof PyWrapped) return f.kind === 'static' ? f.func : new PyMethod(v, f.func);
    if (f !== undefined) return f;
    if (name === '__name__' || name === '__qualname__') return v.name;
    if (name === '__mro__') return new PyTuple(v.mro);
    if (name === '__bases__') return new PyTuple(v.bases);
    if (name === '__class__') return typeOf(v);
    return undefined;
  }
  if (v instanceof PySuper) {
    const t = v.self instanceof PyClass ? v.self : typeOf(v.self);
    const mro = t.mro;
    for (let i = mro.indexOf(v.after) + 1; i < mro.length; i++) {
      const f = mro[i]!.dict.get(name);
      if (f !== undefined) return yield* bind(ip, f, v.self, t);
    }
    return undefined;
  }
  if (v instanceof PyFunction) {
    if (name === '__name__' || name === '__qualname__') return v.name;
    const own = v.dict.get(name);
    if (own !== undefined) return own;
  }
  if (v instanceof PyBuiltin && name === '__name__') return v.name;
  const t = typeOf(v);
  const f = t.lookup(name);
  if (f !== undefined) return yield* bind(ip, f, v, t);
  if (name === '__class__') return t;
  return undefined;
}

function special(ip: Interp, v: PyInstance, name: string): PyValue | undefined {
  void ip;
  if (name === '__class__') return v.type;
  const e = v.exc;
  if (e !== null) {
    if (name === '__cause__') return e.cause;
    if (name === '__context__') return e.context;
    if (name === '__traceback__') return null;
  }
  return undefined;
}

export function* setattr(ip: Interp, o: PyValue, name: string, value: PyValue): Gen<void> {
  if (o instanceof PyInstance) {
    const inClass = o.type.lookup(name);
    if (inClass instanceof PyProperty) {
      if (inClass.fset === null) throw pyErr('AttributeError', `can't set attribute '${name}'`);
      yield* ip.call(inClass.fset, [o, value]);
      return;
    }
    if (o.exc !== null && name === '__cause__') {
      o.exc.cause = value instanceof PyInstance ? value : null;
      o.exc.suppressContext = true;
    }
    o.dict.set(name, value);
    return;
  }
  if (o instanceof PyClass && !o.builtin) {
    o.dict.set(name, value);
    return;
  }
  if (o instanceof PyModule || o instanceof PyFunction) {
    o.dict.set(name, value);
    return;
  }
  if (o instanceof PyClass)
    throw pyErr('TypeError', `cannot set '${name}' attribute of immutable type '${o.name}'`);
  const has = typeOf(o).lookup(name) !== undefined;
  if (has) throw pyErr('AttributeError', `'${typeName(o)}' object attribute '${name}' is read-only`);
  throw pyErr('AttributeError', `'${typeName(o)}' object has no attribute '${name}'`);
}

export function* delattr(ip: Interp, o: PyValue, name: string): Gen<void> {
  void ip;
  if (
    (o instanceof PyInstance ||
      o instanceof PyModule ||
      o instanceof PyFunction ||
      (o instanceof PyClass && !o.builtin)) &&
    o.dict.delete(name)
  )
    return;
  throw attrError(o, name);
}

export function isObject(v: PyValue): v is PyObject {
  return v instanceof PyObject;
}
