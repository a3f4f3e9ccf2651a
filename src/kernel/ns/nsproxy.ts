// Namespaces a task belongs to (struct nsproxy, namespaces(7)): one object per namespace, each
// with the inode number /proc/PID/ns/* shows. Initial namespaces have the fixed numbers of
// include/uapi/linux/nsfs.h; new ones get numbers from 0xF0000000 up.
// Simplification: inode numbers of dead namespaces are not reused.

import type { MountNamespace } from '../vfs/mount';
import type { Task } from '../task/task';
import { SysvIpc } from '../ipc/sysv';
import type { NetStack } from '../net/stack';

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

export type NsType = 'cgroup' | 'ipc' | 'mnt' | 'net' | 'pid' | 'time' | 'user' | 'uts';

/** Something /proc/PID/ns/TYPE can point at. */
export interface Namespace {
  readonly inum: number;
}

export class UtsNamespace {
  constructor(
    readonly inum: number,
    public hostname: string,
    public domainname = '(none)',
    /** The user namespace that owns it (undefined: the initial one). */
    readonly owner?: UserNamespace,
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
  /** Set when init has exited: fork in this namespace then fails with ENOMEM. */
  dead = false;

  constructor(
    readonly inum: number,
    readonly parent: PidNamespace | undefined,
    readonly pidMax = 4194304,
    readonly owner?: UserNamespace,
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

export class IpcNamespace {
  /** Its System V message queues, shared memory segments and semaphore sets. */
  readonly sysv = new SysvIpc();

  constructor(
    readonly inum: number,
    readonly owner?: UserNamespace,
  ) {}
}

/** A network namespace: its devices, addresses, routes and sockets are its stack (net/stack.ts). */
export class NetNamespace {
  /** Created on first use by net/index.ts stackOf(). */
  stack: NetStack | undefined;

  constructor(
    readonly inum: number,
    readonly owner?: UserNamespace,
  ) {}
}

export interface IdMapping {
  readonly inside: number;
  readonly outside: number;
  readonly count: number;
}

/** user_namespaces(7): id maps are written once; unmapped ids read as the overflow id 65534. */
export class UserNamespace {
  uidMap: IdMapping[] | undefined;
  gidMap: IdMapping[] | undefined;
  setgroups: 'allow' | 'deny' = 'allow';

  constructor(
    readonly inum: number,
    readonly parent: UserNamespace | undefined,
    /** euid of the creator, in the parent namespace. */
    readonly owner: number,
  ) {
    if (!parent) {
      this.uidMap = [{ inside: 0, outside: 0, count: 4294967295 }];
      this.gidMap = [{ inside: 0, outside: 0, count: 4294967295 }];
    }
  }

  get level(): number {
    return this.parent ? this.parent.level + 1 : 0;
  }
}

export class CgroupNamespace {
  constructor(
    readonly inum: number,
    /** The cgroup path that is "/" inside (cgroup_namespaces(7)). */
    readonly root: string,
    readonly owner?: UserNamespace,
  ) {}
}

export class TimeNamespace {
  monotonicOffsetNs = 0;
  boottimeOffsetNs = 0;
  /** Offsets can be written only until a process enters. */
  entered = false;

  constructor(
    readonly inum: number,
    readonly owner?: UserNamespace,
  ) {}
}

export interface NsProxy {
  uts: UtsNamespace;
  mnt: MountNamespace;
  ipc: IpcNamespace;
  net: NetNamespace;
  user: UserNamespace;
  cgroup: CgroupNamespace;
  time: TimeNamespace;
  /** The pid namespace children will be created in (pid_for_children). */
  pidForChildren: PidNamespace;
  /** The time namespace children will be created in (time_for_children). */
  timeForChildren: TimeNamespace;
}

/** The deepest pid or user namespace nesting below the initial one (ENOSPC beyond). */
export const MAX_NS_LEVEL = 32;
