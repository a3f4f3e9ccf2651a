// Words and numbers for the Container vs VM view: sizes in binary units as /proc gives them,
// durations from nanoseconds of virtual time, and the one-sentence summary for screen readers.

import type { Comparison } from './model';

export function size(bytes: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${u === 0 || v >= 10 ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}

export function duration(ns: number): string {
  if (ns < 1e6) return `${Math.max(0, Math.round(ns / 1e3))} µs`;
  if (ns < 1e9) return `${Math.round(ns / 1e6)} ms`;
  if (ns < 60e9) return `${(ns / 1e9).toFixed(1)} s`;
  return `${Math.floor(ns / 60e9)} min ${Math.round((ns % 60e9) / 1e9)} s`;
}

export const GUEST_KERNEL = 'Linux 6.1 (guest)';

/** "1 VM using 200 MiB with its own kernel; 1 container using 1.0 MiB on the host kernel 6.18.0-glasshouse." */
export function summary(c: Comparison): string {
  const vmBytes = c.vms.reduce((n, v) => n + v.rssBytes, 0);
  const ctBytes = c.containers.reduce((n, v) => n + v.rssBytes, 0);
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `${plural(c.vms.length, 'VM')} using ${size(vmBytes)}, each with its own kernel; ` +
    `${plural(c.containers.length, 'container')} using ${size(ctBytes)} on the host kernel ${c.hostKernel}; ` +
    `machine memory ${size(c.memory.usedBytes)} used of ${size(c.memory.totalBytes)}.`
  );
}
