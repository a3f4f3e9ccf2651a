import { describe, expect, it } from 'vitest';
import { bootWith } from './harness';
import { writeAll } from '../../src/userland/libc/io';
import { decode, encode } from '../../src/lib/utf8';
import { TCGETS, TCSETS, ICANON, ECHO } from '../../src/kernel/abi/termios';
import type { Termios } from '../../src/kernel/abi/termios';
import { WIFSIGNALED, WTERMSIG } from '../../src/kernel/abi/sched';
import type { TestMain } from './harness';

function onTty(main: TestMain) {
  const m = bootWith({ prog: main });
  const tty = m.kernel.openTty();
  let screen = '';
  tty.onOutput((d) => (screen += decode(d)));
  const t = m.kernel.spawn({ path: '/bin/prog', argv: ['prog'], envp: [], stdio: { tty }, setsid: true });
  if (typeof t === 'number') throw new Error('spawn');
  const settle = () => {
    for (let i = 0; i < 1000 && (m.kernel.tick() > 0 || m.kernel.hasRunnable()); i++);
  };
  settle();
  return {
    type(text: string) {
      tty.receive(encode(text));
      settle();
    },
    screen: () => screen,
    task: t,
  };
}

describe('terminal line discipline', () => {
  it('echoes typed text, applies erase, and delivers a line on Enter with \\n → \\r\\n on output', () => {
    const term = onTty(function* (sys) {
      const line = yield* sys.read(0, 100);
      yield* writeAll(sys, 1, `got [${decode(line as Uint8Array)}]\n`);
      return 0;
    });
    term.type('helo\x7flo\r');
    expect(term.screen()).toBe('helo\b \blo\r\ngot [hello\r\n]\r\n');
  });

  it('^C sends SIGINT to the foreground process group and echoes ^C', () => {
    const term = onTty(function* (sys) {
      yield* sys.read(0, 100);
      return 0;
    });
    term.type('abc\x03');
    expect(term.screen()).toBe('abc^C');
    expect(WIFSIGNALED(term.task.exitStatus) && WTERMSIG(term.task.exitStatus)).toBe(2);
  });

  it('^D on an empty line reads as end of file; raw mode hands over single bytes', () => {
    const term = onTty(function* (sys) {
      const eof = (yield* sys.read(0, 10)) as Uint8Array;
      const t = (yield* sys.ioctl(0, TCGETS)) as Termios;
      yield* sys.ioctl(0, TCSETS, { ...t, lflag: t.lflag & ~(ICANON | ECHO) });
      const raw = (yield* sys.read(0, 10)) as Uint8Array;
      yield* writeAll(sys, 1, `eof=${eof.length} raw=${decode(raw)}`);
      return 0;
    });
    term.type('\x04');
    term.type('q');
    expect(term.screen()).toBe('eof=0 raw=q');
  });
});
