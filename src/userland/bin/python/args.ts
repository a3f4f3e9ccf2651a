// Argument helpers for builtins written in TypeScript, with CPython's arity messages.

import type { Gen } from '../../sys';
import { pyErr } from './exceptions';
import type { Interp, Kwargs, NativeFn, PyValue, PyClass } from './objects';
import { PyBuiltin } from './objects';
import { typeName } from './types';

/** Check the positional count: "len() takes exactly one argument (2 given)". */
export function arity(name: string, args: readonly PyValue[], min: number, max = min): void {
  if (args.length >= min && args.length <= max) return;
  if (min === max && min === 1)
    throw pyErr('TypeError', `${name}() takes exactly one argument (${args.length} given)`);
  if (min === max && min === 0)
    throw pyErr('TypeError', `${name}() takes no arguments (${args.length} given)`);
  if (args.length < min)
    throw pyErr(
      'TypeError',
      `${name} expected ${min === 1 ? 'at least 1 argument' : `${min} arguments`}, got ${args.length}`,
    );
  throw pyErr(
    'TypeError',
    `${name} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`,
  );
}

export function noKw(name: string, kw: Kwargs | null): void {
  if (kw !== null && kw.size > 0) throw pyErr('TypeError', `${name}() takes no keyword arguments`);
}

export function kwArg(kw: Kwargs | null, name: string, dflt: PyValue): PyValue {
  const v = kw?.get(name);
  return v === undefined ? dflt : v;
}

/** An int argument (bool accepted), else "'str' object cannot be interpreted as an integer". */
export function toInt(v: PyValue): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1n : 0n;
  throw pyErr('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
}

export function toIndex(v: PyValue): number {
  return Number(toInt(v));
}

export function expectStr(fn: string, v: PyValue, what = 'argument'): string {
  if (typeof v !== 'string') throw pyErr('TypeError', `${fn}() ${what} must be str, not ${typeName(v)}`);
  return v;
}

/** A builtin function object. */
export function fn(name: string, f: NativeFn): PyBuiltin {
  return new PyBuiltin(name, f);
}

/** A method on a builtin type: `self` is args[0]. */
export function method(
  cls: PyClass,
  name: string,
  f: (ip: Interp, self: PyValue, args: PyValue[], kw: Kwargs | null) => Gen<PyValue>,
): void {
  cls.dict.set(
    name,
    new PyBuiltin(
      name,
      function* (ip, args, kw) {
        return yield* f(ip, args[0]!, args.slice(1), kw);
      },
      cls.name,
    ),
  );
}
