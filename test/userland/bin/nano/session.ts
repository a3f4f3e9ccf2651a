// A terminal session on a fresh simulated machine, for driving nano: keys go in through the
// world's terminal, the output is replayed on a small xterm (vt.ts) whose rows the tests read.

import { createWorld } from '../../../../src/world';
import { Vt } from './vt';

export interface Session {
  /** Type keys (raw bytes, e.g. '\x0f' for ^O, '\r' for Enter) and let the machine run. */
  type(keys: string): void;
  /** Row r of the screen, full width. */
  row(r: number): string;
  /** The screen's text, trailing blanks removed. */
  screen(): string;
  resize(cols: number, rows: number): void;
  vt: Vt;
}

export function session(cols = 80, rows = 24): Session {
  const world = createWorld({ seed: 1 });
  const term = world.openTerminal(cols, rows);
  const vt = new Vt(cols, rows);
  term.onOutput((d) => vt.write(d));
  let wall = 0;
  const settle = (): void => {
    for (let i = 0; i < 20; i++) {
      wall += 5;
      let n = 0;
      world.pump({ wallNowMs: wall, shouldYield: () => ++n > 300 });
    }
  };
  settle();
  return {
    type(keys) {
      term.input(keys);
      settle();
    },
    row: (r) => vt.line(r),
    screen: () => vt.text(),
    resize(c, r) {
      vt.resize(c, r);
      term.resize(c, r);
      settle();
    },
    vt,
  };
}
