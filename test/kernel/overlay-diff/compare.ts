// Comparing a real and a simulated run, and shrinking a diverging workload to a short one that
// still diverges (drop chunks of operations, then layer entries, while the difference persists).

import { describeOp } from './gen';
import type { Workload } from './gen';
import type { Outcome } from './run';

function diffLines(what: string, real: readonly string[], sim: readonly string[]): string[] {
  const out: string[] = [];
  const realSet = new Set(real);
  const simSet = new Set(sim);
  for (const l of real) if (!simSet.has(l)) out.push(`  ${what} real: ${l}`);
  for (const l of sim) if (!realSet.has(l)) out.push(`  ${what} sim:  ${l}`);
  if (out.length === 0 && real.join('\n') !== sim.join('\n')) out.push(`  ${what}: same lines, other order`);
  return out;
}

/** undefined when both runs agree; otherwise a readable account of the first differences. */
export function compare(w: Workload, real: Outcome, sim: Outcome): string | undefined {
  const out: string[] = [];
  const i = real.results.findIndex((r, k) => r !== sim.results[k]);
  if (i >= 0) {
    out.push(`  op ${i} (${describeOp(w.ops[i]!)}): real ${real.results[i]}, sim ${sim.results[i]}`);
  }
  out.push(...diffLines('merged', real.merged, sim.merged));
  out.push(...diffLines('upper', real.upper, sim.upper));
  out.push(...diffLines('lower', real.lowers, sim.lowers));
  return out.length === 0 ? undefined : out.join('\n');
}

export type Check = (w: Workload) => boolean;

function without<T>(items: readonly T[], from: number, count: number): T[] {
  return [...items.slice(0, from), ...items.slice(from + count)];
}

/** Greedy delta debugging over ops and layer entries; `diverges` must hold for `w`. */
export function shrink(w: Workload, diverges: Check, budget = 400): Workload {
  let best = w;
  let tries = 0;
  const attempt = (cand: Workload): boolean => {
    if (tries++ >= budget) return false;
    try {
      if (!diverges(cand)) return false;
    } catch {
      return false;
    }
    best = cand;
    return true;
  };
  const keys = ['ops', 'upper', 'l1', 'l2'] as const;
  let progress = true;
  while (progress && tries < budget) {
    progress = false;
    for (const key of keys) {
      for (let size = Math.max(1, best[key].length >> 1); size >= 1; size >>= 1) {
        for (let from = 0; from < best[key].length;) {
          const list: readonly unknown[] = best[key];
          if (attempt({ ...best, [key]: without(list, from, size) })) progress = true;
          else from += size;
        }
      }
    }
  }
  return best;
}
