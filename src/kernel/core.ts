// The kernel object: all machine state hangs off one KernelCore (no module-level state), built by
// createKernel(). It owns the clock, the task table, namespaces, devices, terminals and the log, and
// offers the services the syscall handlers and filesystems share (waking, signalling, lookups).

import { createRng } from '../lib/rng';
import type { Rng } from '../lib/rng';
import { Clock } from './clock';
import { KernelLog } from './log';
import { DeviceTable } from './tty/devices';
import { Tty } from './tty/tty';
import type { WaitQueue } from './vfs/inode';
import type { Task } from './task/task';
import {
  CgroupNamespace,
  INIT_NS_INO,
  IpcNamespace,
  NetNamespace,
  PidNamespace,
  TimeNamespace,
  UserNamespace,
  UtsNamespace,
} from './ns/nsproxy';
import type { NsProxy } from './ns/nsproxy';
import type { FsContext } from './vfs/lookup';
import { crossMounts } from './vfs/lookup';
import { Mount, MountNamespace } from './vfs/mount';
import { DirInode } from './vfs/inode';
import { Nsfs } from './ns/nsfs';
import { CgroupManager } from './cgroup/manager';
import { createHost } from './cgroup/host';
import type { CgroupHost } from './cgroup/fs';
import type { KernelEvent } from './events';
import type { FsFactory } from './fs/registry';
import { SuperBlock } from './vfs/superblock';
import type { SyscallRequest } from './task/task';
import type { Tracer } from './trace/tracer';

/** An executable's entry point, as the binfmt handler finds it for a file. */
export type ProgramEntry = (
  sys: unknown,
  argv: readonly string[],
  envp: readonly string[],
) => Generator<{ readonly nr: string; readonly args: readonly unknown[] }, number, unknown>;

export interface KernelOptions {
  readonly seed?: number;
  readonly profile?: 'default' | 'hybrid';
  readonly cpus?: number;
  readonly memoryBytes?: number;
  readonly hostname?: string;
  /** Wall-clock time at boot, ms since the epoch (default: a fixed date, for determinism). */
  readonly bootEpochMs?: number;
  /** Resolves the program named in an executable file (see exec.ts); supplied by the world. */
  readonly programs?: (name: string) => ProgramEntry | undefined;
  /** The user-space syscall stubs handed to every program's main. */
  readonly sys?: unknown;
}

/** 2026-11-25T06:41:00Z: a fixed boot time keeps runs reproducible. */
export const DEFAULT_BOOT_EPOCH_MS = 1795588860000;

export const FIRST_DYNAMIC_NS_INUM = 4026532178;

