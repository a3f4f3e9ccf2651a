// Dict and set keys: a string per hashable value, equal for values Python considers equal
// (1 == 1.0 == True). Simplification: user classes hash by identity (no __hash__/__eq__ keys).

import { pyErr } from './exceptions';
import type { PyValue } from './objects';
import { PyBytes, PyDict, PyList, PySet, PyTuple } from './objects';
import { typeName } from './types';

/** The dict/set key of a hashable value; TypeError for lists, dicts, sets. */
export function hashKey(v: PyValue): string {
  if (v === null) return 'N';
  switch (typeof v) {
    case 'boolean':
      return v ? 'i1' : 'i0';
    case 'bigint':
      return 'i' + v.toString();
    case 'number':
      return Number.isInteger(v) ? 'i' + BigInt(v).toString() : 'f' + String(v);
    case 'string':
      return 's' + v.length + ':' + v;
  }
  if (v instanceof PyTuple) return 't' + v.items.length + '(' + v.items.map(hashKey).join(',') + ')';
  if (v instanceof PyBytes && !v.mutable) return 'b' + v.data.length + ':' + String.fromCharCode(...v.data);
  if (v instanceof PySet && v.frozen) return 'F(' + [...v.map.keys()].sort().join(',') + ')';
  if (v instanceof PyList || v instanceof PyDict || v instanceof PySet || v instanceof PyBytes) {
    throw pyErr('TypeError', `unhashable type: '${typeName(v)}'`);
  }
  return 'o' + v.id;
}
