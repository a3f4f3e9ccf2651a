// Multi-line commands typed (or pasted, as a lesson's clickable command does) into the interactive
// shell: a here-document reads lines after PS2 prompts until its delimiter, and a line ending in a
// backslash continues on the next, as bash 5.2 reads them; before, the here-document was cut at
// the first line ("delimited by end-of-file") and the continuation ran as two commands.
import { describe, expect, it } from 'vitest';
import { createWorld } from '../../../src/world';

function typed(keys: string): string {
  const world = createWorld({ seed: 1 });
  const term = world.openTerminal(80, 24);
  let out = '';
  term.onOutput((d) => (out += d));
  let wall = 0;
  const settle = (): void => {
    for (let i = 0; i < 20; i++) {
      wall += 5;
      let n = 0;
      world.pump({ wallNowMs: wall, shouldYield: () => ++n > 300 });
    }
  };
  settle();
  term.input(keys);
  settle();
  return out.replace(/\r/g, '').replace(/^[^]*?root@glasshouse:~# /, '');
}

describe('interactive continuation lines', () => {
  it('reads a here-document to its delimiter, keeping indentation and # lines', () => {
    const screen = typed("cat > /tmp/a.py <<'EOF'\nif True:\n    print('x')  # c\n\nEOF\rcat -A /tmp/a.py\r");
    expect(screen).toBe(
      "cat > /tmp/a.py <<'EOF'\n> if True:\n>     print('x')  # c\n> \n> EOF\n" +
        "root@glasshouse:~# cat -A /tmp/a.py\nif True:$\n    print('x')  # c$\n$\nroot@glasshouse:~# ",
    );
  });

  it('joins a line that ends in a backslash with the next', () => {
    expect(typed('echo one \\\r two\r')).toBe('echo one \\\n>  two\none two\nroot@glasshouse:~# ');
  });

  it('does not continue after an escaped backslash', () => {
    expect(typed('echo one \\\\\r')).toBe('echo one \\\\\none \\\nroot@glasshouse:~# ');
  });
});
