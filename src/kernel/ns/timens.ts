// Time namespaces (time_namespaces(7)): per-namespace offsets for CLOCK_MONOTONIC and
// CLOCK_BOOTTIME (and so /proc/uptime), set through /proc/PID/timens_offsets before any process
// enters the namespace.

import { EACCES, EINVAL } from '../abi/errno';
import type { TimeNamespace } from './nsproxy';

function line(name: string, ns: number): string {
  const sec = Math.trunc(ns / 1e9);
  const nsec = ns - sec * 1e9;
  return `${name.padEnd(10)} ${String(sec).padStart(10)} ${String(nsec).padStart(9)}\n`;
}

export function timensOffsets(ns: TimeNamespace): string {
  return line('monotonic', ns.monotonicOffsetNs) + line('boottime', ns.boottimeOffsetNs);
}

/** Lines "monotonic|boottime|1|7 SECS NSECS"; refused once a process has entered. */
export function writeTimensOffsets(ns: TimeNamespace, text: string): number {
  if (ns.entered) return -EACCES;
  for (const l of text.split('\n').filter((x) => x.trim() !== '')) {
    const [clock, secs, nsecs = '0'] = l.trim().split(/\s+/);
    if (!/^-?\d+$/.test(secs ?? '') || !/^\d+$/.test(nsecs) || Number(nsecs) >= 1e9) return -EINVAL;
    const value = Number(secs) * 1e9 + Number(nsecs);
    if (clock === 'monotonic' || clock === '1') ns.monotonicOffsetNs = value;
    else if (clock === 'boottime' || clock === '7') ns.boottimeOffsetNs = value;
    else return -EINVAL;
  }
  return text.length;
}
