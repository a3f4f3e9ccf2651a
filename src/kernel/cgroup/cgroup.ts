// Control groups (Documentation/admin-guide/cgroup-v2.rst, cgroup-v1/): trees of groups that
// processes belong to, one tree ("hierarchy") per mounted cgroup filesystem. cgroup v2 has one
// unified hierarchy whose controllers are switched on per subtree; cgroup v1 binds controllers to
// separate hierarchies. Every task is in exactly one cgroup of each hierarchy.
// Invariant: task.cgroups.get(h) === g exactly when g.procs.has(task), for live tasks.

import type { Task } from '../task/task';
import { CpuState } from './cpu';

export type CgroupType = 'domain' | 'threaded' | 'domain threaded' | 'domain invalid';

/** Kernel subsystem order, the order cgroup.controllers lists them in. */
export const V2_CONTROLLER_ORDER = [
  'cpuset',
  'cpu',
  'io',
  'memory',
  'hugetlb',
  'pids',
  'rdma',
  'misc',
] as const;

export class MemoryState {
  maxBytes = Infinity;
  highBytes = Infinity;
  swapMaxBytes = Infinity;
  peakBytes = 0;
  failcnt = 0;
  readonly events = { low: 0, high: 0, max: 0, oom: 0, oom_kill: 0, oom_group_kill: 0 };
}

export class PidsState {
  max = Infinity;
  events = 0;
  peak = 0;
}

export class Cgroup {
  readonly children = new Map<string, Cgroup>();
  readonly procs = new Set<Task>();
  readonly subtreeControl = new Set<string>();
  type: CgroupType = 'domain';
  frozen = false;
  maxDepth = Infinity;
  maxDescendants = Infinity;
  readonly cpu = new CpuState();
  readonly memory = new MemoryState();
  readonly pids = new PidsState();
  cpusetCpus = '';
  cpusetMems = '';
  /** v1 cpu.shares / v2 cpu.weight. */
  shares = 1024;
  weight = 100;

  constructor(
    readonly hierarchy: Hierarchy,
    readonly name: string,
    readonly parent: Cgroup | undefined,
  ) {}

  /** Path from the hierarchy root: "/", "/t1/a". */
  path(): string {
    if (!this.parent) return '/';
    const up = this.parent.path();
    return up === '/' ? `/${this.name}` : `${up}/${this.name}`;
  }

  depth(): number {
    return this.parent ? this.parent.depth() + 1 : 0;
  }

  *subtree(): Generator<Cgroup> {
    yield this;
    for (const c of this.children.values()) yield* c.subtree();
  }

  *tasks(): Generator<Task> {
    for (const g of this.subtree()) for (const t of g.procs) if (t.alive) yield t;
  }

  populated(): boolean {
    return !this.tasks().next().done;
  }

  /** Controllers this cgroup may enable for its children (cgroup.controllers). */
  controllers(): string[] {
    if (!this.parent) return [...this.hierarchy.controllers];
    return V2_CONTROLLER_ORDER.filter((c) => this.parent!.subtreeControl.has(c));
  }

  /** Whether controller `c` governs this cgroup (its files exist here). */
  has(c: string): boolean {
    if (this.hierarchy.version === 1) return this.hierarchy.controllers.includes(c);
    return this.parent !== undefined && this.parent.subtreeControl.has(c);
  }

  isFrozen(): boolean {
    return this.frozen || (this.parent?.isFrozen() ?? false);
  }
}

export class Hierarchy {
  readonly root: Cgroup;

  constructor(
    /** 0 for the unified (v2) hierarchy; v1 hierarchies count from 1. */
    readonly id: number,
    readonly version: 1 | 2,
    /** v1: the controllers bound here ("name=systemd" for a named one); v2: those available. */
    readonly controllers: readonly string[],
  ) {
    this.root = new Cgroup(this, '', undefined);
  }

  /** The name in /proc/PID/cgroup's middle field. */
  get label(): string {
    return this.version === 2 ? '' : this.controllers.join(',');
  }
}
