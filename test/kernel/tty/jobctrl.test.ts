// Terminal job control (src/kernel/tty/jobctrl.ts): what a background process group gets when it
// reads, writes or changes its controlling terminal. Expected outcomes were measured on Linux 6.1
// with a Python session leader on a pty (os.fork/setpgid/tcsetpgrp/termios):
//   bg read → stopped by SIGTTIN (21); after tcsetpgrp + SIGCONT the read returns the typed line;
//   SIGTTIN ignored or blocked → EIO; SIGTTIN caught (no SA_RESTART) → EINTR;
//   bg write without TOSTOP → written; with TOSTOP → stopped by SIGTTOU (22); SIGTTOU ignored → written;
//   bg tcsetattr / tcsetpgrp → stopped by SIGTTOU; SIGTTOU ignored → done;
//   tcsetpgrp(-1) EINVAL, (999999) ESRCH, (1: another session) EPERM;
//   orphaned group: read EIO, tcsetattr EIO, TOSTOP write EIO, tcsetpgrp ENOTTY.
import { describe, expect, it } from 'vitest';
import { bootWith } from '../harness';
import type { TestMain } from '../harness';
import { writeAll } from '../../../src/userland/libc/io';
import { decode, encode } from '../../../src/lib/utf8';
import type { Gen, Program, Sys } from '../../../src/userland/sys';
import { TCGETS, TCSETS, TIOCSPGRP, TOSTOP } from '../../../src/kernel/abi/termios';
import type { Termios } from '../../../src/kernel/abi/termios';
import {
  SIGCONT,
  SIGKILL,
  SIGTTIN,
  SIGTTOU,
  SIG_BLOCK,
  SIG_IGN,
  SIG_DFL,
} from '../../../src/kernel/abi/signal';
import { WEXITSTATUS, WIFEXITED, WIFSTOPPED, WSTOPSIG, WUNTRACED } from '../../../src/kernel/abi/sched';

/** A session leader on a fresh terminal: `main` runs as the shell would, its lines are the log. */
function onTty(main: TestMain): { type: (text: string) => void; screen: () => string } {
  const m = bootWith({ prog: main });
  const tty = m.kernel.openTty();
  let screen = '';
  tty.onOutput((d) => (screen += decode(d)));
  const t = m.kernel.spawn({ path: '/bin/prog', argv: ['prog'], envp: [], stdio: { tty }, setsid: true });
  if (typeof t === 'number') throw new Error('spawn');
  const settle = (): void => {
    for (let i = 0; i < 1000 && (m.kernel.tick() > 0 || m.kernel.hasRunnable()); i++);
  };
  settle();
  return {
    type(text) {
      tty.receive(encode(text));
      settle();
    },
    screen: () => screen,
  };
}

/** Fork `body` into a process group of its own (a background job); returns its pid. */
function* job(sys: Sys, body: () => Program): Gen<number> {
  const pid = yield* sys.clone(0, function* () {
    yield* sys.setpgid(0, 0);
    return yield* body();
  });
  yield* sys.setpgid(pid, pid);
  return pid;
}

/** "stopped 21", "exit 3" */
function* waitJob(sys: Sys, pid: number): Program {
  const r = yield* sys.wait4(pid, WUNTRACED);
  if (typeof r === 'number') return r;
  if (WIFSTOPPED(r.status)) return WSTOPSIG(r.status) + 1000;
  return WIFEXITED(r.status) ? WEXITSTATUS(r.status) : -1;
}

function describeStatus(s: number): string {
  return s >= 1000 ? `stopped ${s - 1000}` : `exit ${s}`;
}

/** A job body that reports what a call returned (a negative errno) as its exit status. */
function* exitWith(r: unknown): Program {
  return typeof r === 'number' && r < 0 ? -r : 0;
}

function* setTostop(sys: Sys, on: boolean): Program {
  const t = (yield* sys.ioctl(0, TCGETS)) as Termios;
  yield* sys.ioctl(0, TCSETS, { ...t, lflag: on ? t.lflag | TOSTOP : t.lflag & ~TOSTOP });
  return 0;
}

