// nano(1), GNU nano 7.2 with Debian 12's /etc/nanorc: a full-screen text editor on the terminal.
// It puts the terminal in raw mode (TCGETS/TCSETSW, restored on exit), switches to the alternate
// screen, and redraws only what changed after each batch of keys, as curses would. The window
// size comes from TIOCGWINSZ and is read again on SIGWINCH.
//
// Layout of nano/: buffer.ts (lines, cursor, cut buffer), text.ts (columns, tabs, wide
// characters), editor.ts (keys of the main window), prompts.ts (Write Out, Where Is, Go To Line,
// Yes/No questions), search.ts, files.ts (read and save with nano's messages), bars.ts (title bar,
// status bar, shortcut rows), render.ts and frame.ts (screen drawing), help.ts (^G), usage.ts.
//
// Simplification: one buffer (further file operands are ignored); no syntax colouring, undo,
// mark, replace, justify, spell checking, ^T Execute, ^R Read File, mouse, soft wrapping, history
// or nanorc; options other than -h and -V are accepted and ignored; '-' (read standard input) is
// not supported. Keys nano binds to those functions report "Unbound key". Text is UTF-8.

import type { Command } from '../command';
import type { Gen, Program, Sys } from '../sys';
import { EINTR } from '../../kernel/abi/errno';
import { SIGWINCH } from '../../kernel/abi/signal';
import type { Termios } from '../../kernel/abi/termios';
import { TCGETS, TCSETSW, TIOCGWINSZ } from '../../kernel/abi/termios';
import { streamDecoder } from '../../lib/utf8';
import { getenv } from '../libc/execvp';
import { getopt, has } from '../libc/getopt';
import { STDERR, STDOUT, writeAll } from '../libc/io';
import { rawMode } from '../sh/lineedit';
import { decodeKey } from '../sh/lineedit/keys';
import { Editor } from './nano/editor';
import { Frame, paint } from './nano/frame';
import { drawStatus } from './nano/bars';
import { render } from './nano/render';
import { USAGE, VERSION, optionSpecs } from './nano/usage';

function isTermios(value: unknown): value is Termios {
  return typeof value === 'object' && value !== null && 'lflag' in value && 'cc' in value;
}

/** The terminal size: TIOCGWINSZ on stdout or stdin, else $LINES/$COLUMNS, else 24x80. */
function* windowSize(sys: Sys, envp: readonly string[]): Gen<[number, number]> {
  for (const fd of [STDOUT, 0]) {
    const ws = yield* sys.ioctl(fd, TIOCGWINSZ);
    if (typeof ws === 'object' && ws !== null && 'rows' in ws && 'cols' in ws) {
      const { rows, cols } = ws as { rows: number; cols: number };
      if (rows > 0 && cols > 0) return [rows, cols];
    }
  }
  const env = (name: string, fallback: number): number => {
    const n = Number(getenv(envp, name));
    return Number.isInteger(n) && n > 0 ? n : fallback;
  };
  return [env('LINES', 24), env('COLUMNS', 80)];
}

const enter = (rows: number): string =>
  `\x1b[?2004h\x1b[?1049h\x1b[1;${rows}r\x1b[m\x1b[4l\x1b[?7h\x1b[?1h\x1b=`;
const leave = (rows: number): string => `\x1b[${rows};1H\x1b[?1049l\r\x1b[?1l\x1b>\x1b[?2004l`;

