// The namespace tools on a bare kernel (no shell): targets are test processes, so pids are known.
import { describe, expect, it } from 'vitest';
import { ENV, bootNs } from './boot';
import { CLONE_NEWPID, CLONE_NEWUTS, WEXITSTATUS } from '../../../../src/kernel/abi/sched';
import { SIGCHLD, SIGKILL } from '../../../../src/kernel/abi/signal';
import { writeAll } from '../../../../src/userland/libc/io';
import type { Program, Sys } from '../../../../src/userland/sys';

/** Start a process in new namespaces that sets its hostname and waits; run argv next to it. */
function* withTarget(sys: Sys, flags: number, argv: (pid: number) => string[]): Program {
  const p = (yield* sys.pipe2(0)) as readonly [number, number];
  const target = yield* sys.clone(SIGCHLD | flags, function* () {
    yield* sys.sethostname('inner');
    yield* sys.write(p[1], 'x');
    yield* sys.nanosleep(10e9);
    return 0;
  });
  yield* sys.read(p[0], 1);
  const args = argv(target);
  const pid = yield* sys.clone(SIGCHLD, function* () {
    return yield* sys.execve(`/bin/${args[0]}`, args, ENV);
  });
  const w = yield* sys.wait4(pid, 0);
  yield* writeAll(sys, 1, `status ${typeof w === 'number' ? w : WEXITSTATUS(w.status)}\n`);
  yield* sys.kill(target, SIGKILL);
  yield* sys.wait4(target, 0);
  return 0;
}

describe('nsenter on a bare kernel', () => {
  it('joins the uts namespace of a target process', () => {
    const r = bootNs().run((sys) =>
      withTarget(sys, CLONE_NEWUTS, (t) => ['nsenter', '-t', String(t), '-u', 'hostname']),
    );
    expect(r.output).toBe('inner\nstatus 0\n');
  });

  it('forks so that the program is in the target pid namespace (pid 2 there)', () => {
    const r = bootNs().run((sys) =>
      withTarget(sys, CLONE_NEWPID | CLONE_NEWUTS, (t) => [
        'nsenter',
        '-t',
        String(t),
        '-p',
        '-u',
        'sh',
        '-c',
        'echo $$; hostname',
      ]),
    );
    expect(r.output).toBe('2\ninner\nstatus 0\n');
  });

  it('-a enters every namespace but our own user namespace', () => {
    const r = bootNs().run((sys) =>
      withTarget(sys, CLONE_NEWUTS, (t) => ['nsenter', '-t', String(t), '-a', 'hostname']),
    );
    expect(r.output).toBe('inner\nstatus 0\n');
  });
});

describe('unshare on a bare kernel', () => {
  it('--fork passes the exit status on and the child is pid 1', () => {
    const r = bootNs().run(function* (sys) {
      const pid = yield* sys.clone(SIGCHLD, function* () {
        return yield* sys.execve('/bin/unshare', ['unshare', '-pf', 'sh', '-c', 'echo $$; exit 3'], ENV);
      });
      const w = yield* sys.wait4(pid, 0);
      yield* writeAll(sys, 1, `status ${typeof w === 'number' ? w : WEXITSTATUS(w.status)}\n`);
      return 0;
    });
    expect(r.output).toBe('1\nstatus 3\n');
  });
});
