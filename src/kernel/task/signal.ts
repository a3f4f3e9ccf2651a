// Signal generation and delivery (signal(7), kernel/signal.c). Standard signals coalesce in a
// pending set. Delivery happens when the task next runs: ignored signals vanish, default actions
// terminate, stop or continue the task, and a handler (a synchronous user callback) runs and makes
// an interrupted blocking syscall fail with EINTR.
// Simplification: no SA_RESTART, no siginfo, no real-time signal queueing; handlers cannot block.

import { EINTR } from '../abi/errno';
import {
  SIGCHLD,
  SIGCONT,
  SIGKILL,
  SIGSTOP,
  SIGTSTP,
  SIGTTIN,
  SIGTTOU,
  SIG_DFL,
  SIG_IGN,
  defaultAction,
} from '../abi/signal';
import { W_EXITCODE } from '../abi/sched';
import type { KernelCore } from '../core';
import type { Task } from './task';
import { doExit } from './exit';
import { traceSignal } from '../trace/tracer';

const isStopSignal = (sig: number): boolean =>
  sig === SIGSTOP || sig === SIGTSTP || sig === SIGTTIN || sig === SIGTTOU;

/** Queue `sig` for `task` and wake it if the signal needs attention (send_signal). */
export function sendSignal(k: KernelCore, task: Task, sig: number, child?: Task): void {
  if (!task.alive || sig === 0) return;
  if (k.tracers.size > 0) traceSignal(k, task, sig, child);
  if (sig === SIGCONT || sig === SIGKILL) {
    for (const s of [SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU]) task.pending.delete(s);
    if (task.state === 'T') resume(k, task);
  }
  if (isStopSignal(sig)) task.pending.delete(SIGCONT);
  const action = task.handlers[sig];
  if (sig !== SIGKILL && sig !== SIGSTOP) {
    if (action === SIG_IGN) return;
    if (action === SIG_DFL && defaultAction(sig) === 'ign') return;
  }
  task.pending.add(sig);
  if (task.state === 'S' && (sig === SIGKILL || !task.blocked.has(sig))) k.wake(task);
}

/** Whether a signal is waiting that the task will act on when it next runs (signal_pending). */
export function signalPending(task: Task): boolean {
  for (const sig of task.pending)
    if (sig === SIGKILL || sig === SIGSTOP || !task.blocked.has(sig)) return true;
  return false;
}

function resume(k: KernelCore, task: Task): void {
  task.state = 'R';
  task.reportCont = true;
  task.reportStop = false;
  k.enqueue(task);
  notifyParent(k, task);
}

/** Tell the parent about a state change: SIGCHLD and a wake-up of wait4. */
export function notifyParent(k: KernelCore, task: Task): void {
  const parent = task.parent;
  if (!parent) return;
  k.wakeAll(parent.childWait);
  sendSignal(k, parent, SIGCHLD, task);
}

/**
 * Deliver pending, unblocked signals to a task about to run (or be woken).
 * Returns false if the task stopped running (killed or stopped).
 */
export function deliverSignals(k: KernelCore, task: Task): boolean {
  if (task.pending.size === 0) return true;
  for (const sig of [...task.pending].sort((a, b) => a - b)) {
    if (sig !== SIGKILL && sig !== SIGSTOP && task.blocked.has(sig)) continue;
    task.pending.delete(sig);
    const action = sig === SIGKILL || sig === SIGSTOP ? SIG_DFL : task.handlers[sig];
    if (action === SIG_IGN) continue;
    if (typeof action === 'function') {
      if (task.restart) {
        task.restart = undefined;
        task.sysState = undefined;
        task.result = -EINTR;
      }
      action(sig);
      continue;
    }
    if (!applyDefault(k, task, sig)) return false;
  }
  return true;
}

function applyDefault(k: KernelCore, task: Task, sig: number): boolean {
  const kind = defaultAction(sig);
  if (kind === 'ign' || kind === 'cont') return true;
  if (kind === 'stop') {
    task.state = 'T';
    task.stopSig = sig;
    task.reportStop = true;
    task.reportCont = false;
    if (task.waitingOn) task.waitingOn.waiters.delete(task);
    task.waitingOn = undefined;
    k.sleepers.delete(task);
    notifyParent(k, task);
    return false;
  }
  doExit(k, task, W_EXITCODE(0, sig));
  return false;
}
