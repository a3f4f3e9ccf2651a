// The trace of the last command typed in a terminal: `docker run` does its work in dockerd,
// containerd-shim and runc, so the trace is machine-wide; it holds the calls that build the
// container (clone into new namespaces, the overlay mount, pivot_root, the cgroup.procs write)
// and, after the next command, only that one.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/world';
import type { Terminal } from '../../../src/world/types';
import type { CommandTrace, TraceRecord } from '../../../src/world/trace/types';
import { classify, formatCall } from '../../../src/world/trace/describe';

function session(): { term: Terminal; type: (s: string) => void } {
  const world = createWorld({ seed: 1 });
  const term = world.openTerminal(80, 24);
  let wall = 0;
  const settle = (): void => {
    for (let i = 0; i < 60; i++) {
      wall += 5;
      let n = 0;
      world.pump({ wallNowMs: wall, shouldYield: () => ++n > 300 });
    }
  };
  settle();
  return {
    term,
    type: (s) => {
      term.input(s);
      settle();
    },
  };
}

const all = (t: CommandTrace | null): TraceRecord[] => t?.processes.flatMap((p) => p.records) ?? [];
const lines = (t: CommandTrace | null): string[] => all(t).map(formatCall);

describe('Terminal.lastCommand', () => {
  it('is null before the first command', () => {
    expect(session().term.lastCommand()).toBeNull();
  });

  it('holds the calls docker run made across the machine to build the container', () => {
    const s = session();
    s.type('docker pull -q busybox >/dev/null\r');
    s.type('docker run --rm busybox true\r');
    const t = s.term.lastCommand();
    expect(t).toMatchObject({ command: 'docker run --rm busybox true', running: false, truncated: 0 });
    expect(t!.endNs).toBeGreaterThan(t!.startNs);
    const comms = new Set(t!.processes.map((p) => p.comm));
    for (const comm of ['bash', 'docker', 'dockerd', 'containerd-shim', 'true'])
      expect(comms).toContain(comm);
    const text = lines(t);
    const clone = text.find((l) => l.startsWith('clone(') && l.includes('CLONE_NEWPID'));
    for (const flag of ['CLONE_NEWPID', 'CLONE_NEWNS', 'CLONE_NEWUTS', 'CLONE_NEWIPC', 'CLONE_NEWNET'])
      expect(clone).toContain(flag);
    expect(text.find((l) => l.startsWith('mount("overlay", '))).toMatch(/"overlay", 0, "lowerdir=/);
    expect(text.some((l) => l.startsWith('pivot_root('))).toBe(true);
    const procs = all(t).find(
      (r) => r.type === 'syscall' && r.name === 'write' && r.fdPath?.endsWith('/cgroup.procs'),
    );
    expect(procs && classify(procs)).toBe('cgroup');
    expect(s.term.lastCommand()).toBe(t);
  });

  it('after the next command holds only that one', () => {
    const s = session();
    s.type('docker run --rm busybox true\r');
    const first = s.term.traceGeneration();
    s.type('ls /\r');
    expect(s.term.traceGeneration()).not.toBe(first);
    const t = s.term.lastCommand();
    expect(t?.command).toBe('ls /');
    expect(t?.processes.map((p) => p.comm)).toEqual(['bash', 'ls']);
    expect(lines(t).some((l) => l.startsWith('execve("/usr/bin/ls", ["ls", "/"]'))).toBe(true);
  });

  it('names the command as the shell read it, after editing and history', () => {
    const s = session();
    s.type('echo one\r');
    s.type('echo tw\x7fwo\r');
    expect(s.term.lastCommand()?.command).toBe('echo two');
    s.type('\x1b[A\x1b[A\r');
    expect(s.term.lastCommand()?.command).toBe('echo one');
    s.type('\r');
    expect(s.term.lastCommand()?.command).toBe('echo one');
  });

  it('keeps the first 20,000 calls of a long command and counts the rest', () => {
    const s = session();
    s.type('for i in $(seq 4500); do echo $i >/dev/null; done\r');
    const t = s.term.lastCommand();
    expect(t).toMatchObject({ running: false, total: 20_000 });
    // Each round opens /dev/null, moves it to fd 1, writes and closes: about 6 calls.
    expect(t!.total + t!.truncated).toBeGreaterThan(25_000);
    s.type('true\r');
    expect(s.term.lastCommand()).toMatchObject({ command: 'true', truncated: 0 });
  }, 30_000);

  it('ends the last command when the login shell exits', () => {
    const s = session();
    s.type('exit\r');
    const t = s.term.lastCommand();
    expect(t).toMatchObject({ command: 'exit', running: false });
    expect(t?.processes.map((p) => p.comm)).toEqual(['bash']);
    expect(lines(t).at(-1)).toBe('+++ exited with 0 +++');
  });
});
