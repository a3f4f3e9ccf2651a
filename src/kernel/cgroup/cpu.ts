// CFS bandwidth control (Documentation/scheduler/sched-bwc.rst): a cgroup with a quota may run
// `quota` ns of CPU per `period` ns, summed over its tasks and CPUs; when it has used its quota the
// tasks are throttled until the next period starts. Also the usage counters of cpu.stat.
// Simplification: periods are aligned to the cgroup's first activity, burst is not modelled.

export const DEFAULT_PERIOD_NS = 100_000_000;

export class CpuState {
  /** -1: no limit. */
  quotaNs = -1;
  periodNs = DEFAULT_PERIOD_NS;
  usageNs = 0;
  userNs = 0;
  systemNs = 0;
  nrPeriods = 0;
  nrThrottled = 0;
  throttledNs = 0;
  private periodStart = -1;
  private usedInPeriod = 0;
  private throttledSince = -1;
  private active = false;

  /** Bring the period forward to `now`, accounting the periods that ended. */
  roll(now: number): void {
    if (this.periodStart < 0) {
      this.periodStart = now;
      return;
    }
    if (now < this.periodStart + this.periodNs) return;
    const elapsed = Math.floor((now - this.periodStart) / this.periodNs);
    const end = this.periodStart + this.periodNs;
    // Like the kernel's period timer, a period is counted (and counted as throttled) when it ends,
    // so nr_throttled never exceeds nr_periods.
    if (this.throttledSince >= 0) {
      this.throttledNs += end - this.throttledSince;
      this.throttledSince = -1;
      this.nrThrottled += 1;
    }
    if (this.active && this.quotaNs >= 0) this.nrPeriods += 1;
    this.active = false;
    this.periodStart += elapsed * this.periodNs;
    this.usedInPeriod = 0;
  }

  /** CPU time this group may still use in the current period (Infinity without a quota). */
  remaining(now: number): number {
    if (this.quotaNs < 0) return Infinity;
    this.roll(now);
    return this.quotaNs - this.usedInPeriod;
  }

  /** When the current period ends (the throttled group may run again). */
  periodEnd(): number {
    return this.periodStart + this.periodNs;
  }

  charge(now: number, userNs: number, systemNs: number): void {
    const ns = userNs + systemNs;
    this.usageNs += ns;
    this.userNs += userNs;
    this.systemNs += systemNs;
    if (this.quotaNs < 0) return;
    this.roll(now);
    this.active = true;
    this.usedInPeriod += ns;
    if (this.usedInPeriod >= this.quotaNs && this.throttledSince < 0) this.throttledSince = now;
  }
}
