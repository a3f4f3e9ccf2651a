// System call tracing (the kernel side of ptrace(2) and of the page's trace panel). Tracers sit
// in KernelCore.tracers; each says per task whether it wants it. The syscall dispatcher, signal
// sending and task exit call the hooks below, which cost one Set.size check when nobody traces.
//
// A blocked call (read on an empty pipe, wait4, nanosleep) is run again from the start each time
// its task wakes; the hooks report its entry once and its end once: `enter` on the first attempt,
// `blocked` when that attempt blocks, `exit` when an attempt completes. A blocked call that a
// signal handler interrupts ends with -EINTR, reported when the task makes its next call.

import { EINTR } from '../abi/errno';
import { SIGCHLD } from '../abi/signal';
import type { KernelCore } from '../core';
import type { SyscallRequest, Task } from '../task/task';
import { isBlock } from '../vfs/inode';
import type { Block, WaitQueue } from '../vfs/inode';

/** What the kernel knows about a signal's origin (siginfo_t as strace prints it). */
export interface SigInfo {
  readonly code: string;
  readonly fromPid?: number;
  readonly fromUid?: number;
  readonly status?: number;
  readonly utime?: number;
  readonly stime?: number;
}

export interface Tracer {
  /** Whether the tracer records this task's calls (asked when a call starts). */
  wants(task: Task): boolean;
  /** A call starts (once per call, not per retry after blocking). */
  enter(task: Task, req: SyscallRequest): void;
  /** The call blocked for the first time; it will end with `exit`. */
  blocked(task: Task, req: SyscallRequest): void;
  /** The call ended with `result` (a value, -errno, or undefined for a successful execve). */
  exit(task: Task, req: SyscallRequest, result: unknown): void;
  /** A signal was sent to the task. */
  signal(task: Task, sig: number, info: SigInfo): void;
  /** The task exited or was killed (called for every task; tracers ignore those they don't trace). */
  exited(task: Task, status: number): void;
  /**
   * A queue the task must wait on before its next call starts (a ptrace tracee waits until its
   * tracer has read the records so far, so their output interleaves as with stopping tracees).
   */
  gate?(task: Task): WaitQueue | undefined;
}

/** Before anything else of a call: a Block if a tracer holds the task back (the call is retried). */
export function traceGate(k: KernelCore, t: Task): Block | undefined {
  for (const tr of k.tracers) {
    const q = tr.gate?.(t);
    if (q) return { block: q };
  }
  return undefined;
}

/** Before a handler runs: returns whether any tracer must hear of the call's end. */
export function traceEnter(k: KernelCore, t: Task, req: SyscallRequest): boolean {
  const pending = k.traceBlocked.get(t);
  if (pending === req) return true;
  if (pending) {
    k.traceBlocked.delete(t);
    for (const tr of k.tracers) tr.exit(t, pending, -EINTR);
  }
  let any = false;
  for (const tr of k.tracers) {
    if (!tr.wants(t)) continue;
    tr.enter(t, req);
    any = true;
  }
  return any;
}

/** After a handler ran. */
export function traceExit(k: KernelCore, t: Task, req: SyscallRequest, result: unknown): void {
  if (isBlock(result)) {
    if (k.traceBlocked.get(t) === req) return;
    k.traceBlocked.set(t, req);
    for (const tr of k.tracers) tr.blocked(t, req);
    return;
  }
  k.traceBlocked.delete(t);
  for (const tr of k.tracers) tr.exit(t, req, result);
}

function ticks(ns: number): number {
  return Math.round(ns / 10_000_000);
}

function childInfo(receiver: Task, child: Task): SigInfo {
  const base = {
    fromPid: child.pidIn(receiver.pidns),
    fromUid: child.cred.uid,
    utime: ticks(child.utimeNs),
    stime: ticks(child.stimeNs),
  };
  if (child.state === 'T') return { ...base, code: 'CLD_STOPPED', status: child.stopSig };
  if (child.alive) return { ...base, code: 'CLD_CONTINUED', status: 18 };
  const s = child.exitStatus;
  if ((s & 0x7f) === 0) return { ...base, code: 'CLD_EXITED', status: (s >> 8) & 0xff };
  return { ...base, code: s & 0x80 ? 'CLD_DUMPED' : 'CLD_KILLED', status: s & 0x7f };
}

/** A signal is being sent to `task` (by the current task, or about `child` for SIGCHLD). */
export function traceSignal(k: KernelCore, task: Task, sig: number, child?: Task): void {
  let info: SigInfo;
  if (sig === SIGCHLD && child) info = childInfo(task, child);
  else if (k.current)
    info = { code: 'SI_USER', fromPid: k.current.pidIn(task.pidns), fromUid: k.current.cred.uid };
  else info = { code: 'SI_KERNEL' };
  for (const tr of k.tracers) tr.signal(task, sig, info);
}

/** A task exits (from doExit). */
export function traceTaskExit(k: KernelCore, task: Task, status: number): void {
  k.traceBlocked.delete(task);
  for (const tr of [...k.tracers]) tr.exited(task, status);
}
