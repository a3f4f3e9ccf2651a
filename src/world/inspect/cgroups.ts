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

function byPath(h: Hierarchy | undefined): Map<string, Cgroup> {
  const out = new Map<string, Cgroup>();
  if (h) for (const g of h.root.subtree()) out.set(g.path(), g);
  return out;
}

/** Parents before children, siblings by name: depth-first order of the tree. */
function comparePaths(a: string, b: string): number {
  if (a === '/') return b === '/' ? 0 : -1;
  if (b === '/') return 1;
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const c = (x[i] ?? '').localeCompare(y[i] ?? '');
    if (c !== 0) return c;
  }
  return x.length - y.length;
}

export function cgroups(kernel: Kernel): CgroupSnapshot {
  const core = kernel.core;
  const manager = core.cgroups;
  const base = { timeNs: kernel.nowNs, cpus: core.cpus, memoryBytes: core.memoryBytes };
  if (manager.v1.length === 0) {
    const t = totals(manager.unified);
    const list = [...manager.unified.root.subtree()].map((g) =>
      info(g.path(), { cpu: g, memory: g, pids: g, procs: g }, t, t),
    );
    return { ...base, version: 2, cgroups: list.sort((a, b) => comparePaths(a.path, b.path)) };
  }
  const find = (c: string): Hierarchy | undefined => manager.v1.find((h) => h.controllers[0] === c);
  const [cpu, cpuacct, memory, pids] = ['cpu', 'cpuacct', 'memory', 'pids'].map((c) => byPath(find(c)));
  const memTotals = totals(find('memory') ?? manager.unified);
  const pidTotals = totals(find('pids') ?? manager.unified);
  const paths = new Set([...cpu!.keys(), ...cpuacct!.keys(), ...memory!.keys(), ...pids!.keys()]);
  const list = [...paths].sort(comparePaths).map((path) => {
    const s: Sources = {
      ...optional('cpu', cpu!.get(path)),
      ...optional('cpuacct', cpuacct!.get(path)),
      ...optional('memory', memory!.get(path)),
      ...optional('pids', pids!.get(path)),
      ...optional('procs', cpu!.get(path) ?? cpuacct!.get(path) ?? memory!.get(path) ?? pids!.get(path)),
    };
    return info(path, s, memTotals, pidTotals);
  });
  return { ...base, version: 1, cgroups: list };
}

function optional<K extends keyof Sources>(key: K, g: Cgroup | undefined): Partial<Sources> {
  return g ? { [key]: g } : {};
}
