// The cgroup view's memory of the past: snapshots come one at a time, so the view keeps, per cgroup
// path, the counters of the last minute of virtual time and derives rates from them: CPU % of one
// CPU = Δusage_usec / Δtime, throttled periods = Δnr_throttled of Δnr_periods, OOM kills = steps of
// memory.events oom_kill.
//
// A CFS quota lets a group run in bursts (20 ms, then 80 ms throttled), so a rate taken between two
// arbitrary samples jumps between 0 and 40 %. The rate here is taken over a window of about a
// whole number of CFS periods (1–3 s, the sample pair nearest to a multiple of the period), over
// which a throttled group's usage is exactly its quota: the --cpu-quota=20000 loop reads 20 %.

import type { CgroupInfo, CgroupSnapshot } from '../../../world/inspect/types';

export const HISTORY_NS = 60e9;
const MIN_WINDOW_NS = 1e9;
const MAX_WINDOW_NS = 3e9;
const MAX_SAMPLES = 1200;

export interface CgroupSample {
  readonly timeNs: number;
  readonly usageUs: number;
  readonly nrPeriods: number;
  readonly nrThrottled: number;
  readonly throttledUs: number;
  readonly oomKills: number;
  /** cpu quota as % of one CPU, null without a quota. */
  readonly quotaPct: number | null;
  readonly periodUs: number;
}

export interface CgroupHistory {
  readonly samples: Map<string, CgroupSample[]>;
  /** Virtual time each path was first seen (the newest group is the default selection). */
  readonly firstSeenNs: Map<string, number>;
  lastTimeNs: number;
}

export function createHistory(): CgroupHistory {
  return { samples: new Map(), firstSeenNs: new Map(), lastTimeNs: -Infinity };
}

export function quotaPct(c: CgroupInfo): number | null {
  return c.cpu.quotaUs === null ? null : (c.cpu.quotaUs / c.cpu.periodUs) * 100;
}

function sampleOf(timeNs: number, c: CgroupInfo): CgroupSample {
  const { usageUs, nrPeriods, nrThrottled, throttledUs, periodUs } = c.cpu;
  return {
    timeNs,
    usageUs,
    nrPeriods,
    nrThrottled,
    throttledUs,
    periodUs,
    oomKills: c.memory.oomKills,
    quotaPct: quotaPct(c),
  };
}

/** Adds a snapshot (once: the same or an older time is ignored, a machine that restarted clears). */
export function record(h: CgroupHistory, snap: CgroupSnapshot): boolean {
  if (snap.timeNs === h.lastTimeNs) return false;
  if (snap.timeNs < h.lastTimeNs) {
    h.samples.clear();
    h.firstSeenNs.clear();
  }
  h.lastTimeNs = snap.timeNs;
  const live = new Set<string>();
  for (const c of snap.cgroups) {
    live.add(c.path);
    let list = h.samples.get(c.path);
    if (!list) {
      h.samples.set(c.path, (list = []));
      h.firstSeenNs.set(c.path, snap.timeNs);
    }
    list.push(sampleOf(snap.timeNs, c));
    let drop = 0;
    while (drop < list.length - 2 && list[drop]!.timeNs < snap.timeNs - HISTORY_NS) drop++;
    drop = Math.max(drop, list.length - MAX_SAMPLES);
    if (drop > 0) list.splice(0, drop);
  }
  for (const path of [...h.samples.keys()]) {
    if (live.has(path)) continue;
    h.samples.delete(path);
    h.firstSeenNs.delete(path);
  }
  return true;
}

/** Among samples j < i spanning [minNs, maxNs] back, the one nearest a whole number of periods. */
function nearestWholePeriods(
  samples: readonly CgroupSample[],
  i: number,
  minNs: number,
  maxNs: number,
): number {
  const end = samples[i]!;
  const periodNs = end.periodUs * 1000;
  let best = -1;
  let bestErr = Infinity;
  for (let j = i - 1; j >= 0; j--) {
    const span = end.timeNs - samples[j]!.timeNs;
    if (span < minNs) continue;
    if (span > maxNs) break;
    const off = span % periodNs;
    const err = Math.min(off, periodNs - off);
    if (err < bestErr) [best, bestErr] = [j, err];
  }
  return best;
}

