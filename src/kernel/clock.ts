// Virtual time (kernel/time): a monotonic nanosecond counter that only the scheduler advances, plus
// the wall-clock second the machine booted at. CLOCK_REALTIME = boot second + monotonic time.
//
// Nanoseconds since 1970 do not fit a double exactly (about 1.8e18 > 2^53), so inode times are kept
// as nanoseconds relative to the boot second ("kernel time") and turned into exact seconds and
// nanoseconds only when reported.

import type { Timespec } from './abi/sys';

export class Clock {
  /** Nanoseconds since boot (CLOCK_MONOTONIC / CLOCK_BOOTTIME). */
  monotonicNs = 0;
  /** Wall-clock time at boot, whole seconds since the epoch. */
  readonly bootEpochSec: number;

  constructor(bootEpochMs: number) {
    this.bootEpochSec = Math.floor(bootEpochMs / 1000);
  }

  /** Approximate nanoseconds since the epoch (for arithmetic; not exact below ~256 ns). */
  realtimeNs(): number {
    return this.bootEpochSec * 1e9 + this.monotonicNs;
  }

  /** Exact CLOCK_REALTIME. */
  realtime(): Timespec {
    return this.toTimespec(this.monotonicNs);
  }

  /** A kernel time (ns relative to the boot second) as exact seconds and nanoseconds since 1970. */
  toTimespec(kernelNs: number): Timespec {
    const sec = Math.floor(kernelNs / 1e9);
    return { sec: this.bootEpochSec + sec, nsec: Math.round(kernelNs - sec * 1e9) };
  }

  /** Seconds+nanoseconds since 1970 as a kernel time. */
  fromTimespec(ts: Timespec): number {
    return (ts.sec - this.bootEpochSec) * 1e9 + ts.nsec;
  }

  advanceTo(ns: number): void {
    if (ns > this.monotonicNs) this.monotonicNs = ns;
  }
}
