// Process exit, zombies, reparenting and wait4 (kernel/exit.c, wait4(2)).
// A dying task closes its files, becomes a zombie holding its wait status, hands its children to
// the child reaper (its pid namespace's init), and signals its parent with SIGCHLD. The parent
// reaps it with wait4; a parent that set SIGCHLD to SIG_IGN never sees zombies.

import { ECHILD } from '../abi/errno';
import { SIGCHLD, SIGKILL, SIG_IGN } from '../abi/signal';
import { WCONTINUED, WNOHANG, WUNTRACED, W_CONTINUED, W_STOPCODE } from '../abi/sched';
import type { KernelCore } from '../core';
import type { Task } from './task';
import type { Block } from '../vfs/inode';
import { notifyParent, sendSignal } from './signal';
import { traceTaskExit } from '../trace/tracer';

export function doExit(k: KernelCore, task: Task, status: number): void {
  if (!task.alive) return;
  task.fds.closeAll();
  task.gen = undefined;
  task.restart = undefined;
  if (task.waitingOn) task.waitingOn.waiters.delete(task);
  task.waitingOn = undefined;
  k.sleepers.delete(task);
  task.exitStatus = status;
  task.state = 'Z';
  task.rssBytes = 0;
  k.cgroups.exit(task);
  k.emit({ type: 'taskExited', pid: task.pid, status, timeNs: k.clock.monotonicNs });
  if (k.tracers.size > 0) traceTaskExit(k, task, status);
  if (task.pidns.init === task) killNamespace(k, task);
  reparentChildren(k, task);
  const parent = task.parent;
  if (!parent || parent.handlers[SIGCHLD] === SIG_IGN) {
    release(k, task);
    if (parent) k.wakeAll(parent.childWait);
    return;
  }
  notifyParent(k, task);
}

/** When a namespace's init dies, every other task in the namespace is killed (pid_namespaces(7)). */
function killNamespace(k: KernelCore, init: Task): void {
  init.pidns.dead = true;
  for (const t of init.pidns.tasks.values()) if (t !== init && t.alive) sendSignal(k, t, SIGKILL);
}

function childReaper(k: KernelCore, task: Task): Task | undefined {
  for (let ns: typeof task.pidns | undefined = task.pidns; ns; ns = ns.parent) {
    if (ns.init && ns.init.alive && ns.init !== task) return ns.init;
  }
  return k.tasks.get(1);
}

function reparentChildren(k: KernelCore, task: Task): void {
  if (task.children.size === 0) return;
  const reaper = childReaper(k, task);
  for (const child of task.children) {
    child.parent = reaper;
    if (reaper) {
      reaper.children.add(child);
      if (child.state === 'Z') notifyParent(k, child);
    }
  }
  task.children.clear();
}

/** Remove a reaped task from every table. */
export function release(k: KernelCore, task: Task): void {
  task.state = 'X';
  task.parent?.children.delete(task);
  k.tasks.delete(task.pid);
  for (let ns: typeof task.pidns | undefined = task.pidns; ns; ns = ns.parent) {
    ns.tasks.delete(task.pids[ns.level]!);
  }
}

function matches(caller: Task, child: Task, pid: number): boolean {
  if (pid > 0) return child.pidIn(caller.pidns) === pid;
  if (pid === -1) return true;
  if (pid === 0) return child.pgid === caller.pgid;
  return child.pgid === -pid;
}

export interface WaitOutcome {
  readonly pid: number;
  readonly status: number;
}

export function wait4(k: KernelCore, task: Task, pid: number, options: number): WaitOutcome | number | Block {
  let any = false;
  for (const child of task.children) {
    if (!matches(task, child, pid)) continue;
    any = true;
    const nr = child.pidIn(task.pidns);
    if (child.state === 'Z') {
      task.cutimeNs += child.utimeNs + child.cutimeNs;
      task.cstimeNs += child.stimeNs + child.cstimeNs;
      release(k, child);
      return { pid: nr, status: child.exitStatus };
    }
    if (options & WUNTRACED && child.state === 'T' && child.reportStop) {
      child.reportStop = false;
      return { pid: nr, status: W_STOPCODE(child.stopSig) };
    }
    if (options & WCONTINUED && child.reportCont) {
      child.reportCont = false;
      return { pid: nr, status: W_CONTINUED };
    }
  }
  if (!any) return -ECHILD;
  if (options & WNOHANG) return { pid: 0, status: 0 };
  return { block: task.childWait };
}
