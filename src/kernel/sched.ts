// The scheduler (kernel/sched): runs runnable tasks on N virtual CPUs in ticks of virtual time.
// Each tick gives up to one task per CPU a time slice; a task runs syscall by syscall until it
// blocks, exits, stops or uses its slice. Every syscall costs system time; `compute(ns)` costs user
// time. The clock advances by the most CPU time any CPU used in the tick; when nothing is runnable,
// time jumps to the next timer (or follows the wall clock in the browser).
// Simplification: round-robin instead of CFS vruntime ordering; CPUs within a tick run one after
// another in JavaScript, so a task woken in a tick may run in the same tick on a later CPU.

import { SIGSEGV } from './abi/signal';
import { W_EXITCODE } from './abi/sched';
import type { KernelCore } from './core';
import type { Task, SyscallRequest } from './task/task';
import { deliverSignals } from './task/signal';
import { doExit } from './task/exit';
import { isBlock } from './vfs/inode';
import { dispatch } from './syscall/dispatch';

export const SYSCALL_COST_NS = 250;
export const SLICE_NS = 4_000_000;

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

/** Run one task for up to `budgetNs` of CPU time; returns the time used. */
export function runTask(k: KernelCore, t: Task, budgetNs: number): number {
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
      break;
    }
    t.result = res;
    t.sysState = undefined;
  }
  k.current = undefined;
  return used;
}

function pick(k: KernelCore): Task | undefined {
  while (k.runQueue.length > 0) {
    const t = k.runQueue.shift()!;
    t.queued = false;
    if (t.state === 'R') return t;
  }
  return undefined;
}

/** Run one tick on every CPU. Returns the CPU time of the busiest CPU (0 if nothing ran). */
export function tick(k: KernelCore): number {
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

/** The earliest timer deadline, if any task sleeps with one. */
export function nextTimer(k: KernelCore): number | undefined {
  let next: number | undefined;
  for (const t of k.sleepers) {
    if (t.sleepUntilNs !== undefined && (next === undefined || t.sleepUntilNs < next)) next = t.sleepUntilNs;
  }
  return next;
}

export function hasRunnable(k: KernelCore): boolean {
  return k.runQueue.some((t) => t.state === 'R');
}
