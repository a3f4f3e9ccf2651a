// Virtual time (kernel/time): a monotonic nanosecond counter that only the scheduler advances, plus
// the wall-clock epoch the machine booted at. CLOCK_REALTIME = boot epoch + monotonic time.

export class Clock {
  /** Nanoseconds since boot (CLOCK_MONOTONIC / CLOCK_BOOTTIME). */
  monotonicNs = 0;

  constructor(
    /** Wall-clock time at boot, in nanoseconds since the epoch. */
    readonly bootEpochNs: number,
  ) {}

  realtimeNs(): number {
    return this.bootEpochNs + this.monotonicNs;
  }

  advanceTo(ns: number): void {
    if (ns > this.monotonicNs) this.monotonicNs = ns;
  }
}
