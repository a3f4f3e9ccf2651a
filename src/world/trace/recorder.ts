// One terminal's command recorder: between start() (the shell read a line) and finish() (the
// shell asks for the next one) every call on the machine is kept, grouped by process, up to
// TRACE_LIMIT. `generation` changes whenever lastCommand() would answer something new, so a view
// polls it instead of copying the trace.

import { TRACE_LIMIT } from './types';
import type { CommandTrace, TraceRecord, TracedProcess } from './types';

interface Group {
  readonly pid: number;
  readonly ppid: number;
  comm: string;
  readonly records: TraceRecord[];
}

interface Recording {
  readonly command: string;
  readonly startNs: number;
  endNs: number | null;
  readonly groups: Map<number, Group>;
  total: number;
  truncated: number;
}

function copyGroups(cur: Recording): TracedProcess[] {
  return [...cur.groups.values()].map((g) => ({
    pid: g.pid,
    ppid: g.ppid,
    comm: g.comm,
    records: g.records.slice(),
  }));
}

export class CommandRecorder {
  generation = 0;
  private current: Recording | undefined;
  private cached: CommandTrace | null = null;
  private cachedAt = -1;
  private cachedFor: Recording | undefined;
  private recordsChanged = false;

  constructor(private readonly limit = TRACE_LIMIT) {}

  get recording(): boolean {
    return this.current !== undefined && this.current.endNs === null;
  }

  /** The limit is reached: further calls are only counted (see leftOut). */
  get full(): boolean {
    return this.current !== undefined && this.current.total >= this.limit;
  }

  /** Count a call left out without recording it (the tracer skips copying it). */
  leftOut(): void {
    if (!this.current || this.current.endNs !== null) return;
    this.current.truncated++;
    this.generation++;
  }

  start(command: string, nowNs: number): void {
    this.current = { command, startNs: nowNs, endNs: null, groups: new Map(), total: 0, truncated: 0 };
    this.generation++;
  }

  rename(command: string): void {
    if (!this.current) return;
    this.current = { ...this.current, command };
    this.generation++;
  }

  finish(nowNs: number): void {
    if (!this.current || this.current.endNs !== null) return;
    this.current.endNs = nowNs;
    this.generation++;
  }

  add(rec: TraceRecord, ppidOf: (pid: number) => number): void {
    const cur = this.current;
    if (!cur || cur.endNs !== null || rec.type === 'attach') return;
    this.generation++;
    if (cur.total >= this.limit) {
      cur.truncated++;
      return;
    }
    let group = cur.groups.get(rec.pid);
    if (!group)
      cur.groups.set(rec.pid, (group = { pid: rec.pid, ppid: ppidOf(rec.pid), comm: rec.comm, records: [] }));
    group.comm = rec.comm;
    if (rec.type === 'syscall' && rec.phase === 'exit') {
      // The call's line, whole: its args are those of its enter, which is then dropped.
      const last = group.records.at(-1);
      if (last?.type === 'syscall' && last.phase === 'enter' && last.sys === rec.sys) {
        group.records.pop();
        cur.total--;
        rec = { ...rec, phase: 'call', time: last.time, seq: last.seq };
      } else rec = { ...rec, phase: 'call' };
    }
    cur.total++;
    group.records.push(rec);
    this.recordsChanged = true;
  }

  /** The last command's trace (a copy that later calls do not change), or null before the first. */
  lastCommand(): CommandTrace | null {
    const cur = this.current;
    if (!cur) return null;
    if (this.cachedAt === this.generation) return this.cached;
    // Only counts or times changed (past the limit, say): the same process list, so views skip it.
    const processes: readonly TracedProcess[] =
      this.cached && !this.recordsChanged && this.cachedFor === cur ? this.cached.processes : copyGroups(cur);
    this.recordsChanged = false;
    this.cachedFor = cur;
    this.cached = {
      command: cur.command,
      startNs: cur.startNs,
      endNs: cur.endNs,
      running: cur.endNs === null,
      processes,
      total: cur.total,
      truncated: cur.truncated,
    };
    this.cachedAt = this.generation;
    return this.cached;
  }
}
