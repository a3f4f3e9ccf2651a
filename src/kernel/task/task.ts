// Tasks (struct task_struct): one per process (threads are not modelled). A task runs a program
// generator; each yielded value is a system call the scheduler dispatches.

import type { SigAction } from '../abi/signal';
import { SIG_DFL } from '../abi/signal';
import type { FdTable } from '../vfs/file';
import type { FsContext } from '../vfs/lookup';
import type { Cred } from '../vfs/permission';
import type { WaitQueue } from '../vfs/inode';
import type { NsProxy, PidNamespace } from '../ns/nsproxy';
import type { Tty } from '../tty/tty';
import type { Cgroup, Hierarchy } from '../cgroup/cgroup';

/** R running/runnable, S sleeping, T stopped, Z zombie, X dead (reaped). */
export type TaskState = 'R' | 'S' | 'T' | 'Z' | 'X';

export interface SyscallRequest {
  readonly nr: string;
  readonly args: readonly unknown[];
}

export type ProgramGenerator = Generator<SyscallRequest, number, unknown>;

export class Task {
  state: TaskState = 'R';
  /** Invariant: true exactly while the task is in the kernel's run queue. */
  queued = false;
  parent: Task | undefined;
  readonly children = new Set<Task>();
  gen: ProgramGenerator | undefined;
  /** The value the next gen.next() receives (the last syscall's result). */
  result: unknown;
  /** A blocked syscall to run again when woken. */
  restart: SyscallRequest | undefined;
  /** Per-syscall state kept across restarts (nanosleep's deadline), cleared on completion. */
  sysState: unknown;
  waitingOn: WaitQueue | undefined;
  sleepUntilNs: number | undefined;
  /** Wait status word once a zombie. */
  exitStatus = 0;
  /** A stop or continue not yet reported to the parent via wait4. */
  reportStop = false;
  reportCont = false;
  stopSig = 0;

  comm = '';
  cmdline: readonly string[] = [];
  environ: readonly string[] = [];
  exe = '';
  pgid: number;
  sid: number;
  ctty: Tty | undefined;

  readonly handlers: SigAction[] = new Array<SigAction>(65).fill(SIG_DFL);
  blocked = new Set<number>();
  readonly pending = new Set<number>();

  utimeNs = 0;
  stimeNs = 0;
  cutimeNs = 0;
  cstimeNs = 0;
  sliceNs = 0;
  readonly startNs: number;
  /** The cgroup of each hierarchy this task is in (see cgroup/manager.ts). */
  readonly cgroups = new Map<Hierarchy, Cgroup>();
  /** Resident memory charged to the task's memory cgroup, in bytes. */
  rssBytes = 1 << 20;
  /** Anonymous mappings: address → length. */
  readonly mappings = new Map<number, number>();
  readonly childWait: WaitQueue;

  constructor(
    /** pid numbers from the initial namespace (index 0) down to the task's own. */
    readonly pids: readonly number[],
    readonly pidns: PidNamespace,
    public fds: FdTable,
    public fs: FsContext,
    public cred: Cred,
    public ns: NsProxy,
    startNs: number,
    childWait: WaitQueue,
  ) {
    this.pgid = pids[0]!;
    this.sid = pids[0]!;
    this.startNs = startNs;
    this.childWait = childWait;
  }

  /** The global (initial-namespace) pid: the kernel's key for this task. */
  get pid(): number {
    return this.pids[0]!;
  }

  /** This task's pid as seen from namespace `ns`, or 0 if not visible there. */
  pidIn(ns: PidNamespace): number {
    return ns.level < this.pids.length && this.nsAt(ns.level) === ns ? this.pids[ns.level]! : 0;
  }

  private nsAt(level: number): PidNamespace {
    let ns = this.pidns;
    while (ns.level > level && ns.parent) ns = ns.parent;
    return ns;
  }

  get alive(): boolean {
    return this.state !== 'Z' && this.state !== 'X';
  }
}