describe('terminal job control', () => {
  it('stops a background reader with SIGTTIN; in the foreground after SIGCONT it reads the line', () => {
    const term = onTty(function* (sys) {
      yield* sys.rt_sigaction(SIGTTOU, SIG_IGN);
      const pid = yield* job(sys, function* () {
        const line = yield* sys.read(0, 100);
        yield* writeAll(sys, 1, `job read [${decode(line as Uint8Array).trim()}]\n`);
        return 0;
      });
      yield* writeAll(sys, 1, `${describeStatus(yield* waitJob(sys, pid))}\n`);
      yield* sys.ioctl(0, TIOCSPGRP, pid);
      yield* sys.kill(-pid, SIGCONT);
      const done = yield* waitJob(sys, pid);
      yield* sys.ioctl(0, TIOCSPGRP, yield* sys.getpgid(0));
      yield* writeAll(sys, 1, `${describeStatus(done)}\n`);
      return 0;
    });
    expect(term.screen()).toBe('stopped 21\r\n');
    term.type('typed\r');
    expect(term.screen()).toBe('stopped 21\r\ntyped\r\njob read [typed]\r\nexit 0\r\n');
  });

  it('a background read with SIGTTIN ignored or blocked fails with EIO; caught, with EINTR', () => {
    const term = onTty(function* (sys) {
      const ignored = yield* job(sys, function* () {
        yield* sys.rt_sigaction(SIGTTIN, SIG_IGN);
        return yield* exitWith(yield* sys.read(0, 10));
      });
      const blocked = yield* job(sys, function* () {
        yield* sys.rt_sigprocmask(SIG_BLOCK, new Set([SIGTTIN]));
        return yield* exitWith(yield* sys.read(0, 10));
      });
      const caught = yield* job(sys, function* () {
        yield* sys.rt_sigaction(SIGTTIN, () => {});
        return yield* exitWith(yield* sys.read(0, 10));
      });
      for (const pid of [ignored, blocked, caught])
        yield* writeAll(sys, 1, `${describeStatus(yield* waitJob(sys, pid))}\n`);
      return 0;
    });
    expect(term.screen()).toBe('exit 5\r\nexit 5\r\nexit 4\r\n');
  });

  it('background writes go out unless TOSTOP is set; then SIGTTOU stops the writer unless it ignores it', () => {
    const term = onTty(function* (sys) {
      yield* sys.rt_sigaction(SIGTTOU, SIG_IGN);
      const writer = (text: string, ignore: boolean) =>
        function* (): Program {
          yield* sys.rt_sigaction(SIGTTOU, ignore ? SIG_IGN : SIG_DFL);
          return yield* exitWith(yield* sys.write(1, text));
        };
      let pid = yield* job(sys, writer('plain\n', false));
      yield* writeAll(sys, 1, `${describeStatus(yield* waitJob(sys, pid))}\n`);
      yield* setTostop(sys, true);
      pid = yield* job(sys, writer('tostop\n', false));
      yield* writeAll(sys, 1, `${describeStatus(yield* waitJob(sys, pid))}\n`);
      yield* sys.kill(-pid, SIGKILL);
      yield* sys.wait4(pid, 0);
      pid = yield* job(sys, writer('ignoring\n', true));
      yield* writeAll(sys, 1, `${describeStatus(yield* waitJob(sys, pid))}\n`);
      return 0;
    });
    expect(term.screen()).toBe('plain\r\nexit 0\r\nstopped 22\r\nignoring\r\nexit 0\r\n');
  });

  it('tcsetattr and tcsetpgrp from the background stop with SIGTTOU unless it is ignored', () => {
    const term = onTty(function* (sys) {
      yield* sys.rt_sigaction(SIGTTOU, SIG_IGN);
      const setattr = yield* job(sys, function* () {
        yield* sys.rt_sigaction(SIGTTOU, SIG_DFL);
        return yield* setTostop(sys, false);
      });
      const setpgrp = yield* job(sys, function* () {
        yield* sys.rt_sigaction(SIGTTOU, SIG_DFL);
        return yield* exitWith(yield* sys.ioctl(0, TIOCSPGRP, yield* sys.getpgid(0)));
      });
      for (const pid of [setattr, setpgrp]) {
        yield* writeAll(sys, 1, `${describeStatus(yield* waitJob(sys, pid))}\n`);
        yield* sys.kill(-pid, SIGKILL);
        yield* sys.wait4(pid, 0);
      }
      const taker = yield* job(sys, function* () {
        const r = yield* sys.ioctl(0, TIOCSPGRP, yield* sys.getpgid(0));
        return yield* exitWith(r);
      });
      yield* writeAll(sys, 1, `${describeStatus(yield* waitJob(sys, taker))}\n`);
      const fg = yield* sys.ioctl(0, 0x540f);
      yield* sys.ioctl(0, TIOCSPGRP, yield* sys.getpgid(0));
      yield* writeAll(sys, 1, `foreground was the job: ${fg === taker}\n`);
      return 0;
    });
    expect(term.screen()).toBe('stopped 22\r\nstopped 22\r\nexit 0\r\nforeground was the job: true\r\n');
  });

  it('tcsetpgrp checks its argument: EINVAL, ESRCH, EPERM for a group of another session', () => {
    const term = onTty(function* (sys) {
      const out: number[] = [];
      for (const arg of [-1, 999999, 1]) out.push((yield* sys.ioctl(0, TIOCSPGRP, arg)) as number);
      yield* writeAll(sys, 1, `${out.join(' ')}\n`);
      return 0;
    });
    expect(term.screen()).toBe('-22 -3 -1\r\n');
  });

  it('an orphaned background group is not stopped: read, tcsetattr and TOSTOP writes fail with EIO', () => {
    const term = onTty(function* (sys) {
      yield* setTostop(sys, true);
      const p = yield* sys.pipe2(0);
      if (typeof p === 'number') return 1;
      const parent = yield* job(sys, function* () {
        yield* sys.clone(0, function* () {
          // Wait until the parent has exited: this group then has no parent outside it.
          while ((yield* sys.getppid()) !== 1) yield* sys.sched_yield();
          const r = [
            yield* sys.read(0, 10),
            yield* sys.ioctl(0, TCSETS, yield* sys.ioctl(0, TCGETS)),
            yield* sys.write(2, 'x'),
            yield* sys.ioctl(0, TIOCSPGRP, yield* sys.getpgid(0)),
          ];
          yield* writeAll(sys, p[1], `orphan: ${r.join(' ')}\n`);
          return 0;
        });
        return 0;
      });
      yield* sys.wait4(parent, 0);
      yield* sys.close(p[1]);
      const report = yield* sys.read(p[0], 100);
      yield* writeAll(sys, 1, decode(report as Uint8Array));
      return 0;
    });
    expect(term.screen()).toBe('orphan: -5 -5 -5 -25\r\n');
  });
});
