// Synthetic cgroup snapshots for the cgroup view's bench and tests: a deterministic series as
// world.inspect.cgroups() would give at 8 snapshots a second. The tree is '/', '/system.slice'
// and containers '/system.slice/docker-<id>.scope' (k = 0, 1, …), each with:
//   quota:   k % 3 = 0 → 20 % (20000/100000 µs), 1 → 50 %, 2 → none
//   demand:  k % 4 = 0 → a busy loop (100 %), 1 → 5 %, 2 → 30 %, 3 → idle
//   memory:  8 MiB × (k + 1); memory.max 64 MiB for even k; container 1 is OOM-killed halfway
//   pids:    1 + k % 3 processes; pids.max 20 for even k
// A group whose demand exceeds its quota runs in CFS bursts: quota at the start of each 100 ms
// period, then throttled for the rest, with cpu.stat's nr_periods/nr_throttled/throttled_usec.
// Render: for each snapshot in turn, <CgroupsPanel snapshot={s} /> (src/ui/views/cgroups).

import type { CgroupInfo, CgroupSnapshot } from '../../../src/world/inspect/types';

export const SAMPLE_NS = 125_000_000;
const START_NS = 10e9;
const PERIOD_US = 100_000;
const MIB = 1024 * 1024;

/** A 64-hex container id for container k (a fixed mix of k, like a sha256 digest). */
export function containerId(k: number): string {
  let h = (k + 1) * 2654435761;
  let out = '';
  while (out.length < 64) {
    h = (h * 1103515245 + 12345) % 2147483648;
    out += h.toString(16).padStart(8, '0');
  }
  return out.slice(0, 64);
}

export function containerPath(k: number): string {
  return `/system.slice/docker-${containerId(k)}.scope`;
}

interface Plan {
  readonly quotaPct: number | null;
  readonly demandPct: number;
}

function planOf(k: number): Plan {
  const quotaPct = [20, 50, null][k % 3] ?? null;
  const demandPct = [100, 5, 30, 0][k % 4] ?? 0;
  return { quotaPct, demandPct };
}

/** cpu.stat of a container at time t (µs since the series began). */
function cpuAt(plan: Plan, tUs: number): CgroupInfo['cpu'] {
  const quotaUs = plan.quotaPct === null ? null : (plan.quotaPct * PERIOD_US) / 100;
  const throttled = quotaUs !== null && plan.demandPct > plan.quotaPct!;
  const periods = Math.floor(tUs / PERIOD_US);
  const burst = throttled ? quotaUs : (plan.demandPct * PERIOD_US) / 100;
  const usageUs = periods * burst + Math.min(tUs % PERIOD_US, burst);
  return {
    quotaUs,
    periodUs: PERIOD_US,
    usageUs: Math.floor(usageUs),
    nrPeriods: quotaUs === null || plan.demandPct === 0 ? 0 : periods,
    nrThrottled: throttled ? periods : 0,
    throttledUs: throttled ? periods * (PERIOD_US - quotaUs) : 0,
  };
}

function container(k: number, i: number, samples: number): CgroupInfo {
  const procs = Array.from({ length: 1 + (k % 3) }, (_, j) => 1000 + k * 10 + j);
  const oomKills = k === 1 && i >= Math.floor(samples / 2) ? 1 : 0;
  return {
    path: containerPath(k),
    procs,
    processes: procs.map((pid, j) => ({ pid, comm: j === 0 ? 'sh' : 'sleep' })),
    cpu: cpuAt(planOf(k), (i * SAMPLE_NS) / 1000),
    memory: { maxBytes: k % 2 === 0 ? 64 * MIB : null, currentBytes: 8 * MIB * (k + 1), oomKills },
    pids: { max: k % 2 === 0 ? 20 : null, current: procs.length },
  };
}

function parent(path: string, children: readonly CgroupInfo[], procs: readonly number[]): CgroupInfo {
  const sum = (f: (c: CgroupInfo) => number): number => children.reduce((n, c) => n + f(c), 0);
  return {
    path,
    procs,
    processes: procs.map((pid) => ({ pid, comm: pid === 1 ? 'init' : 'dockerd' })),
    cpu: {
      quotaUs: null,
      periodUs: PERIOD_US,
      usageUs: sum((c) => c.cpu.usageUs),
      nrPeriods: 0,
      nrThrottled: 0,
      throttledUs: 0,
    },
    memory: { maxBytes: null, currentBytes: sum((c) => c.memory.currentBytes), oomKills: 0 },
    pids: { max: null, current: sum((c) => c.pids.current) + procs.length },
  };
}

/** `samples` snapshots of `cgroups` cgroups (at least 3: the root, system.slice, a container). */
export function makeCgroupSnapshots(cgroups: number, samples: number): CgroupSnapshot[] {
  const containers = Math.max(1, cgroups - 2);
  return Array.from({ length: samples }, (_, i) => {
    const leaves = Array.from({ length: containers }, (_, k) => container(k, i, samples));
    leaves.sort((a, b) => a.path.localeCompare(b.path));
    const slice = parent('/system.slice', leaves, []);
    const root = parent('/', [slice], [1, 3]);
    return {
      timeNs: START_NS + i * SAMPLE_NS,
      version: 2,
      cpus: 2,
      memoryBytes: 23 * 1024 * MIB,
      cgroups: [root, slice, ...leaves],
    };
  });
}