export class KernelCore {
  readonly clock: Clock;
  readonly log = new KernelLog();
  readonly rng: Rng;
  readonly devices: DeviceTable;
  readonly ttys: Tty[] = [];
  /** All live and zombie tasks by global pid. */
  readonly tasks = new Map<number, Task>();
  readonly runQueue: Task[] = [];
  readonly sleepers = new Set<Task>();
  readonly initPidNs = new PidNamespace(INIT_NS_INO.pid, undefined);
  readonly initUts: UtsNamespace;
  readonly initMntNs = new MountNamespace(INIT_NS_INO.mnt);
  readonly initIpc = new IpcNamespace(INIT_NS_INO.ipc);
  readonly initNet = new NetNamespace(INIT_NS_INO.net);
  readonly initUser = new UserNamespace(INIT_NS_INO.user, undefined, 0);
  readonly initCgroupNs = new CgroupNamespace(INIT_NS_INO.cgroup, '/');
  readonly initTime = new TimeNamespace(INIT_NS_INO.time);
  readonly events: KernelEvent[] = [];
  readonly cpus: number;
  readonly memoryBytes: number;
  readonly profile: 'default' | 'hybrid';
  readonly programs: (name: string) => ProgramEntry | undefined;
  readonly sys: unknown;
  /** The task whose syscall is being handled. */
  current: Task | undefined;
  nextMountId = 21;
  /** Scheduler ticks run since boot (for benchmarks). */
  ticks = 0;
  nextPeerGroup = 1;
  /** Filesystem types mount(2) knows, filled at boot (fs/registry.ts). */
  filesystems: Record<string, FsFactory> = {};
  /** The pseudo filesystem anonymous pipes live on, and a mount for paths into it. */
  readonly pipefs: SuperBlock;
  readonly pipeMount: Mount;
  readonly nsfs: Nsfs;
  readonly cgroups: CgroupManager;
  readonly cgroupHost: CgroupHost;
  /**
   * Asked every 256 syscalls: true ends the current slice early so the browser can paint.
   * Simplification: this makes interleavings depend on wall time in the browser (never headless).
   */
  preempt: (() => boolean) | undefined;
  /** System call tracers: ptrace sessions (strace), the trace panel (see trace/tracer.ts). */
  readonly tracers = new Set<Tracer>();
  /** The call each traced task is blocked in, so that its retries are not reported again. */
  readonly traceBlocked = new Map<Task, SyscallRequest>();
  nextAnonMinor = 20;
  /** Inode numbers handed out during the current syscall, not yet attached to a task. */
  readonly reservedInums = new Set<number>();
  /** Upper bound on tasks (kernel.threads-max); fork fails with EAGAIN beyond it. */
  threadsMax = 4096;

  constructor(options: KernelOptions) {
    this.rng = createRng(options.seed ?? 1);
    this.clock = new Clock(options.bootEpochMs ?? DEFAULT_BOOT_EPOCH_MS);
    this.cpus = options.cpus ?? 2;
    this.memoryBytes = options.memoryBytes ?? 23 * 1024 ** 3;
    this.profile = options.profile ?? 'default';
    this.initUts = new UtsNamespace(INIT_NS_INO.uts, options.hostname ?? 'glasshouse');
    this.programs = options.programs ?? (() => undefined);
    this.sys = options.sys;
    this.devices = new DeviceTable(this);
    this.pipefs = new SuperBlock(this, 'pipefs', 0x0c, 0x50495045, 4026531900);
    this.pipefs.root = new DirInode(this.pipefs, 1, 0o040700);
    this.pipeMount = new Mount(
      0,
      this.pipefs,
      this.pipefs.root,
      undefined,
      undefined,
      0,
      'pipefs',
      this.initMntNs,
    );
    this.nsfs = new Nsfs(this);
    this.cgroups = new CgroupManager(this.profile);
    this.cgroupHost = createHost(this, this.cgroups);
  }

  /** Memory in use: a fixed kernel baseline plus every task's resident memory. */
  memoryUsedBytes(): number {
    let rss = 0;
    for (const t of this.tasks.values()) rss += t.rssBytes;
    return 160 * 1024 * 1024 + rss;
  }

  /** The task's cgroup path in the unified hierarchy. */
  cgroupPathOf(task: Task): string {
    return this.cgroups.cgroupOf(task, this.cgroups.unified).path();
  }

  /** /proc/PID/cgroup lines for a task, as the current reader sees them (its cgroup namespace). */
  cgroupLines(task: Task): string {
    const reader = this.current ?? task;
    return this.cgroups.procLines(task, reader.ns.cgroup.root);
  }

  /** Make a task runnable again (after a wait queue fired or a signal arrived). */
  wake(task: Task): void {
    if (task.state !== 'S') return;
    if (task.waitingOn) task.waitingOn.waiters.delete(task);
    task.waitingOn = undefined;
    this.sleepers.delete(task);
    task.sleepUntilNs = undefined;
    task.state = 'R';
    this.enqueue(task);
  }

  enqueue(task: Task): void {
    if (task.queued) return;
    task.queued = true;
    this.runQueue.push(task);
  }