/**
 * The earlier sample to take the rate at `i` from: 1–3 s back, nearest a whole number of periods;
 * for a young history 0.5–1 s back; before that none (a burst would read as 100 %).
 */
function windowStart(samples: readonly CgroupSample[], i: number): number {
  const j = nearestWholePeriods(samples, i, MIN_WINDOW_NS, MAX_WINDOW_NS);
  if (j >= 0) return j;
  const end = samples[i]!.timeNs;
  for (let k = i - 1; k >= 0; k--) if (end - samples[k]!.timeNs > MAX_WINDOW_NS) return k;
  return nearestWholePeriods(samples, i, MIN_WINDOW_NS / 2, MIN_WINDOW_NS);
}

/** CPU % of one CPU at sample `i` (null for the first sample). */
export function cpuPctAt(samples: readonly CgroupSample[], i: number): number | null {
  const j = windowStart(samples, i);
  if (j < 0) return null;
  const a = samples[j]!;
  const b = samples[i]!;
  const dt = b.timeNs - a.timeNs;
  return dt > 0 ? ((b.usageUs - a.usageUs) * 1000 * 100) / dt : null;
}

export interface CpuPoint {
  readonly timeNs: number;
  readonly cpuPct: number | null;
  readonly quotaPct: number | null;
  /** Fraction of the CFS periods since the previous sample that were throttled (0–1). */
  readonly throttled: number;
  /** OOM kills since the previous sample. */
  readonly oomKills: number;
}

export function cpuSeries(samples: readonly CgroupSample[]): CpuPoint[] {
  let state = 0;
  return samples.map((s, i) => {
    const prev = i > 0 ? samples[i - 1]! : s;
    const periods = s.nrPeriods - prev.nrPeriods;
    const throttled = s.nrThrottled - prev.nrThrottled;
    // Two samples inside one period: no period ended, the group stays as it was.
    if (periods > 0) state = Math.min(1, throttled / periods);
    else if (throttled > 0) state = 1;
    else if (s.quotaPct === null || i === 0) state = 0;
    return {
      timeNs: s.timeNs,
      cpuPct: cpuPctAt(samples, i),
      quotaPct: s.quotaPct,
      throttled: state,
      oomKills: Math.max(0, s.oomKills - prev.oomKills),
    };
  });
}

/** The latest CPU % of every cgroup with history (for the tree's bars). */
export function latestCpuPct(h: CgroupHistory): Map<string, number> {
  const out = new Map<string, number>();
  for (const [path, list] of h.samples) {
    const pct = list.length > 1 ? cpuPctAt(list, list.length - 1) : null;
    if (pct !== null) out.set(path, pct);
  }
  return out;
}

/**
 * The cgroup charted when the learner has not chosen: the busiest leaf (a group without children:
 * a parent's usage is its children's sum), else the newest.
 */
export function defaultSelection(h: CgroupHistory, cpu: ReadonlyMap<string, number>): string | null {
  const parents = new Set<string>();
  for (const path of h.firstSeenNs.keys()) parents.add(path.slice(0, path.lastIndexOf('/')) || '/');
  let best: string | null = null;
  let bestKey: [number, number] = [-1, -Infinity];
  for (const [path, first] of h.firstSeenNs) {
    if (path === '/' || parents.has(path)) continue;
    const pct = cpu.get(path) ?? 0;
    const key: [number, number] = [pct >= 1 ? Math.round(pct) : 0, first];
    if (key[0] > bestKey[0] || (key[0] === bestKey[0] && key[1] >= bestKey[1])) [best, bestKey] = [path, key];
  }
  return best ?? (h.samples.has('/') ? '/' : null);
}
