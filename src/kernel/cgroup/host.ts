// The kernel side of cgroupfs: what interface files may ask of the machine, and memory charging
// with the OOM killer (mm/memcontrol.c, mm/oom_kill.c).

import { SIGKILL } from '../abi/signal';
import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import type { Cgroup } from './cgroup';
import type { CgroupHost } from './fs';
import type { CgroupManager } from './manager';

export function createHost(k: KernelCore, manager: CgroupManager): CgroupHost {
  return {
    manager,
    reader: () => k.current,
    changed: () => {
      manager.invalidate();
      for (const t of k.tasks.values()) if (t.state === 'R') k.enqueue(t);
    },
    kill: (t: Task) => k.sendSignal(t, SIGKILL),
    memoryOf: (g: Cgroup) => memoryOf(g),
    countTasks: (g: Cgroup) => {
      let n = 0;
      for (const _ of g.tasks()) n++;
      return n;
    },
    cpus: () => k.cpus,
  };
}

export function memoryOf(g: Cgroup): number {
  let bytes = 0;
  for (const t of g.tasks()) bytes += t.rssBytes;
  return bytes;
}

const kb = (bytes: number): number => Math.floor(bytes / 1024);

/**
 * Charge `bytes` more to `t`. If a memory cgroup above it would go over its limit, the OOM killer
 * kills the biggest task in that cgroup (logging what Linux logs). Returns false if `t` died.
 */
export function chargeMemory(k: KernelCore, t: Task, bytes: number): boolean {
  t.rssBytes += bytes;
  for (const g of k.cgroups.controlling(t, 'memory')) {
    const usage = memoryOf(g);
    g.memory.peakBytes = Math.max(g.memory.peakBytes, usage);
    if (usage <= g.memory.maxBytes) continue;
    g.memory.failcnt++;
    g.memory.events.max++;
    g.memory.events.oom++;
    const victim = [...g.tasks()].sort((a, b) => b.rssBytes - a.rssBytes || b.pid - a.pid)[0] ?? t;
    k.printk(`${t.comm} invoked oom-killer: gfp_mask=0xcc0(GFP_KERNEL), order=0, oom_score_adj=0`);
    k.printk(`memory: usage ${kb(usage)}kB, limit ${kb(g.memory.maxBytes)}kB, failcnt ${g.memory.failcnt}`);
    k.printk(
      `Memory cgroup out of memory: Killed process ${victim.pid} (${victim.comm}) total-vm:${kb(victim.rssBytes) + 4096}kB, ` +
        `anon-rss:${kb(victim.rssBytes)}kB, file-rss:0kB, shmem-rss:0kB, UID:${victim.cred.uid} pgtables:${Math.max(4, kb(victim.rssBytes) >> 9)}kB oom_score_adj:0`,
    );
    g.memory.events.oom_kill++;
    victim.rssBytes = 0;
    k.sendSignal(victim, SIGKILL);
    if (victim === t) return false;
  }
  return true;
}
