// The cgroup snapshot: every cgroup with its limits and usage, read straight from the kernel's
// cgroup manager so each number is what the interface files print (cpu.max or cpu.cfs_quota_us,
// cpu.stat, memory.current or memory.usage_in_bytes, memory.events oom_kill, pids.current/max).
// cgroup v2 (profile 'default') is one tree. Under v1 (profile 'hybrid') the cpu, cpuacct, memory
// and pids hierarchies are merged by path, as docker puts a container at /docker/<id> in each;
// usage comes from cpuacct as cpuacct.usage does, processes from the cpu hierarchy.
// Cost: one walk per hierarchy and one pass over each cgroup's own tasks (sums go up the tree).
// Simplification: the root, which has no limit files, shows "no limit" and its subtree's totals;
// the cgroup v2 hierarchy of a hybrid machine (/sys/fs/cgroup/unified) is not shown.

import type { Kernel } from '../../kernel';
import type { Cgroup, Hierarchy } from '../../kernel/cgroup/cgroup';
import type { CgroupInfo, CgroupProcess, CgroupSnapshot } from './types';

const DEFAULT_PERIOD_US = 100_000;
const finite = (n: number): number | null => (n === Infinity ? null : n);
const usec = (ns: number): number => Math.floor(ns / 1000);

interface Totals {
  readonly memoryBytes: number;
  readonly tasks: number;
}

/** Subtree totals of every cgroup of a hierarchy: memory (rss) and live tasks. */
function totals(h: Hierarchy): Map<Cgroup, Totals> {
  const out = new Map<Cgroup, Totals>();
  const visit = (g: Cgroup): Totals => {
    let memoryBytes = 0;
    let tasks = 0;
    for (const t of g.procs) {
      if (!t.alive) continue;
      memoryBytes += t.rssBytes;
      tasks++;
    }
    for (const c of g.children.values()) {
      const sub = visit(c);
      memoryBytes += sub.memoryBytes;
      tasks += sub.tasks;
    }
    const mine = { memoryBytes, tasks };
    out.set(g, mine);
    return mine;
  };
  visit(h.root);
  return out;
}

function processesOf(g: Cgroup | undefined): CgroupProcess[] {
  if (!g) return [];
  const out: CgroupProcess[] = [];
  for (const t of g.procs) if (t.alive) out.push({ pid: t.pid, comm: t.comm });
  return out.sort((a, b) => a.pid - b.pid);
}

interface Sources {
  readonly cpu?: Cgroup;
  readonly cpuacct?: Cgroup;
  readonly memory?: Cgroup;
  readonly pids?: Cgroup;
  readonly procs?: Cgroup;
}

function info(path: string, s: Sources, mem: Map<Cgroup, Totals>, pids: Map<Cgroup, Totals>): CgroupInfo {
  const cpu = s.cpu?.cpu;
  const acct = (s.cpuacct ?? s.cpu)?.cpu;
  const processes = processesOf(s.procs);
  return {
    path,
    procs: processes.map((p) => p.pid),
    processes,
    cpu: {
      quotaUs: cpu && cpu.quotaNs >= 0 ? cpu.quotaNs / 1000 : null,
      periodUs: cpu ? cpu.periodNs / 1000 : DEFAULT_PERIOD_US,
      usageUs: acct ? usec(acct.usageNs) : 0,
      nrPeriods: cpu?.nrPeriods ?? 0,
      nrThrottled: cpu?.nrThrottled ?? 0,
      throttledUs: cpu ? usec(cpu.throttledNs) : 0,
    },
    memory: {
      maxBytes: s.memory ? finite(s.memory.memory.maxBytes) : null,
      currentBytes: s.memory ? (mem.get(s.memory)?.memoryBytes ?? 0) : 0,
      oomKills: s.memory?.memory.events.oom_kill ?? 0,
    },
    pids: {
      max: s.pids ? finite(s.pids.pids.max) : null,
      current: s.pids ? (pids.get(s.pids)?.tasks ?? 0) : 0,
    },
  };
}

type Controller = 'cpu' | 'cpuacct' | 'memory' | 'pids';
type Nodes = Partial<Record<Controller, Cgroup>>;

/**
 * The merged tree's cgroups, parents first and siblings by name (code points, as ls in the C
 * locale): one walk over the hierarchies side by side, each path with its cgroup in each.
 */
function walk(path: string, nodes: Nodes, out: [string, Nodes][]): void {
  out.push([path, nodes]);
  const names = new Set<string>();
  for (const g of Object.values(nodes)) for (const name of g.children.keys()) names.add(name);
  for (const name of [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const child: Nodes = {};
    for (const [c, g] of Object.entries(nodes) as [Controller, Cgroup][]) {
      const sub = g.children.get(name);
      if (sub) child[c] = sub;
    }
    walk(path === '/' ? `/${name}` : `${path}/${name}`, child, out);
  }
}

export function cgroups(kernel: Kernel): CgroupSnapshot {
  const core = kernel.core;
  const manager = core.cgroups;
  const base = { timeNs: kernel.nowNs, cpus: core.cpus, memoryBytes: core.memoryBytes };
  const v1 = manager.v1.length > 0;
  const find = (c: Controller): Hierarchy | undefined =>
    v1 ? manager.v1.find((h) => h.controllers[0] === c) : manager.unified;
  const roots: Nodes = {};
  for (const c of ['cpu', 'cpuacct', 'memory', 'pids'] as const) {
    const h = find(c);
    if (h) roots[c] = h.root;
  }
  const memTotals = totals(find('memory') ?? manager.unified);
  const pidTotals = v1 ? totals(find('pids') ?? manager.unified) : memTotals;
  const walked: [string, Nodes][] = [];
  walk('/', roots, walked);
  const list = walked.map(([path, n]) => {
    const procs = n.cpu ?? n.cpuacct ?? n.memory ?? n.pids;
    return info(path, { ...n, ...(procs ? { procs } : {}) }, memTotals, pidTotals);
  });
  return { ...base, version: v1 ? 1 : 2, cgroups: list };
}
