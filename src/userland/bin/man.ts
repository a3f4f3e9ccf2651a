// man(1) (man-db 2.11): show the manual page of each NAME from /usr/share/man/man1/NAME.1, laid
// out for the terminal width (MANWIDTH, COLUMNS, the tty's size, else 80).
//
// Simplification: only section 1, no pager (the page is written straight to standard output), no
// apropos (-k) or whatis (-f), no bold or underlining.

import type { Command } from '../command';
import { TIOCGWINSZ } from '../../kernel/abi/termios';
import type { Winsize } from '../../kernel/abi/termios';
import type { Gen, Program, Sys } from '../sys';
import { isErr } from '../sys';
import { Output, STDOUT, readText, warn } from '../libc/io';
import { getenv } from '../libc/execvp';
import { MAN_DIR, renderManPage } from '../libc/manfmt';

/** The terminal width man formats for. */
export function* manWidth(sys: Sys, envp: readonly string[]): Gen<number> {
  for (const name of ['MANWIDTH', 'COLUMNS']) {
    const v = Number(getenv(envp, name));
    if (Number.isInteger(v) && v > 0) return v;
  }
  const ws = yield* sys.ioctl(STDOUT, TIOCGWINSZ);
  if (typeof ws === 'object' && ws !== null && 'cols' in ws) {
    const cols = (ws as Winsize).cols;
    if (cols > 0) return cols;
  }
  return 80;
}

function* manMain(sys: Sys, argv: readonly string[], envp: readonly string[]): Program {
  let names = argv.slice(1).filter((a) => a !== '--');
  if (names.length > 1 && names[0] === '1') names = names.slice(1);
  if (names.length === 0) {
    yield* warn(sys, 'What manual page do you want?');
    yield* warn(sys, "For example, try 'man man'.");
    return 1;
  }
  const width = yield* manWidth(sys, envp);
  const out = new Output(sys, STDOUT);
  let status = 0;
  for (const name of names) {
    const text = name.includes('/') ? -1 : yield* readText(sys, `${MAN_DIR}/${name}.1`);
    if (isErr(text) || typeof text !== 'string') {
      yield* out.flush();
      yield* warn(sys, `No manual entry for ${name}`);
      status = 16;
      continue;
    }
    yield* out.write(renderManPage(text, `${name.toUpperCase()}(1)`, width));
    yield* sys.compute(text.length * 100);
  }
  yield* out.flush();
  return status;
}

export const man: Command = {
  summary: 'man - an interface to the system reference manuals',
  synopsis: 'man [1] page...',
  description:
    "Show the manual page of each PAGE, a command name.  Every command installed here has a page with its NAME, SYNOPSIS and DESCRIPTION.  The page is formatted for the terminal's width (or MANWIDTH).  Type 'help' for the list of commands.",
  main: manMain,
};
