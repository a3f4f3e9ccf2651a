// clear(1) from ncurses: clear the screen and the scrollback (E3), as TERM=xterm does.

import type { Command } from '../command';
import type { Program, Sys } from '../sys';
import { STDOUT, writeAll } from '../libc/io';

/** Home, erase display, erase scrollback. */
export const CLEAR_SEQUENCE = '\x1b[H\x1b[2J\x1b[3J';

function* clearMain(sys: Sys, argv: readonly string[]): Program {
  const keep = argv.slice(1).includes('-x');
  const r = yield* writeAll(sys, STDOUT, keep ? '\x1b[H\x1b[2J' : CLEAR_SEQUENCE);
  return r < 0 ? 1 : 0;
}

export const clear: Command = {
  summary: 'clear - clear the terminal screen',
  synopsis: 'clear [-x]',
  description: 'Clear the screen and its scrollback buffer.  -x keeps the scrollback.',
  main: clearMain,
};
