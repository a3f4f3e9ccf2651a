// Words and numbers for the cgroup view: names of groups, percentages, sizes, and the one-line
// summary of the CPU chart that screen readers get ("CPU 20 % of one CPU, quota 20 %, throttled in
// 48 of 50 periods").

import { tx } from '../../i18n/react';
import type { CgroupSample, CpuPoint } from './history';

const SUMMARY_WINDOW_NS = 5e9;

/** 'docker-4be182efb42aadf2…scope' → 'docker-4be182efb42a….scope': container ids cut to 12. */
export function shortName(path: string): string {
  if (path === '/') return '/';
  const last = path.slice(path.lastIndexOf('/') + 1);
  return last.replace(/[0-9a-f]{64}/, (id) => `${id.slice(0, 12)}…`);
}

export function depthOf(path: string): number {
  return path === '/' ? 0 : path.split('/').length - 1;
}

export function pct(value: number): string {
  return `${value >= 10 ? Math.round(value) : Number(value.toFixed(1))} %`;
}

export function bytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v >= 100 ? Math.round(v) : Number(v.toFixed(1))} ${units[u]}`;
}

export interface ThrottleCount {
  readonly throttled: number;
  readonly periods: number;
  readonly seconds: number;
}

/** Throttled periods of all periods over about the last 5 s of virtual time. */
export function throttleCount(samples: readonly CgroupSample[]): ThrottleCount | null {
  const last = samples.at(-1);
  if (!last || samples.length < 2) return null;
  let first = samples[0]!;
  for (let i = samples.length - 2; i >= 0; i--) {
    first = samples[i]!;
    if (last.timeNs - first.timeNs >= SUMMARY_WINDOW_NS) break;
  }
  return {
    throttled: last.nrThrottled - first.nrThrottled,
    periods: last.nrPeriods - first.nrPeriods,
    seconds: Math.round((last.timeNs - first.timeNs) / 1e9),
  };
}

/** The chart in one sentence. */
export function chartSummary(
  name: string,
  samples: readonly CgroupSample[],
  points: readonly CpuPoint[],
): string {
  const last = points.at(-1);
  if (!last || last.cpuPct === null) return tx('views:cgroups.measuring', { name });
  const parts = [tx('views:cgroups.summaryCpu', { name, pct: pct(last.cpuPct) })];
  parts.push(
    last.quotaPct === null
      ? tx('views:cgroups.noQuota')
      : tx('views:cgroups.quota', { pct: pct(last.quotaPct) }),
  );
  const t = throttleCount(samples);
  if (t && last.quotaPct !== null)
    parts.push(
      tx('views:cgroups.throttledIn', { count: t.throttled, periods: t.periods, seconds: t.seconds }),
    );
  const ooms = points.reduce((n, p) => n + p.oomKills, 0);
  if (ooms > 0) parts.push(tx('views:cgroups.oomKills', { count: ooms }));
  return parts.join(tx('views:cgroups.sep'));
}
