// The shell's interactive line editor: a model of GNU readline in emacs mode, as bash uses it.
//
// readLine() puts the terminal in raw mode (like readline's rltty.c: no ICANON/ECHO/ISIG/IXON/
// ICRNL, output processing kept), writes the prompt to stderr, edits the line key by key (motion,
// kills and yank, history with Up/Down and ^R, Tab completion with bash's listing), and restores
// the terminal before returning. When fd 0 is not a terminal it reads one plain line instead.
//
// Layout: keys.ts decodes input, keymap.ts maps keys to readline command names, editor.ts runs
// them on a LineBuffer (buffer.ts), render.ts computes the redisplay bytes, history.ts, search.ts
// and complete*.ts implement the bigger commands, io.ts connects it all to Sys. Everything but
// io.ts and this file is pure, so tests drive it with scripted keys.
//
// Simplification: no inputrc, vi mode, undo, numeric arguments, bracketed paste (pasted newlines
// accept the line, as with bracketed paste off), or SIGWINCH handling during an edit (the width is
// read at each call); the screen is redrawn by rewriting from the first changed character rather
// than with insert/delete-character sequences.

import { decode } from '../../../lib/utf8';
import { EINTR } from '../../../kernel/abi/errno';
import type { Termios, Winsize } from '../../../kernel/abi/termios';
import {
  ECHO,
  ICANON,
  ICRNL,
  IEXTEN,
  ISIG,
  IXON,
  ONLCR,
  OPOST,
  TCGETS,
  TCSETSW,
  TIOCGWINSZ,
  VMIN,
  VTIME,
} from '../../../kernel/abi/termios';
import { writeAll } from '../../libc/io';
import type { Gen, Sys } from '../../sys';
import { Editor } from './editor';
import { SysIo } from './io';
import type { LineEditState } from './types';
import { promptShape } from './width';

export type { Candidate, LineEditState } from './types';
export { addHistory, createLineEditState } from './types';

function isTermios(value: unknown): value is Termios {
  return typeof value === 'object' && value !== null && 'lflag' in value && 'cc' in value;
}

function isWinsize(value: unknown): value is Winsize {
  return typeof value === 'object' && value !== null && 'cols' in value && 'rows' in value;
}

/** The raw mode readline uses while editing. */
export function rawMode(t: Termios): Termios {
  const cc = t.cc.slice();
  cc[VMIN] = 1;
  cc[VTIME] = 0;
  return {
    iflag: t.iflag & ~(IXON | ICRNL),
    oflag: t.oflag | OPOST | ONLCR,
    cflag: t.cflag,
    lflag: t.lflag & ~(ICANON | ECHO | ISIG | IEXTEN),
    cc,
  };
}

/**
 * Read one line with editing. Returns the line without its newline, '' after ^C (with
 * state.interrupted set), or null at end of input (^D on an empty line).
 */
export function* readLine(sys: Sys, prompt: string, state: LineEditState): Gen<string | null> {
  state.interrupted = false;
  if (state.eof) {
    state.eof = false;
    yield* writeAll(sys, 2, promptShape(prompt).output);
    return null;
  }
  const saved = yield* sys.ioctl(0, TCGETS);
  if (!isTermios(saved)) return yield* readPlainLine(sys, prompt, state);
  const ws = yield* sys.ioctl(0, TIOCGWINSZ);
  if (isWinsize(ws)) {
    state.cols = ws.cols > 0 ? ws.cols : 80;
    state.rows = ws.rows > 0 ? ws.rows : 24;
  }
  yield* sys.ioctl(0, TCSETSW, rawMode(saved));
  const editor = new Editor(state, new SysIo(sys, state), prompt);
  const line = yield* editor.run();
  yield* writeAll(sys, 2, editor.drain());
  yield* sys.ioctl(0, TCSETSW, saved);
  return line;
}

/** fd 0 is not a terminal: print the prompt and read bytes up to a newline, without editing. */
function* readPlainLine(sys: Sys, prompt: string, state: LineEditState): Gen<string | null> {
  yield* writeAll(sys, 2, promptShape(prompt).output);
  const nl = state.pending.indexOf('\n');
  if (nl >= 0) {
    const line = state.pending.slice(0, nl);
    state.pending = state.pending.slice(nl + 1);
    return line;
  }
  const bytes: number[] = [];
  let newline = false;
  while (!newline) {
    const r = yield* sys.read(0, 1);
    if (typeof r === 'number' && r === -EINTR) continue;
    if (typeof r === 'number' || r.length === 0) break;
    const b = r[0] ?? 0;
    if (b === 10) newline = true;
    else bytes.push(b);
  }
  const text = state.pending + decode(Uint8Array.from(bytes));
  state.pending = '';
  return text === '' && !newline ? null : text;
}
