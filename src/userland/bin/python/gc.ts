// CPython closes a file object as soon as nothing refers to it (reference counting), so
// `open(p, "w").write(s)` writes at once. We approximate that: at the end of the statement that
// opened a file, the file is closed unless it is reachable from a live scope.

import type { Frame, PyValue, ScopeLike } from './objects';
import {
  PyClass,
  PyDict,
  PyFunction,
  PyInstance,
  PyList,
  PyMethod,
  PyModule,
  PyObject,
  PySet,
  PyTuple,
} from './objects';

const LIMIT = 200_000;

/** The ids of objects reachable from the interpreter's roots, or null if too many to scan. */
export function reachable(
  frames: readonly Frame[],
  modules: Iterable<PyModule>,
  extra: readonly PyValue[],
): Set<number> | null {
  const seen = new Set<number>();
  const scopes = new Set<ScopeLike>();
  const stack: PyValue[] = [...extra];
  const addScope = (s: ScopeLike | null): void => {
    for (let p = s; p !== null && !scopes.has(p); p = p.parent) {
      scopes.add(p);
      for (const v of p.vars.values()) stack.push(v);
    }
  };
  for (const f of frames) {
    addScope(f.scope);
    stack.push(f.ret, f.self);
  }
  for (const m of modules) stack.push(m);
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (!(v instanceof PyObject) || seen.has(v.id)) continue;
    seen.add(v.id);
    if (seen.size > LIMIT) return null;
    if (v instanceof PyList || v instanceof PyTuple) stack.push(...v.items);
    else if (v instanceof PyDict) for (const e of v.map.values()) stack.push(e.k, e.v);
    else if (v instanceof PySet) stack.push(...v.map.values());
    else if (v instanceof PyInstance || v instanceof PyModule || v instanceof PyClass)
      stack.push(...v.dict.values());
    else if (v instanceof PyMethod) stack.push(v.self, v.func);
    else if (v instanceof PyFunction) {
      stack.push(...v.dict.values(), ...v.defaults);
      addScope(v.scope as ScopeLike);
    }
  }
  return seen;
}
