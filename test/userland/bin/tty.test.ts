// tty(1) as coreutils 9.1: the cases in tty.cases.json were recorded from the real tty by
// tty.record.py (standard input a pipe: "not a tty"). On a terminal the expected screen is the real
// one on a pty (python3's pty module, bash 5.2), where the terminal was /dev/pts/0 (here the
// second terminal, /dev/pts/1):
//   $ tty → /dev/pts/0;  $ tty -s; echo $? → 0;  $ tty </dev/tty → /dev/tty;
//   $ echo x | tty; echo $? → not a tty / 1;
//   $ tty 2>&1 >/dev/full; echo $? → tty: write error: No space left on device / 3
import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';
import { createWorld } from '../../../src/world';
import cases from './tty.cases.json';

interface Case {
  script: string;
  stdout: string;
  stderr: string;
  status: number;
}

describe('tty without a terminal', () => {
  for (const c of cases as Case[]) {
    it(c.script, () => {
      const r = runSh(c.script);
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.status }).toEqual({
        stdout: c.stdout,
        stderr: c.stderr,
        status: c.status,
      });
    });
  }
});

describe('tty on a terminal', () => {
  it('names the terminal of standard input, /dev/pts/N or the name it was opened by', () => {
    const world = createWorld({ seed: 1 });
    world.openTerminal(80, 24);
    const term = world.openTerminal(80, 24);
    let out = '';
    term.onOutput((d) => (out += d));
    world.pump();
    out = '';
    for (const line of [
      'tty',
      'tty -s; echo $?',
      'tty </dev/tty',
      'echo x | tty; echo $?',
      'tty 2>&1 >/dev/full; echo $?',
    ]) {
      term.input(`${line}\r`);
      world.pump();
    }
    // The line editor redraws with escape sequences and \r; compare the text it leaves.
    const text = out
      .replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g'), '')
      .replace(/\r/g, '');
    const P = 'root@glasshouse:~# ';
    expect(text).toBe(
      'tty\n/dev/pts/1\n' +
        `${P}tty -s; echo $?\n0\n` +
        `${P}tty </dev/tty\n/dev/tty\n` +
        `${P}echo x | tty; echo $?\nnot a tty\n1\n` +
        `${P}tty 2>&1 >/dev/full; echo $?\ntty: write error: No space left on device\n3\n${P}`,
    );
  });
});
