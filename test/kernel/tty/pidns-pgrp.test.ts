// Process group and session ids across pid namespaces (pid_vnr): a shell started by
// `unshare -p -f` on the terminal sees its parent's group as 0, takes the terminal for its own
// group and reads from it, as bash does on Linux.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/world';

const CSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, 'g');

function session(): { type: (s: string) => void; screen: () => string } {
  const world = createWorld({ seed: 1 });
  const term = world.openTerminal(80, 24);
  let out = '';
  term.onOutput((d) => (out += d));
  const settle = (): void => {
    for (let i = 0; i < 40; i++) world.pump();
  };
  settle();
  return {
    type: (s) => {
      term.input(s);
      settle();
    },
    screen: () => out.replace(CSI, '').replace(/\r/g, ''),
  };
}

describe('job control in a child pid namespace', () => {
  it('gives an interactive shell under unshare -p -f the terminal', () => {
    const s = session();
    s.type('unshare -p -f --mount-proc bash\r');
    s.type('echo inside $$ $(ps -o pgid= -p $$)\r');
    s.type('exit\r');
    s.type('echo back\r');
    expect(s.screen()).toMatch(/# echo inside \$\$ \$\(ps -o pgid= -p \$\$\)\ninside 1 +1\n/);
    expect(s.screen()).toMatch(/# exit\nexit\n[^\n]*# echo back\nback\n/);
  });
});
