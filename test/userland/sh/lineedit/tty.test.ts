// End to end on the kernel's terminal: a small program reads lines with readLine on /dev/pts/N
// while the test types into the tty and reads the screen through a terminal emulator.

import { describe, expect, it } from 'vitest';
import { createKernel, programImage } from '../../../../src/kernel';
import type { Kernel, ProgramEntry, Tty } from '../../../../src/kernel';
import { ICANON } from '../../../../src/kernel/abi/termios';
import { createSys } from '../../../../src/userland/libc/syscall';
import { writeAll } from '../../../../src/userland/libc/io';
import type { Main } from '../../../../src/userland/sys';
import { addHistory, createLineEditState, readLine } from '../../../../src/userland/sh/lineedit';
import { decode, encode } from '../../../../src/lib/utf8';
import { Screen } from './vt';

/** Reads lines and prints each one back in brackets (with " ^C" after an interrupted one). */
const echoLines: Main = function* (sys) {
  const state = createLineEditState();
  for (;;) {
    const line = yield* readLine(sys, '> ', state);
    if (line === null) break;
    addHistory(state, line);
    yield* writeAll(sys, 1, `[${line}]${state.interrupted ? ' ^C' : ''}\n`);
  }
  yield* writeAll(sys, 1, 'bye\n');
  return 0;
};

interface Rig {
  kernel: Kernel;
  tty: Tty;
  screen: Screen;
  type(keys: string): string;
}

function settle(kernel: Kernel): void {
  for (let i = 0; i < 10000; i++) {
    if (kernel.tick() > 0 || kernel.hasRunnable()) continue;
    const next = kernel.nextTimer();
    if (next === undefined) return;
    kernel.advanceTo(next);
  }
}

function rig(cols = 80): Rig {
  const kernel = createKernel({
    programs: (name) => (name === 'echolines' ? (echoLines as ProgramEntry) : undefined),
    sys: createSys(),
  });
  kernel.mkdir('/bin');
  kernel.installFile('/bin/echolines', programImage('echolines'), 0o755);
  const tty = kernel.openTty();
  tty.winsize = { rows: 24, cols };
  let out = '';
  tty.onOutput((bytes) => (out += decode(bytes)));
  const task = kernel.spawn({
    path: '/bin/echolines',
    argv: ['echolines'],
    envp: [],
    stdio: { tty },
    setsid: true,
  });
  if (typeof task === 'number') throw new Error(`spawn failed: ${task}`);
  const screen = new Screen(cols);
  const type = (keys: string): string => {
    out = '';
    if (keys !== '') tty.receive(encode(keys));
    settle(kernel);
    screen.write(out);
    return out;
  };
  type('');
  return { kernel, tty, screen, type };
}

describe('readLine on the kernel tty', () => {
  it('edits in raw mode and gives the terminal back in canonical mode', () => {
    const r = rig();
    expect(r.screen.text()).toBe('>');
    expect(r.tty.termios.lflag & ICANON).toBe(0);
    r.type('helo\x02\x02l\x05 world\r');
    expect(r.screen.text()).toBe('> hello world\n[hello world]\n>');
  });

  it('handles a pasted block line by line, history and ^C', () => {
    const r = rig();
    r.type('one\ntwo\n');
    expect(r.screen.text()).toBe('> one\n[one]\n> two\n[two]\n>');
    r.type('\x1b[A\x1b[A!\r');
    expect(r.screen.text()).toBe('> one\n[one]\n> two\n[two]\n> one!\n[one!]\n>');
    r.type('abc\x03');
    expect(r.screen.text()).toBe('> one\n[one]\n> two\n[two]\n> one!\n[one!]\n> abc^C\n[] ^C\n>');
    r.type('\x04');
    expect(r.screen.text().endsWith('> bye')).toBe(true);
  });

  it('wraps long lines at the terminal width', () => {
    const r = rig(20);
    r.type('abcdefghijklmnopqrstuvwxyz\x01X');
    expect(r.screen.text()).toBe('> Xabcdefghijklmnopq\nrstuvwxyz');
    expect(r.screen.cursor).toEqual([0, 3]);
  });
});
