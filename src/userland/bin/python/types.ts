// The builtin type objects of the python3 engine (object, type, int, str, list...) and type(x).
// Methods are attached to these classes' dicts by the *-methods.ts files.

import type { PyValue } from './objects';
import { PyClass, PyObject, reg, setTypeType } from './objects';

export const objectType = new PyClass('object', [], new Map(), true);
export const typeType = new PyClass('type', [objectType], new Map(), true);
setTypeType(typeType);

function builtin(name: string, base: PyClass = objectType): PyClass {
  return new PyClass(name, [base], new Map(), true);
}

export const noneType = builtin('NoneType');
export const intType = builtin('int');
export const boolType = builtin('bool', intType);
export const floatType = builtin('float');
export const strType = builtin('str');
export const listType = builtin('list');
export const tupleType = builtin('tuple');
export const dictType = builtin('dict');
export const setType = builtin('set');
export const frozensetType = builtin('frozenset');
export const bytesType = builtin('bytes');
export const bytearrayType = builtin('bytearray');
export const functionType = builtin('function');
export const builtinFnType = builtin('builtin_function_or_method');
export const methodType = builtin('method');
export const moduleType = builtin('module');
export const rangeType = builtin('range');
export const sliceType = builtin('slice');
export const generatorType = builtin('generator');

const iterTypes = new Map<string, PyClass>();
reg.list = listType;
reg.tuple = tupleType;
reg.dict = dictType;
reg.set = setType;
reg.frozenset = frozensetType;
reg.bytes = bytesType;
reg.bytearray = bytearrayType;
reg.function = functionType;
reg.builtin = builtinFnType;
reg.method = methodType;
reg.module = moduleType;
reg.range = rangeType;
reg.slice = sliceType;
reg.iterator = (name: string): PyClass => {
  if (name === 'generator') return generatorType;
  let t = iterTypes.get(name);
  if (t === undefined) {
    t = builtin(name);
    iterTypes.set(name, t);
  }
  return t;
};

/** type(v) */
export function typeOf(v: PyValue): PyClass {
  if (v === null) return noneType;
  switch (typeof v) {
    case 'boolean':
      return boolType;
    case 'bigint':
      return intType;
    case 'number':
      return floatType;
    case 'string':
      return strType;
    default:
      return v.cls;
  }
}

export function typeName(v: PyValue): string {
  return typeOf(v).name;
}

export function isInstance(v: PyValue, c: PyClass): boolean {
  if (v instanceof PyObject) return v.cls.isSubclass(c);
  return typeOf(v).isSubclass(c);
}
