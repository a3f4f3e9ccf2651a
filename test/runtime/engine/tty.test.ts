// docker run -it from a terminal: the container's shell gets its own pseudo-terminal; keys,
// ^C included, reach it; its exit status comes back to the host shell.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/world';

function session(): { type: (s: string) => void; screen: () => string } {
  const world = createWorld({ seed: 1 });
  const term = world.openTerminal(80, 24);
  let out = '';
  term.onOutput((d) => {
    out += typeof d === 'string' ? d : new TextDecoder().decode(d);
  });
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
    type: (s) => {
      term.input(s);
      settle();
    },
    screen: () => out,
  };
}

describe('docker run -it', () => {
  it('gives an interactive busybox shell whose ^C and exit status behave as on a terminal', () => {
    const s = session();
    s.type('docker pull -q busybox >/dev/null\r');
    s.type('docker run -it --rm busybox sh\r');
    s.type('echo $((6 * 7)) $(cat /proc/1/comm)\r');
    s.type('sleep 100\r');
    s.type('\x03');
    s.type('exit 3\r');
    s.type('echo status=$?\r');
    // The line editor redraws with escape sequences; compare the text it leaves.
    const text = s.screen().replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g'), '');
    expect(text).toContain(
      '/ # echo $((6 * 7)) $(cat /proc/1/comm)\r\r\n42 sh\r\n/ # sleep 100\r\r\n^C\r\n/ # exit 3\r\r\nroot@glasshouse:~# echo status=$?\r\r\nstatus=3\r\n',
    );
  });

  it('docker exec -it gives the command a terminal of its own inside the running container', () => {
    const s = session();
    s.type('docker run -d --name w busybox sleep 1000 >/dev/null 2>&1\r');
    s.type('docker exec -it w sh\r');
    s.type('ps -o pid,comm\r');
    s.type('sleep 50\r');
    s.type('\x03');
    s.type('exit 4\r');
    s.type('echo status=$?\r');
    const text = s.screen().replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g'), '');
    expect(text).toContain(
      '/ # ps -o pid,comm\r\r\n    PID COMMAND\r\n      2 sh\r\n      3 exe\r\n/ # sleep 50\r\r\n^C\r\n/ # exit 4\r\r\n',
    );
    expect(text).toContain('status=4\r\n');
  });
});
