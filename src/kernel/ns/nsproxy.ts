// Namespaces a task belongs to (struct nsproxy, namespaces(7)).
// Simplification (this issue): uts, mount and pid namespaces exist with their initial inode
// numbers; ipc, net, user, cgroup and time namespaces are the initial ones only.

import type { MountNamespace } from '../vfs/mount';
import type { Task } from '../task/task';

/** Initial namespace inode numbers (include/uapi/linux/nsfs.h). */
export const INIT_NS_INO = {
  mnt: 0xeffffff8,
  net: 0xeffffff9,
  time: 0xeffffffa,
  cgroup: 0xeffffffb,
  pid: 0xeffffffc,
  user: 0xeffffffd,
  uts: 0xeffffffe,
  ipc: 0xefffffff,
} as const;

export class UtsNamespace {
  constructor(
    readonly inum: number,
    public hostname: string,
    public domainname = '(none)',
  ) {}
}

/**
 * A pid namespace (pid_namespaces(7)).
 * Invariant: every task visible in this namespace is also visible in all ancestor namespaces;
 * task.pids[level] is its number here.
 */
export class PidNamespace {
  readonly tasks = new Map<number, Task>();
  private lastPid = 0;
  /** The namespace's init (pid 1) once created. */
  init: Task | undefined;

  constructor(
    readonly inum: number,
    readonly parent: PidNamespace | undefined,
    readonly pidMax = 4194304,
  ) {}

  get level(): number {
    return this.parent ? this.parent.level + 1 : 0;
  }

  /** Allocate the next free pid number (wrapping like alloc_pid), or -1 when exhausted. */
  alloc(): number {
    for (let tries = 0; tries < this.pidMax; tries++) {
      this.lastPid = this.lastPid >= this.pidMax - 1 ? 300 : this.lastPid + 1;
      if (!this.tasks.has(this.lastPid)) return this.lastPid;
    }
    return -1;
  }
}

export interface NsProxy {
  uts: UtsNamespace;
  mnt: MountNamespace;
  /** The pid namespace children will be created in (pid_for_children). */
  pidForChildren: PidNamespace;
}
