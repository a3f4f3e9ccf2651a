// System-wide information calls: uname, sethostname, clock_gettime, sysinfo, getrandom, syslog.

import { EINVAL, EPERM } from '../abi/errno';
import type { SysInfo, Timespec, Utsname } from '../abi/sys';
import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import { capable } from '../ns/capable';

export const KERNEL_RELEASE = '6.18.0-glasshouse';
export const KERNEL_VERSION = '#1 SMP PREEMPT_DYNAMIC Wed Nov 25 06:41:00 UTC 2026';

export function sysUname(_k: KernelCore, t: Task): Utsname {
  return {
    sysname: 'Linux',
    nodename: t.ns.uts.hostname,
    release: KERNEL_RELEASE,
    version: KERNEL_VERSION,
    machine: 'x86_64',
    domainname: t.ns.uts.domainname,
  };
}

export function sysSethostname(k: KernelCore, t: Task, name: string): number {
  if (!capable(t, t.ns.uts.owner ?? k.initUser)) return -EPERM;
  if (name.length > 64) return -EINVAL;
  t.ns.uts.hostname = name;
  return 0;
}

export function sysClockGettime(k: KernelCore, t: Task, clock: number): Timespec {
  if (clock === 0) return k.clock.realtime();
  const offset = clock === 7 ? t.ns.time.boottimeOffsetNs : t.ns.time.monotonicOffsetNs;
  const ns = k.clock.monotonicNs + offset;
  const sec = Math.floor(ns / 1e9);
  return { sec, nsec: ns - sec * 1e9 };
}

export function sysSysinfo(k: KernelCore): SysInfo {
  let procs = 0;
  for (const t of k.tasks.values()) if (t.alive) procs++;
  const used = k.memoryUsedBytes();
  return {
    uptimeSec: Math.floor((k.clock.monotonicNs + (k.current?.ns.time.boottimeOffsetNs ?? 0)) / 1e9),
    loads: [0, 0, 0],
    totalram: k.memoryBytes,
    freeram: k.memoryBytes - used,
    sharedram: 0,
    bufferram: 0,
    totalswap: 0,
    freeswap: 0,
    procs,
  };
}

export function sysGetrandom(k: KernelCore, _t: Task, count: number): Uint8Array {
  return k.randomBytes(Math.max(0, Math.min(count, 1 << 20)));
}

export function sysSyslog(k: KernelCore, t: Task, type: number): string | number {
  if (!capable(t, k.initUser)) return -EPERM;
  if (type === 3) return k.log.format();
  if (type === 5 || type === 4) {
    const text = k.log.format();
    k.log.clear();
    return type === 4 ? text : 0;
  }
  return -EINVAL;
}

export const sysSync = (): number => 0;
