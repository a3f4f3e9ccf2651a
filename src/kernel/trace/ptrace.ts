// ptrace(2), partly: a tracer task's session over its tracees. PTRACE_TRACEME makes the caller a
// tracee of its parent, recorded from its next execve on (where Linux would stop it with SIGTRAP);
// PTRACE_SEIZE attaches to a running task; PTRACE_SETOPTIONS with PTRACE_O_TRACECLONE/FORK/VFORK
// makes children of tracees tracees too; PTRACE_DETACH lets one go; PTRACE_READ_RECORDS (this
// model's request) takes the queued records, blocking until there are some or no tracee lives.
// Simplification: tracees never stop for the tracer (see abi/trace.ts); no PEEK/POKE, no GETREGS.

import { EINVAL, EPERM, ESRCH } from '../abi/errno';
import type { TraceBatch } from '../abi/trace';
import {
  PTRACE_DETACH,
  PTRACE_O_FOLLOW,
  PTRACE_READ_RECORDS,
  PTRACE_SEIZE,
  PTRACE_SETOPTIONS,
  PTRACE_TRACEME,
} from '../abi/trace';
import type { KernelCore } from '../core';
import type { SyscallRequest, Task } from '../task/task';
import type { Block } from '../vfs/inode';
import { WaitQueue } from '../vfs/inode';
import { TraceRecorder } from './recorder';

export class PtraceSession extends TraceRecorder {
  /** Live tracees, and whether each is still waiting for its first execve (TRACEME). */
  readonly tracees = new Map<Task, { awaitingExec: boolean }>();
  options = 0;
  /** Tracees wait here, before their next call, until the tracer has read what is queued. */
  readonly drained = new WaitQueue();

  constructor(
    k: KernelCore,
    readonly tracer: Task,
  ) {
    super(k, () => false);
  }

  gate(task: Task): WaitQueue | undefined {
    return this.size > 0 && this.tracer.alive && this.tracees.has(task) ? this.drained : undefined;
  }

  override wants(task: Task): boolean {
    return this.tracees.has(task);
  }

  override enter(task: Task, req: SyscallRequest): void {
    if (this.tracees.get(task)?.awaitingExec && req.nr !== 'execve') return;
    super.enter(task, req);
  }

  protected override tracks(task: Task): boolean {
    const t = this.tracees.get(task);
    return t !== undefined && !t.awaitingExec;
  }

  protected override afterCall(task: Task, req: SyscallRequest, result: unknown): void {
    const state = this.tracees.get(task);
    if (req.nr === 'execve' && result === undefined && state) state.awaitingExec = false;
    if (req.nr !== 'clone' || typeof result !== 'number' || result <= 0) return;
    if (!(this.options & PTRACE_O_FOLLOW)) return;
    for (const child of task.children) {
      if (child.pidIn(task.pidns) !== result || this.tracees.has(child)) continue;
      this.tracees.set(child, { awaitingExec: false });
      this.push({
        type: 'attach',
        pid: child.pid,
        comm: child.comm,
        time: this.k.clock.monotonicNs,
        parent: task.pid,
      });
    }
  }

  override exited(task: Task, status: number): void {
    super.exited(task, status);
    if (this.tracees.delete(task)) this.k.wakeAll(this.wait);
    if (task === this.tracer) this.release();
  }

  /** Stop tracing: the session leaves the kernel and held-back tracees go on. */
  release(): void {
    this.k.tracers.delete(this);
    this.k.wakeAll(this.drained);
  }

  attach(task: Task, awaitingExec: boolean): void {
    this.tracees.set(task, { awaitingExec });
    this.k.tracers.add(this);
  }

  /** The batch PTRACE_READ_RECORDS returns, or a block while tracees live and nothing is queued. */
  read(): TraceBatch | Block {
    const dropped = this.dropped;
    if (this.size > 0) {
      const records = this.take();
      this.k.wakeAll(this.drained);
      return { records, dropped, done: false };
    }
    if (this.tracees.size > 0) return { block: this.wait };
    this.release();
    return { records: [], dropped, done: true };
  }
}

function sessionOf(k: KernelCore, tracer: Task): PtraceSession | undefined {
  for (const tr of k.tracers) if (tr instanceof PtraceSession && tr.tracer === tracer) return tr;
  return undefined;
}

function isTraced(k: KernelCore, task: Task): boolean {
  for (const tr of k.tracers) if (tr instanceof PtraceSession && tr.tracees.has(task)) return true;
  return false;
}

function session(k: KernelCore, tracer: Task): PtraceSession {
  return sessionOf(k, tracer) ?? new PtraceSession(k, tracer);
}

function seize(k: KernelCore, t: Task, pid: number, options: number): number {
  const target = t.pidns.tasks.get(pid);
  if (!target || !target.alive) return -ESRCH;
  if (target === t || isTraced(k, target)) return -EPERM;
  if (!t.cred.caps && t.cred.euid !== target.cred.uid) return -EPERM;
  const s = session(k, t);
  s.options = options;
  s.attach(target, false);
  return 0;
}

export function sysPtrace(
  k: KernelCore,
  t: Task,
  request: number,
  pid = 0,
  _addr = 0,
  data = 0,
): number | TraceBatch | Block {
  switch (request) {
    case PTRACE_TRACEME: {
      if (!t.parent || isTraced(k, t)) return -EPERM;
      session(k, t.parent).attach(t, true);
      return 0;
    }
    case PTRACE_SEIZE:
      return seize(k, t, pid, data);
    case PTRACE_SETOPTIONS:
    case PTRACE_DETACH: {
      const s = sessionOf(k, t);
      const target = t.pidns.tasks.get(pid);
      if (!s || !target || !s.tracees.has(target)) return -ESRCH;
      if (request === PTRACE_SETOPTIONS) s.options = data;
      else if (s.tracees.delete(target) && s.tracees.size === 0) s.release();
      return 0;
    }
    case PTRACE_READ_RECORDS: {
      const s = sessionOf(k, t);
      return s ? s.read() : -ESRCH;
    }
    default:
      return -EINVAL;
  }
}
