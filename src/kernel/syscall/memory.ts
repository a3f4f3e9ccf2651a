// Memory system calls: anonymous mmap/munmap, charged to the memory cgroup (mm/mmap.c, memcontrol.c).
// Simplification: no page tables or faults; a mapping is resident the moment it is made.

import { EINVAL, ENOMEM } from '../abi/errno';
import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import { chargeMemory } from '../cgroup/host';

const PAGE = 4096;
const MAP_BASE = 0x7f0000000000;

export function sysMmap(k: KernelCore, t: Task, length: number): number {
  if (!Number.isInteger(length) || length <= 0) return -EINVAL;
  const bytes = Math.ceil(length / PAGE) * PAGE;
  if (k.memoryUsedBytes() + bytes > k.memoryBytes) return -ENOMEM;
  let addr = MAP_BASE;
  for (const [a, len] of t.mappings) addr = Math.max(addr, a + len);
  t.mappings.set(addr, bytes);
  chargeMemory(k, t, bytes);
  return addr;
}

export function sysMunmap(_k: KernelCore, t: Task, addr: number, _length: number): number {
  const len = t.mappings.get(addr);
  if (len === undefined) return -EINVAL;
  t.mappings.delete(addr);
  t.rssBytes = Math.max(0, t.rssBytes - len);
  return 0;
}
