// The interactive login shell on a terminal: prompt, job control (&, ^Z, jobs, bg, fg, kill %N),
// ^C of a shell loop, continuation lines and history. Expected lines follow bash 5.2's formats
// (`[1] PID`, `[2]+  Stopped                 sleep 100`, status column 24 wide).
import { describe, it, expect } from 'vitest';
import { createWorld } from '../../../src/world';

function session(): { type: (keys: string, ms?: number) => void; screen: () => string } {
  const world = createWorld({ seed: 1 });
  const term = world.openTerminal(80, 24);
  let out = '';
  term.onOutput((d) => (out += d));
  let wall = 0;
  const type = (keys: string, ms = 50): void => {
    if (keys) term.input(keys);
    for (let i = 0; i < 20; i++) {
      wall += ms / 20;
      let n = 0;
      world.pump({ wallNowMs: wall, shouldYield: () => ++n > 300 });
    }
  };
  type('');
  return { type, screen: () => out.replace(/\r/g, '') };
}

describe('interactive bash', () => {
  it('runs commands after the Debian root prompt', () => {
    const s = session();
    s.type('echo hello $((1+2))\r');
    expect(s.screen()).toContain('root@glasshouse:~# echo hello $((1+2))\nhello 3\nroot@glasshouse:~# ');
    s.type('cd /tmp\r');
    expect(s.screen()).toContain('root@glasshouse:/tmp# ');
  });

  it('manages background and stopped jobs', () => {
    const s = session();
    s.type('sleep 2 &\r');
    expect(s.screen()).toMatch(/\[1\] \d+\n/);
    s.type('sleep 100\r');
    s.type('\x1a');
    expect(s.screen()).toContain('^Z\n[2]+  Stopped                 sleep 100\n');
    s.type('jobs\r');
    expect(s.screen()).toContain(
      '[1]-  Running                 sleep 2 &\n[2]+  Stopped                 sleep 100\n',
    );
    s.type('bg\r');
    expect(s.screen()).toContain('[2]+ sleep 100 &\n');
    s.type('kill %2\r');
    s.type('\r');
    expect(s.screen()).toContain('[2]+  Terminated              sleep 100\n');
    s.type('', 2500);
    s.type('\r');
    expect(s.screen()).toContain('[1]+  Done                    sleep 2\n');
  });

  it('brings a stopped job back with fg', () => {
    const s = session();
    s.type('cat\r');
    s.type('\x1a');
    s.type('fg\r');
    expect(s.screen()).toContain('[1]+  Stopped                 cat\nroot@glasshouse:~# fg\ncat\n');
    s.type('typed\r');
    s.type('\x04');
    s.type('echo $?\r');
    expect(s.screen()).toContain('typed\ntyped\nroot@glasshouse:~# echo $?\n0\n');
  });

  it('interrupts a shell loop with ^C', () => {
    const s = session();
    s.type('while :; do :; done\r');
    s.type('\x03');
    s.type('echo $?\r');
    expect(s.screen()).toContain('while :; do :; done\n^C\nroot@glasshouse:~# echo $?\n130\n');
  });

  it('puts the prompt on a new line after ^C of a foreground command or an empty line', () => {
    // As bash 5.2 in tmux: the tty echoes ^C, then bash (or readline) writes the newline.
    const s = session();
    s.type('sleep 10\r');
    s.type('\x03');
    expect(s.screen()).toContain('# sleep 10\n^C\nroot@glasshouse:~# ');
    s.type('\x03');
    expect(s.screen()).toContain('# sleep 10\n^C\nroot@glasshouse:~# ^C\nroot@glasshouse:~# ');
  });

  it('reads continuation lines and keeps one history entry', () => {
    const s = session();
    s.type('for i in 1 2\r');
    expect(s.screen()).toContain('for i in 1 2\n> ');
    s.type('do echo $i; done\r');
    s.type('history\r');
    expect(s.screen()).toContain('1\n2\n');
    expect(s.screen()).toContain('    1  for i in 1 2; do echo $i; done\n    2  history\n');
    s.type('exit\r');
    expect(s.screen()).toMatch(/# exit\nexit\n$/);
  });
});
