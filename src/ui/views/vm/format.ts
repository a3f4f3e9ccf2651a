// Words and numbers for the Container vs VM view: sizes in binary units as /proc gives them,
// durations from nanoseconds of virtual time, and the one-sentence summary for screen readers.

import type { Comparison } from './model';
import { tx } from '../../i18n/react';

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
  if (ns < 1e6) return tx('views:units.us', { n: Math.max(0, Math.round(ns / 1e3)) });
  if (ns < 1e9) return tx('views:units.ms', { n: Math.round(ns / 1e6) });
  if (ns < 60e9) return tx('views:units.s', { n: (ns / 1e9).toFixed(1) });
  return tx('views:units.min', { m: Math.floor(ns / 60e9), s: Math.round((ns % 60e9) / 1e9) });
}

/** The guest kernel's name, in the page's language: 'Linux 6.1 (guest)'. */
export const guestKernel = (): string => tx('views:vm.guestKernelName');

/** "1 VM using 200 MiB with its own kernel; 1 container using 1.0 MiB on the host kernel 6.18.0-glasshouse." */
export function summary(c: Comparison): string {
  const vmBytes = c.vms.reduce((n, v) => n + v.rssBytes, 0);
  const ctBytes = c.containers.reduce((n, v) => n + v.rssBytes, 0);
  return tx('views:vm.summary', {
    vms: tx('views:vm.vmCount', { count: c.vms.length }),
    vmBytes: size(vmBytes),
    containers: tx('views:vm.containerCount', { count: c.containers.length }),
    ctBytes: size(ctBytes),
    kernel: c.hostKernel,
    used: size(c.memory.usedBytes),
    total: size(c.memory.totalBytes),
  });
}
