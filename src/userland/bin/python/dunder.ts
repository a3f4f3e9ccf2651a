// Calling the special methods (__eq__, __add__, __len__...) a user class defines.

import type { Gen } from '../../sys';
import type { Interp, PyValue } from './objects';
import { PyInstance, PyObject } from './objects';

/** Call a dunder method defined by a user class; undefined when there is none. */
export function* dunder(ip: Interp, v: PyValue, name: string, args: PyValue[]): Gen<PyValue | undefined> {
  if (!(v instanceof PyInstance)) return undefined;
  const f = v.type.lookup(name);
  if (f === undefined) return undefined;
  return yield* ip.call(f, [v, ...args]);
}

export function isNotImpl(v: PyValue): boolean {
  return v instanceof PyObject && v.cls.name === 'NotImplementedType';
}
