// The machine's trace for the page: one tracer on the kernel that hands every record to the
// terminals' command recorders (terminal.ts) as it happens. It records only while some terminal's
// command runs, plus the login shells themselves (whose terminal reads start and end commands),
// so an idle machine — or one where nobody types — pays next to nothing.
// Simplification: a call already blocked when a command starts (dockerd waiting in accept) shows
// up with its end only, as one line.

import type { TraceRecord } from '../../kernel/abi/trace';
import type { KernelCore } from '../../kernel/core';
import type { Task } from '../../kernel/task/task';
import { TraceRecorder } from '../../kernel/trace/recorder';
import { TerminalTrace } from './terminal';

type Unnumbered = TraceRecord extends infer T ? (T extends TraceRecord ? Omit<T, 'seq'> : never) : never;

export class MachineTrace extends TraceRecorder {
  private readonly terminals = new Map<number, TerminalTrace>();
  private seqNo = 0;

  constructor(private readonly core: KernelCore) {
    super(core, (task) => this.watches(task));
    core.tracers.add(this);
  }

  /** Start following the terminal whose login shell is `shellPid`. */
  follow(shellPid: number, ttyPath: string, onCommand: (line: string) => void): TerminalTrace {
    const ppidOf = (pid: number): number => this.core.tasks.get(pid)?.parent?.pid ?? 0;
    const trace = new TerminalTrace(shellPid, ttyPath, ppidOf, onCommand);
    this.terminals.set(shellPid, trace);
    return trace;
  }

  /** Asked once as each call starts: does any terminal want it? (Each must hear, to count.) */
  private watches(task: Task): boolean {
    let any = false;
    for (const t of this.terminals.values()) if (t.wantsCall(task.pid)) any = true;
    return any;
  }

  protected override tracks(task: Task): boolean {
    for (const t of this.terminals.values()) if (t.tracks(task.pid)) return true;
    return false;
  }

  protected override push(rec: Unnumbered | TraceRecord): void {
    const numbered = { ...rec, seq: ++this.seqNo } as TraceRecord;
    for (const t of this.terminals.values()) t.onRecord(numbered);
  }
}
