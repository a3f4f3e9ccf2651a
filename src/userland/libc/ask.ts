// Interactive confirmation for rm -i, cp -i, mv -i, ln -i: print the question on stderr and read
// one line of standard input; an answer starting with y or Y means yes (GNU's yesno()).

import type { Gen, Sys } from '../sys';
import type { Output } from './io';
import { STDERR, STDIN, writeAll } from './io';

/** Ask on stderr (after flushing pending stdout) and read the answer from stdin. */
export function* askYes(sys: Sys, out: Output | null, question: string): Gen<boolean> {
  if (out) yield* out.flush();
  yield* writeAll(sys, STDERR, question);
  let line = '';
  for (;;) {
    const chunk = yield* sys.read(STDIN, 1);
    if (typeof chunk === 'number' || chunk.length === 0) break;
    const ch = String.fromCharCode(chunk[0] ?? 10);
    if (ch === '\n') break;
    line += ch;
  }
  return /^[yY]/.test(line);
}
