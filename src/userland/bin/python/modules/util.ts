// Helpers for the python3 engine's builtin modules (os, sys, time, json, errno, signal).

import type { Gen } from '../../../sys';
import { fn } from '../args';
import { osErr } from '../exceptions';
import type { Interp, Kwargs, PyValue } from '../objects';
import { PyModule } from '../objects';

export type Native = (ip: Interp, args: PyValue[], kw: Kwargs | null) => Gen<PyValue>;

/** The process facts modules need beyond Interp. */
export interface Proc extends Interp {
  readonly argv: readonly string[];
  readonly envp: readonly string[];
  readonly unbuffered: boolean;
}

export function makeModule(
  name: string,
  file: string | null,
  entries: Record<string, PyValue | Native>,
): PyModule {
  const m = new PyModule(name);
  m.dict.set('__name__', name);
  if (file !== null) m.dict.set('__file__', file);
  for (const [k, v] of Object.entries(entries)) m.dict.set(k, typeof v === 'function' ? fn(k, v) : v);
  return m;
}

/** Raise OSError for a negative syscall result. */
export function check(r: number, filename?: PyValue, filename2?: PyValue): number {
  if (r < 0) throw osErr(r, filename, filename2);
  return r;
}
