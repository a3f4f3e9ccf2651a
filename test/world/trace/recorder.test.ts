// The command recorder: calls kept only between start and finish, grouped by process in order,
// a blocked call's two halves made one line, the cap counted, and a generation that moves.
import { describe, expect, it } from 'vitest';
import type { TraceSyscall } from '../../../src/kernel/abi/trace';
import { CommandRecorder } from '../../../src/world/trace/recorder';

let seq = 0;
const rec = (pid: number, sys: string, phase: TraceSyscall['phase'] = 'call', comm = 'sh'): TraceSyscall => ({
  type: 'syscall',
  phase,
  seq: seq++,
  pid,
  comm,
  time: seq * 10,
  name: sys,
  sys,
  args: [],
  ...(phase === 'enter' ? {} : { result: 0 }),
});
const ppidOf = (pid: number): number => pid - 1;

describe('CommandRecorder', () => {
  it('keeps calls between start and finish, by process in order of first call', () => {
    const r = new CommandRecorder();
    expect(r.lastCommand()).toBeNull();
    r.add(rec(5, 'getpid'), ppidOf);
    r.start('true', 100);
    r.add(rec(7, 'execve', 'call', 'sh'), ppidOf);
    r.add(rec(5, 'wait4'), ppidOf);
    r.add(rec(7, 'exit', 'call', 'true'), ppidOf);
    const g = r.generation;
    r.finish(200);
    expect(r.generation).toBeGreaterThan(g);
    r.add(rec(5, 'getpid'), ppidOf);
    const t = r.lastCommand();
    expect(t).toMatchObject({
      command: 'true',
      startNs: 100,
      endNs: 200,
      running: false,
      total: 3,
      truncated: 0,
    });
    expect(t?.processes.map((p) => [p.pid, p.ppid, p.comm, p.records.length])).toEqual([
      [7, 6, 'true', 2],
      [5, 4, 'sh', 1],
    ]);
  });

  it('makes one call of a blocked call whose enter and exit it saw', () => {
    const r = new CommandRecorder();
    r.start('sleep 1', 0);
    const enter = rec(3, 'nanosleep', 'enter');
    r.add(enter, ppidOf);
    r.add(rec(3, 'nanosleep', 'exit'), ppidOf);
    const [only, ...rest] = r.lastCommand()?.processes[0]?.records ?? [];
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ phase: 'call', time: enter.time, result: 0 });
    expect(r.lastCommand()?.total).toBe(1);
  });

  it('counts what it leaves out past the limit, and answers the same object until something changes', () => {
    const r = new CommandRecorder(3);
    r.start('yes', 0);
    for (let i = 0; i < 5; i++) r.add(rec(9, 'write'), ppidOf);
    const t = r.lastCommand();
    expect(t).toMatchObject({ total: 3, truncated: 2, running: true, endNs: null });
    expect(r.lastCommand()).toBe(t);
    // Past the limit only the count moves: a new answer, the same process list.
    r.add(rec(9, 'write'), ppidOf);
    expect(r.lastCommand()).not.toBe(t);
    expect(r.lastCommand()?.processes).toBe(t?.processes);
    expect(r.lastCommand()?.truncated).toBe(3);
    r.start('next', 10);
    expect(r.lastCommand()).toMatchObject({ command: 'next', total: 0, processes: [] });
  });
});
