// python3 on a terminal: the interactive prompt. The transcript was recorded from CPython 3.11
// (`script -qc "python3 -q"`, lines typed one at a time); -q hides the banner as CPython does.

import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../../src/world';

function session(): { type: (keys: string) => void; screen: () => string } {
  const world = createWorld({ seed: 1 });
  const term = world.openTerminal(80, 24);
  let out = '';
  term.onOutput((d) => (out += d));
  let wall = 0;
  const type = (keys: string): void => {
    if (keys) term.input(keys);
    for (let i = 0; i < 20; i++) {
      wall += 5;
      let n = 0;
      world.pump({ wallNowMs: wall, shouldYield: () => ++n > 300 });
    }
  };
  type('');
  return { type, screen: () => out.replace(/\r/g, '') };
}

describe('python3 interactive prompt', () => {
  it('echoes values, runs blocks and prints tracebacks', () => {
    const s = session();
    s.type('python3 -q\r');
    for (const line of ['1+2', 'x = 5', 'for i in range(2):', '    print(i)', '', 'x', '1/0', 'exit()'])
      s.type(line + '\r');
    const expected =
      '>>> 1+2\n3\n>>> x = 5\n>>> for i in range(2):\n...     print(i)\n... \n0\n1\n>>> x\n5\n>>> 1/0\n' +
      'Traceback (most recent call last):\n  File "<stdin>", line 1, in <module>\nZeroDivisionError: division by zero\n' +
      '>>> exit()\nroot@glasshouse:~# ';
    expect(s.screen()).toContain(expected);
  });
});
