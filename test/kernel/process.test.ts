import { describe, expect, it } from 'vitest';
import { bootWith } from './harness';
import { writeAll, readAll } from '../../src/userland/libc/io';
import { decode } from '../../src/lib/utf8';
import { ECHILD, EPIPE, ENOENT, EACCES, ENOEXEC } from '../../src/kernel/abi/errno';
import { SIGKILL, SIGTERM, SIGPIPE, SIGUSR1, SIGSTOP, SIGCONT, SIG_IGN } from '../../src/kernel/abi/signal';
import {
  WEXITSTATUS,
  WIFSIGNALED,
  WTERMSIG,
  WIFSTOPPED,
  WUNTRACED,
  WNOHANG,
} from '../../src/kernel/abi/sched';
import { EINTR } from '../../src/kernel/abi/errno';

describe('processes', () => {
  it('clone runs the child, wait4 reaps it with its exit status and pid', () => {
    const m = bootWith();
    const r = m.run(function* (sys) {
      const pid = yield* sys.clone(0, function* () {
        return 7;
      });
      const w = yield* sys.wait4(pid, 0);
      if (typeof w === 'number') return 99;
      yield* writeAll(sys, 1, `${w.pid === pid} ${WEXITSTATUS(w.status)}\n`);
      const again = yield* sys.wait4(-1, 0);
      yield* writeAll(sys, 1, `${again === -ECHILD}\n`);
      return 0;
    });
    expect(r.output).toBe('true 7\ntrue\n');
    expect(WEXITSTATUS(r.status)).toBe(0);
  });

  it('a child that exits before wait4 stays a zombie (state Z in /proc) until reaped', () => {
    const m = bootWith();
    const r = m.run(function* (sys) {
      const pid = yield* sys.clone(0, function* () {
        return 0;
      });
      yield* sys.nanosleep(1e6);
      const fd = yield* sys.open(`/proc/${pid}/stat`, 0);
      const text = decode((yield* readAll(sys, fd)) as Uint8Array);
      yield* writeAll(sys, 1, text.split(' ')[2]!);
      yield* sys.wait4(pid, 0);
      const gone = yield* sys.open(`/proc/${pid}/stat`, 0);
      yield* writeAll(sys, 1, ` ${gone === -ENOENT}`);
      return 0;
    });
    expect(r.output).toBe('Z true');
  });

  it('orphans are reparented to pid 1', () => {
    const m = bootWith();
    const r = m.run(function* (sys) {
      const p = (yield* sys.pipe2(0)) as [number, number];
      yield* sys.clone(0, function* () {
        yield* sys.clone(0, function* () {
          yield* sys.nanosleep(1e6);
          yield* writeAll(sys, p[1], `ppid=${yield* sys.getppid()}`);
          return 0;
        });
        return 0;
      });
      yield* sys.close(p[1]);
      const data = yield* readAll(sys, p[0]);
      yield* writeAll(sys, 1, decode(data as Uint8Array));
      return 0;
    });
    expect(r.output).toBe('ppid=1');
  });

  it('execve fails with ENOENT, EACCES and ENOEXEC as Linux does', () => {
    const m = bootWith();
    m.kernel.installFile('/tmp/noexec', 'hello', 0o644);
    m.kernel.installFile('/tmp/garbage', 'hello', 0o755);
    const r = m.run(function* (sys) {
      const a = yield* sys.execve('/nope', ['x'], []);
      const b = yield* sys.execve('/tmp/noexec', ['x'], []);
      const c = yield* sys.execve('/tmp/garbage', ['x'], []);
      const d = yield* sys.execve('/tmp', ['x'], []);
      yield* writeAll(sys, 1, `${a === -ENOENT} ${b === -EACCES} ${c === -ENOEXEC} ${d === -EACCES}`);
      return 0;
    });
    expect(r.output).toBe('true true true true');
  });

  it('a #! script runs its interpreter with the script path as an argument', () => {
    const m = bootWith({
      *interp(sys, argv) {
        yield* writeAll(sys, 1, argv.join('|'));
        return 0;
      },
    });
    m.kernel.installFile('/tmp/s.sh', '#!/bin/interp -x\necho hi\n', 0o755);
    const r = m.run(function* (sys) {
      return yield* sys.execve('/tmp/s.sh', ['/tmp/s.sh', 'a'], []);
    });
    expect(r.output).toBe('/bin/interp|-x|/tmp/s.sh|a');
  });
});