  wakeAll(q: WaitQueue): void {
    if (q.waiters.size === 0) return;
    for (const t of [...q.waiters]) this.wake(t);
  }

  /** Park the current task until `q` fires (or a signal, or the deadline). */
  sleepOn(task: Task, q: WaitQueue | null, untilNs?: number): void {
    task.state = 'S';
    if (q) {
      task.waitingOn = q;
      q.waiters.add(task);
    }
    if (untilNs !== undefined) {
      task.sleepUntilNs = untilNs;
      this.sleepers.add(task);
    }
  }

  /** Send a signal to the task whose syscall is running (SIGPIPE on a broken pipe). */
  signalCurrent(sig: number): void {
    if (this.current) this.sendSignal(this.current, sig);
  }

  /** Set by task/signal.ts at boot: queue a signal for a task. */
  sendSignal: (task: Task, sig: number) => void = () => {};

  signalPgrp(pgid: number, sig: number): void {
    for (const t of this.tasks.values()) if (t.pgid === pgid && t.alive) this.sendSignal(t, sig);
  }

  /**
   * A process, group or session id (host numbering) as a task in namespace ns sees it (pid_vnr):
   * 0 when it is not visible there. A group or session whose leader has exited keeps its number.
   */
  idIn(hostId: number, ns: PidNamespace): number {
    const leader = this.tasks.get(hostId);
    if (leader) return leader.pidIn(ns);
    return ns.parent ? 0 : hostId;
  }

  pgrpExists(pgid: number, sid: number): boolean {
    for (const t of this.tasks.values()) if (t.pgid === pgid && t.sid === sid && t.alive) return true;
    return false;
  }

  randomBytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.rng.int(256);
    return out;
  }

  allocTty(): Tty {
    const tty = new Tty(this.ttys.length, this);
    this.ttys.push(tty);
    return tty;
  }

  /** The filesystem context of the first task: / of the initial mount namespace. */
  bootFs(): FsContext {
    const root = crossMounts({ mnt: this.initMntNs.root, inode: this.initMntNs.root.root });
    return { root, cwd: root, umask: 0o022 };
  }

  bootNs(): NsProxy {
    return {
      uts: this.initUts,
      mnt: this.initMntNs,
      ipc: this.initIpc,
      net: this.initNet,
      user: this.initUser,
      cgroup: this.initCgroupNs,
      time: this.initTime,
      pidForChildren: this.initPidNs,
      timeForChildren: this.initTime,
    };
  }

  /**
   * The lowest namespace inode number no live task uses (numbers are reused after a namespace
   * dies, as on Linux). The first one matches the reference host, where early boot had taken the
   * numbers below it.
   */
  allocNsInum(): number {
    const used = new Set<number>(this.reservedInums);
    for (const t of this.tasks.values()) {
      if (!t.alive) continue;
      const n = t.ns;
      for (const ns of [
        n.uts,
        n.mnt,
        n.ipc,
        n.net,
        n.user,
        n.cgroup,
        n.time,
        n.pidForChildren,
        n.timeForChildren,
        t.pidns,
      ]) {
        used.add(ns.inum);
      }
      for (let u = n.user.parent; u; u = u.parent) used.add(u.inum);
      for (let p = t.pidns.parent; p; p = p.parent) used.add(p.inum);
      // A namespace bind-mounted somewhere (ip netns add) stays alive without processes.
      for (const m of n.mnt.mounts()) if (m.sb === this.nsfs.sb) used.add(m.root.ino);
    }
    let inum = FIRST_DYNAMIC_NS_INUM;
    while (used.has(inum)) inum++;
    this.reservedInums.add(inum);
    return inum;
  }

  printk(text: string): void {
    this.log.printk(this.clock.monotonicNs, text);
  }

  emit(event: KernelEvent): void {
    this.events.push(event);
    if (this.events.length > 10000) this.events.splice(0, 5000);
  }
}
