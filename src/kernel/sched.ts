// The scheduler (kernel/sched): runs runnable tasks on N virtual CPUs in ticks of virtual time.
// Each tick gives up to one task per CPU a time slice; a task runs syscall by syscall until it
// blocks, exits, stops or uses its slice. Every syscall costs system time; `compute(ns)` costs user
// time. The clock advances by the most CPU time any CPU used in the tick; when nothing is runnable,
// time jumps to the next timer (or follows the wall clock in the browser).
// Simplification: round-robin instead of CFS vruntime ordering; CPUs within a tick run one after
// another in JavaScript, so a task woken in a tick may run in the same tick on a later CPU.

import { SIGKILL, SIGSEGV } from './abi/signal';
import { W_EXITCODE } from './abi/sched';
import type { KernelCore } from './core';
import type { Task, SyscallRequest } from './task/task';
import { deliverSignals, signalPending } from './task/signal';
import { doExit } from './task/exit';
import { isBlock } from './vfs/inode';
import { dispatch } from './syscall/dispatch';

export const SYSCALL_COST_NS = 250;
export const SLICE_NS = 1_000_000;

function nextRequest(k: KernelCore, t: Task): SyscallRequest | undefined {
  if (t.restart) {
    const req = t.restart;
    t.restart = undefined;
    return req;
  }
  const gen = t.gen;
  if (!gen) return undefined;
  let step: IteratorResult<SyscallRequest, number>;
  try {
    step = gen.next(t.result);
  } catch (error) {
    k.printk(`${t.comm}[${t.pid}]: segfault: ${String(error)}`);
    doExit(k, t, W_EXITCODE(0, SIGSEGV));
    return undefined;
  }
  if (step.done) {
    doExit(k, t, W_EXITCODE(Number(step.value) & 0xff, 0));
    return undefined;
  }
  return step.value;
}

/** CPU time the task may use now under its cgroups' bandwidth limits (0: throttled). */
function cpuBudget(k: KernelCore, t: Task): number {
  let budget = Infinity;
  for (const g of k.cgroups.cpuLimits(t)) budget = Math.min(budget, g.cpu.remaining(k.clock.monotonicNs));
  return Math.max(0, budget);
}

/** When a throttled task may run again (the end of the period of every exhausted group). */
function unthrottleAt(k: KernelCore, t: Task): number {
  let at = k.clock.monotonicNs;
  for (const g of k.cgroups.cpuLimits(t))
    if (g.cpu.remaining(k.clock.monotonicNs) <= 0) at = Math.max(at, g.cpu.periodEnd());
  return at;
}

function eligible(k: KernelCore, t: Task): boolean {
  if (t.state !== 'R') return false;
  if (t.pending.has(SIGKILL)) return true;
  return !k.cgroups.isFrozen(t) && cpuBudget(k, t) > 0;
}

function charge(k: KernelCore, t: Task, userNs: number, systemNs: number): void {
  if (userNs + systemNs === 0) return;
  const now = k.clock.monotonicNs;
  for (const g of k.cgroups.cpuAccounts(t)) g.cpu.charge(now, userNs, systemNs);
}

/** Run one task for up to `budgetNs` of CPU time; returns the time used. */
export function runTask(k: KernelCore, t: Task, sliceNs: number): number {
  const budgetNs = Math.min(sliceNs, cpuBudget(k, t));
  const user0 = t.utimeNs;
  const sys0 = t.stimeNs;
  const used = runSteps(k, t, budgetNs);
  charge(k, t, t.utimeNs - user0, t.stimeNs - sys0);
  return used;
}

function runSteps(k: KernelCore, t: Task, budgetNs: number): number {
  let used = 0;
  let steps = 0;
  k.current = t;
  while (t.state === 'R' && used < budgetNs) {
    if ((++steps & 255) === 0 && k.preempt?.()) break;
    if (!deliverSignals(k, t) || t.state !== 'R') break;
    const req = nextRequest(k, t);
    if (!req) break;
    if (req.nr === 'compute') {
      const ns = Math.max(0, Number(req.args[0]) || 0);
      t.utimeNs += ns;
      used += ns;
      t.result = 0;
      continue;
    }
    const res = dispatch(k, t, req);
    t.stimeNs += SYSCALL_COST_NS;
    used += SYSCALL_COST_NS;
    if (isBlock(res)) {
      if (t.state !== 'R') break;
      t.restart = req;
      k.sleepOn(t, res.block, res.untilNs);
      // A signal the call itself raised (a background read's SIGTTIN) is handled at once.
      if (signalPending(t)) k.wake(t);
      break;
    }
    t.result = res;
    t.sysState = undefined;
  }
  k.current = undefined;
  return used;
}

/** The first task in the run queue that may run now; others keep their places. */
function pick(k: KernelCore): Task | undefined {
  const q = k.runQueue;
  for (let i = 0; i < q.length; i++) {
    const t = q[i]!;
    if (t.state !== 'R') {
      q.splice(i--, 1);
      t.queued = false;
      continue;
    }
    if (!eligible(k, t)) continue;
    q.splice(i, 1);
    t.queued = false;
    return t;
  }
  return undefined;
}

/** Run one tick on every CPU. Returns the CPU time of the busiest CPU (0 if nothing ran). */
export function tick(k: KernelCore): number {
  k.ticks++;
  let busiest = 0;
  const again: Task[] = [];
  for (let cpu = 0; cpu < k.cpus; cpu++) {
    const t = pick(k);
    if (!t) break;
    const used = runTask(k, t, SLICE_NS);
    if (used > busiest) busiest = used;
    if (t.state === 'R') again.push(t);
  }
  for (const t of again) k.enqueue(t);
  if (busiest > 0) k.clock.advanceTo(k.clock.monotonicNs + busiest);
  expireTimers(k);
  return busiest;
}

export function expireTimers(k: KernelCore): void {
  if (k.sleepers.size === 0) return;
  const now = k.clock.monotonicNs;
  for (const t of [...k.sleepers]) if (t.sleepUntilNs !== undefined && t.sleepUntilNs <= now) k.wake(t);
}

/** The earliest timer deadline: a sleeper's, or the end of a throttled group's period. */
export function nextTimer(k: KernelCore): number | undefined {
  let next: number | undefined;
  const consider = (at: number): void => {
    if (next === undefined || at < next) next = at;
  };
  for (const t of k.sleepers) if (t.sleepUntilNs !== undefined) consider(t.sleepUntilNs);
  for (const t of k.runQueue) {
    if (t.state === 'R' && !k.cgroups.isFrozen(t) && cpuBudget(k, t) <= 0) consider(unthrottleAt(k, t));
  }
  return next;
}

export function hasRunnable(k: KernelCore): boolean {
  return k.runQueue.some((t) => eligible(k, t));
}