describe('signals', () => {
  it('SIGKILL terminates a sleeping child and wait4 reports the signal', () => {
    const m = bootWith();
    const r = m.run(function* (sys) {
      const pid = yield* sys.clone(0, function* () {
        yield* sys.nanosleep(100e9);
        return 0;
      });
      yield* sys.kill(pid, SIGKILL);
      const w = yield* sys.wait4(pid, 0);
      if (typeof w === 'number') return 1;
      yield* writeAll(sys, 1, `${WIFSIGNALED(w.status)} ${WTERMSIG(w.status)}`);
      return 0;
    });
    expect(r.output).toBe('true 9');
  });

  it('a handler runs and the interrupted syscall fails with EINTR', () => {
    const m = bootWith();
    const r = m.run(function* (sys) {
      let got = 0;
      yield* sys.rt_sigaction(SIGUSR1, (sig) => {
        got = sig;
      });
      const me = yield* sys.getpid();
      yield* sys.clone(0, function* () {
        yield* sys.nanosleep(1e6);
        yield* sys.kill(me, SIGUSR1);
        return 0;
      });
      const res = yield* sys.nanosleep(60e9);
      yield* writeAll(sys, 1, `${res === -EINTR} ${got}`);
      return 0;
    });
    expect(r.output).toBe(`true ${SIGUSR1}`);
  });

  it('ignored signals are discarded', () => {
    const m = bootWith();
    const r = m.run(function* (sys) {
      yield* sys.rt_sigaction(SIGTERM, SIG_IGN);
      yield* sys.kill(yield* sys.getpid(), SIGTERM);
      yield* writeAll(sys, 1, 'alive');
      return 0;
    });
    expect(r.output).toBe('alive');
  });

  it('SIGSTOP stops a child (reported with WUNTRACED) and SIGCONT resumes it', () => {
    const m = bootWith();
    const r = m.run(function* (sys) {
      const pid = yield* sys.clone(0, function* () {
        yield* sys.nanosleep(5e6);
        return 4;
      });
      yield* sys.kill(pid, SIGSTOP);
      const w = yield* sys.wait4(pid, WUNTRACED);
      const stopped = typeof w !== 'number' && WIFSTOPPED(w.status);
      const none = yield* sys.wait4(pid, WNOHANG);
      yield* sys.kill(pid, SIGCONT);
      const done = yield* sys.wait4(pid, 0);
      yield* writeAll(
        sys,
        1,
        `${stopped} ${JSON.stringify(none)} ${typeof done !== 'number' && WEXITSTATUS(done.status)}`,
      );
      return 0;
    });
    expect(r.output).toBe('true {"pid":0,"status":0} 4');
  });
});

describe('pipes', () => {
  it('writing to a pipe with no reader raises SIGPIPE (default: death)', () => {
    const m = bootWith();
    const r = m.run(function* (sys) {
      const p = (yield* sys.pipe2(0)) as [number, number];
      yield* sys.close(p[0]);
      const pid = yield* sys.clone(0, function* () {
        yield* sys.write(p[1], 'x');
        return 0;
      });
      const w = yield* sys.wait4(pid, 0);
      yield* sys.rt_sigaction(SIGPIPE, SIG_IGN);
      const e = yield* sys.write(p[1], 'x');
      yield* writeAll(sys, 1, `${typeof w !== 'number' && WTERMSIG(w.status)} ${e === -EPIPE}`);
      return 0;
    });
    expect(r.output).toBe(`${SIGPIPE} true`);
  });

  it('a reader blocks until data arrives, and sees EOF after the last writer closes', () => {
    const m = bootWith();
    const r = m.run(function* (sys) {
      const p = (yield* sys.pipe2(0)) as [number, number];
      yield* sys.clone(0, function* () {
        yield* sys.close(p[0]);
        for (let i = 0; i < 3; i++) {
          yield* sys.nanosleep(1e6);
          yield* sys.write(p[1], `${i}`);
        }
        return 0;
      });
      yield* sys.close(p[1]);
      const all = yield* readAll(sys, p[0]);
      yield* writeAll(sys, 1, decode(all as Uint8Array));
      return 0;
    });
    expect(r.output).toBe('012');
  });

  it('a large write through a pipe arrives whole (65536-byte buffer, writer blocks)', () => {
    const m = bootWith();
    const r = m.run(function* (sys) {
      const p = (yield* sys.pipe2(0)) as [number, number];
      yield* sys.clone(0, function* () {
        yield* sys.close(p[0]);
        yield* writeAll(sys, p[1], 'y'.repeat(200000));
        return 0;
      });
      yield* sys.close(p[1]);
      const all = (yield* readAll(sys, p[0])) as Uint8Array;
      yield* writeAll(sys, 1, String(all.length));
      return 0;
    });
    expect(r.output).toBe('200000');
  });
});
