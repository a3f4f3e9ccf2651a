// A tracer that queues records: the base of ptrace sessions (strace) and of the page's trace
// panel. The queue is bounded; records past the bound are dropped and counted. Signals are
// recorded when sent but queued at the task's next return to user mode (after the call it is in),
// where strace would see the signal-delivery stop.

import type { TraceRecord, TraceSignal, TraceSyscall } from '../abi/trace';
import { TRACE_QUEUE_MAX } from '../abi/trace';
import { SIGKILL } from '../abi/signal';
import type { KernelCore } from '../core';
import type { SyscallRequest, Task } from '../task/task';
import { WaitQueue } from '../vfs/inode';
import { captureCall, captureResult, newFdPath } from './capture';
import type { SigInfo, Tracer } from './tracer';

interface OpenCall {
  readonly req: SyscallRequest;
  readonly rec: TraceSyscall;
  blocked: boolean;
}

// Records are built as plain objects; seq is filled when queued.
type Unnumbered<T> = T extends TraceRecord ? Omit<T, 'seq'> : never;

export class TraceRecorder implements Tracer {
  private queue: TraceRecord[] = [];
  /** Records dropped because the queue was full, since the last take(). */
  dropped = 0;
  /** Woken whenever a record is queued. */
  readonly wait = new WaitQueue();
  private seq = 0;
  private readonly calls = new Map<Task, OpenCall>();
  private readonly signals = new Map<Task, TraceSignal[]>();

  constructor(
    protected readonly k: KernelCore,
    private readonly want: (task: Task) => boolean,
    private readonly limit = TRACE_QUEUE_MAX,
  ) {}

  wants(task: Task): boolean {
    return this.want(task);
  }

  /** The queued records, oldest first; the queue is emptied. */
  take(): TraceRecord[] {
    const out = this.queue;
    this.queue = [];
    this.dropped = 0;
    return out;
  }

  get size(): number {
    return this.queue.length;
  }

  enter(task: Task, req: SyscallRequest): void {
    this.flushSignals(task);
    this.calls.set(task, { req, rec: captureCall(this.k, task, req), blocked: false });
  }

  blocked(task: Task, req: SyscallRequest): void {
    const call = this.calls.get(task);
    if (!call || call.req !== req) return;
    call.blocked = true;
    this.push({ ...call.rec, phase: 'enter' });
  }

  exit(task: Task, req: SyscallRequest, result: unknown): void {
    const call = this.calls.get(task);
    if (!call || call.req !== req) return;
    this.calls.delete(task);
    const fdPath = newFdPath(task, req, result);
    this.push({
      ...call.rec,
      phase: call.blocked ? 'exit' : 'call',
      result: captureResult(req, result),
      ...(call.blocked ? { time: this.k.clock.monotonicNs } : {}),
      ...(fdPath === undefined ? {} : { newFdPath: fdPath }),
    });
    this.afterCall(task, req, result);
    this.flushSignals(task);
  }

  /** Hook for subclasses: a traced call completed (ptrace follows clone here). */
  protected afterCall(_task: Task, _req: SyscallRequest, _result: unknown): void {}

  signal(task: Task, sig: number, info: SigInfo): void {
    if (sig === SIGKILL || !this.tracks(task)) return;
    const rec: TraceSignal = {
      type: 'signal',
      seq: 0,
      pid: task.pid,
      comm: task.comm,
      time: this.k.clock.monotonicNs,
      sig,
      ...info,
    };
    const list = this.signals.get(task);
    // A standard signal already pending is not queued twice (SIGCHLD from two children is one).
    if (list?.some((r) => r.sig === sig)) return;
    if (list) list.push(rec);
    else this.signals.set(task, [rec]);
  }

  exited(task: Task, status: number): void {
    const call = this.calls.get(task);
    const tracked = call !== undefined || this.tracks(task);
    if (call) {
      this.calls.delete(task);
      this.push({ ...call.rec, phase: call.blocked ? 'exit' : 'call', noReturn: true });
    }
    if (!tracked) return;
    // A program that returns from main exits through exit_group(2), as glibc's exit() does.
    if (!call && (status & 0x7f) === 0) this.push(this.exitGroup(task, (status >> 8) & 0xff));
    this.flushSignals(task);
    this.push({ type: 'exit', pid: task.pid, comm: task.comm, time: this.k.clock.monotonicNs, status });
  }

  private exitGroup(task: Task, code: number): TraceSyscall {
    const rec = captureCall(this.k, task, { nr: 'exit', args: [code] });
    return { ...rec, noReturn: true };
  }

  /** Whether signals and exits of this task are recorded (default: what wants() says). */
  protected tracks(task: Task): boolean {
    return this.want(task);
  }

  private flushSignals(task: Task): void {
    const list = this.signals.get(task);
    if (!list) return;
    this.signals.delete(task);
    for (const rec of list) this.push(rec);
  }

  protected push(rec: Unnumbered<TraceRecord> | TraceRecord): void {
    if (this.queue.length >= this.limit) {
      this.dropped++;
      return;
    }
    this.queue.push({ ...rec, seq: ++this.seq } as TraceRecord);
    this.k.wakeAll(this.wait);
  }
}
