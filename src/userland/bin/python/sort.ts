// Stable sorting with Python comparisons (a merge sort whose comparisons may call user code),
// used by sorted(), list.sort(), min() and max().

import type { Gen } from '../../sys';
import type { Interp, PyValue } from './objects';
import { order } from './ops';

function* lessThan(ip: Interp, a: PyValue, b: PyValue): Gen<boolean> {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b;
  if (typeof a === 'string' && typeof b === 'string') return a < b;
  if (typeof a === 'number' && typeof b === 'number') return a < b;
  return yield* order(ip, '<', a, b);
}

/** Sort `items` by `keys` (same length); reverse keeps equal items in their original order. */
export function* sortValues(ip: Interp, items: PyValue[], keys: PyValue[], reverse: boolean): Gen<PyValue[]> {
  const idx = items.map((_, i) => i);
  const before = function* (i: number, j: number): Gen<boolean> {
    return reverse ? yield* lessThan(ip, keys[j]!, keys[i]!) : yield* lessThan(ip, keys[i]!, keys[j]!);
  };
  const sorted = yield* mergeSort(idx, before);
  return sorted.map((i) => items[i]!);
}

function* mergeSort(a: number[], before: (i: number, j: number) => Gen<boolean>): Gen<number[]> {
  if (a.length <= 1) return a;
  const mid = a.length >> 1;
  const left = yield* mergeSort(a.slice(0, mid), before);
  const right = yield* mergeSort(a.slice(mid), before);
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if (yield* before(right[j]!, left[i]!)) out.push(right[j++]!);
    else out.push(left[i++]!);
  }
  while (i < left.length) out.push(left[i++]!);
  while (j < right.length) out.push(right[j++]!);
  return out;
}
