// Job control against the terminal: background jobs that read it are stopped (SIGTTIN), writes
// stop them only with TOSTOP (SIGTTOU), and `fg` gives them the terminal back. Expected screens
// are bash 5.2.15 on a Linux pty (python3's pty module driving `bash --norc -i`, PS1='$ '):
//   $ cat & sleep 0.2 / [1] 24917 / (blank) / [1]+  Stopped                 cat
//   $ fg / cat / hello / hello
//   $ stty tostop / $ echo hi & sleep 0.2 / [2] 25034 / (blank) / [2]+  Stopped                 echo hi
//   $ echo bg & sleep 0.2 (TOSTOP off) / [4] 25039 / bg / [4]   Done                    echo bg
//   $ bash --norc -i & sleep 0.3 / [1] 27903 / (blank) / [1]+  Stopped                 bash --norc -i
//   $ ( (sleep 0.1; cat </dev/tty) & ); sleep 0.3 / cat: -: Input/output error
//   $ (cat &); sleep 0.3 / $ (cat & wait) / $        (nothing: their stdin is /dev/null)
import { describe, expect, it } from 'vitest';
import { bootMachine, BASE_ENV } from '../../../src/world/machine';
import { runUntil } from '../../../src/world/run';
import { decode, encode } from '../../../src/lib/utf8';
import { TOSTOP } from '../../../src/kernel/abi/termios';

const PROMPT = 'root@glasshouse:~# ';
const CSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');

/** A login shell on a terminal; `type` feeds keys and runs the machine for `ms` of virtual time. */
function session(): {
  type: (keys: string, ms?: number) => void;
  screen: () => string;
  tostop: (on: boolean) => void;
} {
  const kernel = bootMachine({ seed: 1 });
  const tty = kernel.openTty();
  let out = '';
  tty.onOutput((d) => (out += decode(d)));
  const shell = kernel.spawn({
    path: '/bin/bash',
    argv: ['-bash'],
    envp: [...BASE_ENV, 'PWD=/root', 'TERM=dumb'],
    stdio: { tty },
    cwd: '/root',
    setsid: true,
  });
  if (typeof shell === 'number') throw new Error(`bash: ${shell}`);
  const type = (keys: string, ms = 500): void => {
    if (keys) tty.receive(encode(keys));
    runUntil(kernel, () => false, kernel.nowNs + ms * 1e6);
  };
  type('');
  out = '';
  return {
    type,
    // What `stty tostop` / `stty -tostop` from another terminal do. It happens while a foreground
    // command runs: the line editor puts back the settings it found when it started reading.
    tostop(on) {
      type('sleep 1\r', 100);
      tty.termios = { ...tty.termios, lflag: on ? tty.termios.lflag | TOSTOP : tty.termios.lflag & ~TOSTOP };
      type('', 1500);
      out = '';
    },
    // The line editor redraws with escape sequences and \r; compare the text it leaves.
    screen: () => out.replace(CSI, '').replace(/\r/g, ''),
  };
}

describe('job control on the terminal', () => {
  it('stops `cat &` when it reads the terminal (SIGTTIN); fg gives it the terminal and it reads', () => {
    const s = session();
    s.type('cat & sleep 0.2\r');
    expect(s.screen()).toMatch(
      /^cat & sleep 0\.2\n\[1\] \d+\n\n\[1\]\+ {2}Stopped {17}cat\nroot@glasshouse:~# $/,
    );
    s.type('jobs\r');
    expect(s.screen()).toContain(`${PROMPT}jobs\n[1]+  Stopped                 cat\n${PROMPT}`);
    s.type('fg\r');
    s.type('hello\r');
    s.type('\x04');
    s.type('echo $?\r');
    expect(s.screen()).toContain(`${PROMPT}fg\ncat\nhello\nhello\n${PROMPT}echo $?\n0\n${PROMPT}`);
  });

  it('with TOSTOP a background writer stops (SIGTTOU); without it background output goes out', () => {
    const s = session();
    s.tostop(true);
    s.type('echo hi & sleep 0.2\r');
    expect(s.screen()).toMatch(/^echo hi & sleep 0\.2\n\[1\] \d+\n\n\[1\]\+ {2}Stopped {17}echo hi\n/);
    s.type('/bin/echo hi & sleep 0.2\r');
    expect(s.screen()).toMatch(
      /\/bin\/echo hi & sleep 0\.2\n\[2\] \d+\n\n\[2\]\+ {2}Stopped {17}\/bin\/echo hi\n/,
    );
    s.tostop(false);
    s.type('echo bg & sleep 0.2\r');
    expect(s.screen()).toMatch(/^echo bg & sleep 0\.2\n\[3\] \d+\nbg\n\[3\] {3}Done {20}echo bg\n/);
    s.type('fg %1\r');
    s.type('fg\r');
    expect(s.screen()).toContain(`${PROMPT}fg %1\necho hi\nhi\n${PROMPT}fg\n/bin/echo hi\nhi\n${PROMPT}`);
  });

  it('a shell started in the background stops itself until fg, then takes the terminal', () => {
    const s = session();
    s.type('bash & sleep 0.3\r');
    expect(s.screen()).toMatch(/\[1\] \d+\n\n\[1\]\+ {2}Stopped {17}bash\n/);
    s.type('fg\r');
    s.type('echo inner $((6*7))\r');
    s.type('exit\r');
    s.type('echo outer\r');
    expect(s.screen()).toContain(
      `${PROMPT}fg\nbash\n${PROMPT}echo inner $((6*7))\ninner 42\n${PROMPT}exit\nexit\n`,
    );
    expect(s.screen()).toContain(`${PROMPT}echo outer\nouter\n`);
  });

  it("a subshell's background command reads /dev/null, not the terminal (no job control there)", () => {
    const s = session();
    s.type('(cat &); sleep 0.3\r');
    s.type('(cat & wait)\r');
    expect(s.screen()).toBe(`(cat &); sleep 0.3\n${PROMPT}(cat & wait)\n${PROMPT}`);
  });

  it('a reader left in an orphaned background group gets EIO instead of stopping', () => {
    const s = session();
    s.type('( (sleep 0.1; cat </dev/tty) & ); sleep 0.3\r');
    expect(s.screen()).toBe(
      `( (sleep 0.1; cat </dev/tty) & ); sleep 0.3\ncat: -: Input/output error\n${PROMPT}`,
    );
  });
});
