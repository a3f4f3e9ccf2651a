// The cgroup state of a machine: its hierarchies (per boot profile), membership of tasks, and the
// hooks the rest of the kernel calls: fork (inherit, pids limit), exit, CPU charging and
// throttling for the scheduler, memory charging with the OOM killer.

import { EAGAIN } from '../abi/errno';
import type { Task } from '../task/task';
import type { Cgroup } from './cgroup';
import { Hierarchy, V2_CONTROLLER_ORDER } from './cgroup';

/** v1 hierarchies of the reference host, by hierarchy id (see /proc/self/cgroup there). */
export const HYBRID_V1: ReadonlyArray<readonly [number, string]> = [
  [1, 'cpu'],
  [2, 'cpuacct'],
  [3, 'cpuset'],
  [4, 'memory'],
  [5, 'devices'],
  [6, 'freezer'],
  [7, 'blkio'],
  [8, 'pids'],
  [9, 'name=systemd'],
];

export class CgroupManager {
  readonly unified: Hierarchy;
  readonly v1: Hierarchy[] = [];

  constructor(readonly profile: 'default' | 'hybrid') {
    if (profile === 'hybrid') {
      for (const [id, name] of HYBRID_V1) this.v1.push(new Hierarchy(id, 1, [name]));
      this.unified = new Hierarchy(0, 2, ['hugetlb']);
    } else {
      this.unified = new Hierarchy(0, 2, V2_CONTROLLER_ORDER);
      for (const c of ['cpuset', 'cpu', 'io', 'memory', 'pids']) this.unified.root.subtreeControl.add(c);
    }
  }

  /** Every hierarchy, in /proc/PID/cgroup order (v1 by descending id, then the unified line). */
  all(): Hierarchy[] {
    return [...[...this.v1].sort((a, b) => b.id - a.id), this.unified];
  }

  cgroupOf(t: Task, h: Hierarchy): Cgroup {
    return t.cgroups.get(h) ?? h.root;
  }

  /** The hierarchy and cgroup where `controller` governs the task (undefined if none). */
  controlling(t: Task, controller: string): Cgroup[] {
    const v1 = this.v1.find((h) => h.controllers.includes(controller));
    const leaf = this.cgroupOf(t, v1 ?? this.unified);
    const chain: Cgroup[] = [];
    for (let g: Cgroup | undefined = leaf; g; g = g.parent) if (g.has(controller)) chain.push(g);
    return chain;
  }

  /** Every cgroup whose CPU usage counters include this task's time. */
  cpuAccounts(t: Task): Cgroup[] {
    const out: Cgroup[] = [];
    const hs = [
      this.unified,
      ...this.v1.filter((h) => h.controllers[0] === 'cpu' || h.controllers[0] === 'cpuacct'),
    ];
    for (const h of hs) for (let g: Cgroup | undefined = this.cgroupOf(t, h); g; g = g.parent) out.push(g);
    return out;
  }

  private restrictions: boolean | undefined;

  /** Limits or freezing changed somewhere (cheap check for the scheduler's fast path). */
  invalidate(): void {
    this.restrictions = undefined;
  }

  /** Whether any cgroup anywhere has a CPU quota or is frozen. */
  anyRestrictions(): boolean {
    if (this.restrictions === undefined) {
      this.restrictions = false;
      for (const h of this.all()) {
        for (const g of h.root.subtree()) if (g.frozen || g.cpu.quotaNs >= 0) this.restrictions = true;
      }
    }
    return this.restrictions;
  }

  /** The cgroups whose CPU bandwidth limits apply to the task. */
  cpuLimits(t: Task): Cgroup[] {
    if (!this.anyRestrictions()) return [];
    return this.controlling(t, 'cpu').filter((g) => g.cpu.quotaNs >= 0);
  }

  isFrozen(t: Task): boolean {
    if (!this.anyRestrictions()) return false;
    if (this.cgroupOf(t, this.unified).isFrozen()) return true;
    const freezer = this.v1.find((h) => h.controllers[0] === 'freezer');
    return freezer ? this.cgroupOf(t, freezer).isFrozen() : false;
  }

  attach(t: Task, g: Cgroup): void {
    const h = g.hierarchy;
    t.cgroups.get(h)?.procs.delete(t);
    t.cgroups.set(h, g);
    g.procs.add(t);
    for (const c of this.controlling(t, 'pids')) c.pids.peak = Math.max(c.pids.peak, count(c));
  }

  /** fork: check pids limits up the tree, then put the child where the parent is. */
  canFork(parent: Task | undefined): number {
    if (!parent) return 0;
    for (const g of this.controlling(parent, 'pids')) {
      if (count(g) + 1 > g.pids.max) {
        g.pids.events++;
        return -EAGAIN;
      }
    }
    return 0;
  }

  inherit(parent: Task | undefined, child: Task): void {
    for (const h of this.all()) this.attach(child, parent ? this.cgroupOf(parent, h) : h.root);
  }

  exit(t: Task): void {
    for (const g of t.cgroups.values()) g.procs.delete(t);
  }

  /** /proc/PID/cgroup as seen by a reader whose cgroup namespace root is `nsRoot` (v2 path). */
  procLines(t: Task, nsRoot: string): string {
    return this.all()
      .map(
        (h) => `${h.id}:${h.label}:${relative(this.cgroupOf(t, h).path(), h.version === 2 ? nsRoot : '/')}\n`,
      )
      .join('');
  }
}

function count(g: Cgroup): number {
  let n = 0;
  for (const _ of g.tasks()) n++;
  return n;
}

/** A cgroup path as seen from inside a cgroup namespace rooted at `root`. */
export function relative(path: string, root: string): string {
  if (root === '/') return path;
  if (path === root) return '/';
  if (path.startsWith(root + '/')) return path.slice(root.length);
  const up = root.split('/').filter(Boolean);
  const down = path.split('/').filter(Boolean);
  let common = 0;
  while (common < up.length && common < down.length && up[common] === down[common]) common++;
  return '/' + [...up.slice(common).map(() => '..'), ...down.slice(common)].join('/');
}