interface Invocation {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** Operands: [+LINE[,COLUMN]] FILE; only the first file is edited. */
function invocation(operands: readonly string[]): Invocation {
  let line = 0;
  let column = 0;
  for (const op of operands) {
    const m = /^\+(-?\d*)(?:,(-?\d*))?$/.exec(op);
    if (m) {
      line = Number(m[1] || 0);
      column = Number(m[2] || 0);
    } else return { file: op, line, column };
  }
  return { file: '', line: 0, column: 0 };
}

/** The editing session: read keys, hand them to the editor, repaint when the input is drained. */
function* session(sys: Sys, editor: Editor, envp: readonly string[]): Gen<number> {
  const s = editor.s;
  const resized = { flag: false };
  yield* sys.rt_sigaction(SIGWINCH, () => void (resized.flag = true));
  const decodeBytes = streamDecoder();
  let pending = '';
  let ended = false;
  let prev: Frame | null = null;
  while (!s.done) {
    const d = decodeKey(pending, ended);
    if (d !== null) {
      pending = pending.slice(d.length);
      if (d.key.kind === 'ctrl' && d.key.code === 0x0c && s.prompt === null && s.yesno === null) prev = null;
      yield* editor.handle(d.key);
      continue;
    }
    if (ended) return 1;
    const frame = render(s);
    // About what curses spends working out and writing an update.
    yield* sys.compute(20_000 + 20 * s.buf.lines.length);
    yield* writeAll(sys, STDOUT, paint(prev, frame));
    prev = frame;
    const data = yield* sys.read(0, 4096);
    if (typeof data === 'number') {
      if (data !== -EINTR) ended = true;
      else if (resized.flag) {
        resized.flag = false;
        const [rows, cols] = yield* windowSize(sys, envp);
        editor.resize(rows, cols);
        prev = null;
      }
    } else if (data.length === 0) ended = true;
    else pending += decodeBytes(data);
  }
  return 0;
}

/** Standard input is not a terminal: nano draws its first message, then gives up. */
function* notATerminal(sys: Sys, editor: Editor): Gen<number> {
  const s = editor.s;
  const frame = new Frame(s.rows, s.cols);
  if (s.status !== null) drawStatus(frame, Math.max(0, s.rows - 3), s.status.text, s.status.attr);
  frame.cursor = [Math.max(0, s.rows - 3), 0];
  yield* writeAll(sys, STDOUT, enter(s.rows) + paint(null, frame) + leave(s.rows));
  yield* writeAll(sys, STDERR, 'Standard input is not a terminal\n');
  return 1;
}

function* nanoMain(sys: Sys, argv: readonly string[], envp: readonly string[]): Program {
  const parsed = getopt('nano', argv.slice(1), optionSpecs());
  if (!parsed.ok) {
    yield* writeAll(sys, STDERR, parsed.message + '\n');
    yield* writeAll(sys, STDOUT, "Type 'nano -h' for a list of available options.\n");
    return 1;
  }
  if (has(parsed.options, 'h')) return (yield* writeAll(sys, STDOUT, USAGE)) < 0 ? 1 : 0;
  if (has(parsed.options, 'V')) return (yield* writeAll(sys, STDOUT, VERSION)) < 0 ? 1 : 0;
  const [rows, cols] = yield* windowSize(sys, envp);
  const editor = new Editor(sys, rows, cols);
  const { file, line, column } = invocation(parsed.operands);
  yield* editor.open(file, line, column);
  const saved = yield* sys.ioctl(0, TCGETS);
  if (!isTermios(saved)) return yield* notATerminal(sys, editor);
  yield* sys.ioctl(0, TCSETSW, rawMode(saved));
  yield* writeAll(sys, STDOUT, enter(rows));
  const status = yield* session(sys, editor, envp);
  yield* writeAll(sys, STDOUT, leave(editor.s.rows));
  yield* sys.ioctl(0, TCSETSW, saved);
  if (status !== 0) yield* writeAll(sys, STDERR, 'Too many errors from stdin\n');
  return status;
}

export const nano: Command = {
  summary: "nano - Nano's ANOther editor, inspired by Pico",
  synopsis: 'nano [OPTIONS] [[+LINE[,COLUMN]] FILE]...',
  description:
    'A small, friendly text editor for the terminal.  The top line shows the file name, the two bottom lines the most ' +
    'useful shortcuts (^ is Ctrl, M- is Alt): type to insert text, ^O writes the file (Enter confirms the name), ' +
    '^X exits (asking whether to save a modified buffer), ^K cuts the current line and ^U pastes it, ^W searches, ' +
    '^/ goes to a line, ^C shows the cursor position, ^G shows help.  Arrows, Home/End and PgUp/PgDn move around.  ' +
    '+LINE[,COLUMN] places the cursor.',
  main: nanoMain,
};
