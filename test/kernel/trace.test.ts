// The kernel's syscall tracing: one entry and one end per call across blocking retries, detached
// copies of arguments, the path of the fd written to, signals and exits, the bounded queue, and
// the partial ptrace(2) requests.
import { describe, expect, it } from 'vitest';
import { bootWith } from './harness';
import { TraceRecorder } from '../../src/kernel/trace/recorder';
import type { TraceRecord, TraceSyscall } from '../../src/kernel/abi/trace';
import { PTRACE_READ_RECORDS, PTRACE_SEIZE } from '../../src/kernel/abi/trace';
import { EINTR, ESRCH } from '../../src/kernel/abi/errno';
import { O_CREAT, O_WRONLY } from '../../src/kernel/abi/fcntl';
import { SIGCHLD, SIGUSR1 } from '../../src/kernel/abi/signal';
import type { Booted } from './harness';

function traced(b: Booted, limit?: number): TraceRecorder {
  const rec = new TraceRecorder(b.kernel.core, (t) => t.pid !== 1, limit);
  b.kernel.core.tracers.add(rec);
  return rec;
}

const calls = (recs: readonly TraceRecord[], sys: string): TraceSyscall[] =>
  recs.filter((r): r is TraceSyscall => r.type === 'syscall' && r.sys === sys);

describe('syscall tracing', () => {
  it('reports a read that blocks on an empty pipe once at entry and once at its end', () => {
    const b = bootWith();
    const rec = traced(b);
    b.run(function* (sys) {
      const fds = yield* sys.pipe2(0);
      if (typeof fds === 'number') return 1;
      yield* sys.clone(0, function* () {
        yield* sys.nanosleep(5_000_000);
        yield* sys.write(fds[1], 'hello');
        yield* sys.nanosleep(5_000_000);
        return 0;
      });
      yield* sys.read(fds[0], 100);
      yield* sys.wait4(-1, 0);
      return 0;
    });
    const recs = rec.take();
    const reads = calls(recs, 'read');
    expect(reads.map((r) => r.phase)).toEqual(['enter', 'exit']);
    expect(reads[1]!.result).toMatchObject({ length: 5 });
    expect(calls(recs, 'nanosleep').map((r) => r.phase)).toEqual(['enter', 'exit', 'enter', 'exit']);
    const waits = calls(recs, 'wait4');
    expect(waits.map((r) => r.phase)).toEqual(['enter', 'exit']);
    expect(waits[1]!.result).toMatchObject({ status: 0 });
    expect(reads[0]!.fdPath).toMatch(/^pipe:\[\d+\]$/);
  });

  it('keeps copies: a buffer changed after write leaves the record as it was', () => {
    const b = bootWith();
    const rec = traced(b);
    const buf = new TextEncoder().encode('1234');
    b.run(function* (sys) {
      const fd = yield* sys.open('/tmp/cgroup.procs', O_WRONLY | O_CREAT, 0o644);
      yield* sys.write(fd, buf);
      buf[0] = 0x39;
      return 0;
    });
    const w = calls(rec.take(), 'write')[0]!;
    expect(w.fdPath).toBe('/tmp/cgroup.procs');
    expect(new TextDecoder().decode((w.args[1] as { bytes: Uint8Array }).bytes)).toBe('1234');
    expect(w.name).toBe('write');
  });

  it('records SIGCHLD from an exiting child and the exits, with exit_group for a return from main', () => {
    const b = bootWith();
    const rec = traced(b);
    b.run(function* (sys) {
      const pid = yield* sys.clone(SIGCHLD, function* () {
        return 7;
      });
      yield* sys.wait4(pid, 0);
      return 0;
    });
    const recs = rec.take();
    const sig = recs.find((r) => r.type === 'signal');
    expect(sig).toMatchObject({ sig: SIGCHLD, code: 'CLD_EXITED', status: 7 });
    const exits = recs.filter((r) => r.type === 'exit');
    expect(exits.map((e) => (e.type === 'exit' ? e.status >> 8 : -1))).toEqual([7, 0]);
    expect(calls(recs, 'exit').map((r) => r.args[0])).toEqual([7, 0]);
  });

  it('ends a blocked call a signal handler interrupts with EINTR', () => {
    const b = bootWith();
    const rec = traced(b);
    b.run(function* (sys) {
      yield* sys.rt_sigaction(SIGUSR1, () => {});
      const me = yield* sys.getpid();
      yield* sys.clone(0, function* () {
        yield* sys.nanosleep(1_000_000);
        yield* sys.kill(me, SIGUSR1);
        return 0;
      });
      yield* sys.pause();
      yield* sys.getpid();
      return 0;
    });
    const pauses = calls(rec.take(), 'pause');
    expect(pauses.map((r) => [r.phase, r.result])).toEqual([
      ['enter', undefined],
      ['exit', -EINTR],
    ]);
  });

  it('drops records past the bound and counts them', () => {
    const b = bootWith();
    const rec = traced(b, 5);
    b.run(function* (sys) {
      for (let i = 0; i < 10; i++) yield* sys.getpid();
      return 0;
    });
    expect(rec.size).toBe(5);
    expect(rec.dropped).toBeGreaterThan(5);
  });

  it('answers ptrace errors as Linux does', () => {
    const b = bootWith();
    const out: unknown[] = [];
    b.run(function* (sys) {
      out.push(yield* sys.ptrace(PTRACE_SEIZE, 99999, 0, 0));
      out.push(yield* sys.ptrace(PTRACE_READ_RECORDS));
      return 0;
    });
    expect(out).toEqual([-ESRCH, -ESRCH]);
  });
});
