// The editor proper: one key at a time, in the main view, a prompt, a Yes/No question or the
// help viewer. Commands follow nano 7.2's default key bindings (global.c).

import type { Key } from '../../sh/lineedit/keys';
import type { Gen, Sys } from '../../sys';
import { TextBuffer } from './buffer';
import { loadFile } from './files';
import { helpLines } from './help';
import { exitEditor, goToLine, promptKey, searchFor, whereIs, writeOut, writeTo, yesNoKey } from './prompts';
import type { EditorState } from './state';
import { editRows, followCursor, say } from './state';
import { lineWidth } from './text';

const pct = (part: number, whole: number): number => (whole === 0 ? 0 : Math.floor((100 * part) / whole));
const digits = (n: number): number => Math.max(2, String(n).length);

/** ^C: "line 2/3 (66%), col 6/ 6 (100%), char 17/18 (94%)" (report_cursor_position). */
export function location(s: EditorState): string {
  const b = s.buf;
  const line = b.row + 1;
  const lines = b.lines.length;
  const col = b.column() + 1;
  const width = lineWidth(b.line) + 1;
  const { before, total } = b.charCounts();
  return (
    `line ${String(line).padStart(digits(lines))}/${lines} (${String(pct(line, lines)).padStart(2)}%), ` +
    `col ${String(col).padStart(2)}/${String(width).padStart(2)} (${String(pct(col, width)).padStart(3)}%), ` +
    `char ${String(before).padStart(digits(total))}/${total} (${String(pct(before, total)).padStart(2)}%)`
  );
}

/** Function keys nano binds, as the control key they stand for (F1 help, F2 exit, ...). */
const FUNCTION_KEYS: Readonly<Record<string, number>> = {
  '\x1bOP': 0x07,
  '\x1bOQ': 0x18,
  '\x1bOR': 0x0f,
  '\x1b[17~': 0x17,
  '\x1b[20~': 0x0b,
  '\x1b[21~': 0x15,
  '\x1b[23~': 0x03,
};

/** Unbound key names as nano prints them: ^T, M-X. */
function keyName(key: Key): string {
  if (key.kind === 'ctrl') return '^' + String.fromCharCode((key.code + 64) & 0x7f);
  if (key.kind === 'meta') return 'M-' + key.ch.toUpperCase();
  return '';
}

export class Editor {
  readonly s: EditorState;

  constructor(
    private readonly sys: Sys,
    rows: number,
    cols: number,
  ) {
    this.s = {
      buf: new TextBuffer(),
      filename: '',
      rows,
      cols,
      top: 0,
      status: null,
      statusBlank: 0,
      prompt: null,
      yesno: null,
      help: null,
      lastSearch: '',
      focusing: false,
      done: false,
    };
  }

  /** Open the file named on the command line (or start an unnamed buffer). */
  *open(path: string, line = 0, column = 0): Gen<void> {
    const s = this.s;
    if (path === '') return say(s, 'Welcome to nano.  For basic help, type Ctrl+G.');
    const r = yield* loadFile(this.sys, path);
    if (!r.ok) return say(s, r.message, true);
    s.buf = new TextBuffer(r.text);
    s.filename = path;
    say(s, r.message, r.alert);
    if (line !== 0) {
      s.buf.toRow(line < 0 ? s.buf.lines.length + line : line - 1);
      s.buf.place(s.buf.row, Math.max(0, column - 1));
      s.focusing = true;
      followCursor(s);
    }
  }

  resize(rows: number, cols: number): void {
    this.s.rows = rows;
    this.s.cols = cols;
    // nano redraws everything after a resize, without the old message.
    this.s.status = null;
    followCursor(this.s);
  }

  *handle(key: Key): Gen<void> {
    const s = this.s;
    if (key.kind === 'special' && (key.name === 'paste-start' || key.name === 'paste-end')) return;
    if (s.yesno !== null) yield* yesNoKey(s, key);
    else if (s.prompt !== null) yield* promptKey(s, key);
    else if (s.help !== null) this.helpKey(key);
    else {
      // Each character typed counts as a keystroke towards wiping the message.
      const strokes = key.kind === 'text' ? Array.from(key.text).length : 1;
      if (s.statusBlank > 0 && (s.statusBlank = Math.max(0, s.statusBlank - strokes)) === 0) s.status = null;
      const cut = key.kind === 'ctrl' && key.code === 0x0b;
      yield* this.mainKey(key);
      if (!cut) s.buf.keepCut = false;
    }
    followCursor(s);
  }

  private helpKey(key: Key): void {
    const s = this.s;
    const top = s.help ?? 0;
    const page = Math.max(1, editRows(s) - 2);
    const last = Math.max(0, helpLines(s.cols).length - editRows(s));
    const code = key.kind === 'ctrl' ? key.code : -1;
    const name = key.kind === 'special' ? key.name : '';
    if (code === 0x18 || code === 0x03) s.help = null;
    else if (code === 0x16 || name === 'pagedown') s.help = Math.min(last, top + page);
    else if (code === 0x19 || name === 'pageup') s.help = Math.max(0, top - page);
    else if (code === 0x0e || name === 'down') s.help = Math.min(last, top + 1);
    else if (code === 0x10 || name === 'up') s.help = Math.max(0, top - 1);
  }

  private *mainKey(key: Key): Gen<void> {
    const s = this.s;
    const b = s.buf;
    if (key.kind === 'text') return b.insert(key.text);
    if (key.kind === 'special') return this.specialKey(key.name, key.mod);
    if (key.kind === 'unknown') {
      const code = FUNCTION_KEYS[key.seq];
      if (code === undefined) return say(s, 'Unknown sequence', true);
      return yield* this.mainKey({ kind: 'ctrl', code });
    }
    if (key.kind === 'meta') return this.metaKey(key);
    switch (key.code) {
      case 0x07: // ^G
        s.help = 0;
        return;
      case 0x18: // ^X
        return exitEditor(this.sys, s);
      case 0x0f: // ^O
        return writeOut(this.sys, s, false);
      case 0x13: // ^S
        if (s.filename === '') return writeOut(this.sys, s, false);
        yield* writeTo(this.sys, s, s.filename);
        return;
      case 0x17: // ^W
        return whereIs(s);
      case 0x1f: // ^/ (^_)
        return goToLine(s);
      case 0x0b: // ^K
        if (!b.cutLine()) return say(s, 'Nothing was cut');
        b.keepCut = true;
        s.status = null;
        return;
      case 0x15: // ^U
        if (!b.paste()) return say(s, 'Cutbuffer is empty', true);
        s.status = null;
        return;
      case 0x03: // ^C
        return say(s, location(s));
      case 0x0d: // Enter
        return b.newline();
      case 0x09: // Tab
        return b.insert('\t');
      case 0x7f: // Backspace
      case 0x08:
        return b.backspace();
      case 0x04: // ^D
        return b.deleteChar();
      case 0x0c: // ^L
        return;
      default:
        return this.motionKey(key.code, key);
    }
  }

  private motionKey(code: number, key: Key): void {
    const names: Record<number, string> = {
      0x02: 'left',
      0x06: 'right',
      0x10: 'up',
      0x0e: 'down',
      0x01: 'home',
      0x05: 'end',
      0x19: 'pageup',
      0x16: 'pagedown',
    };
    const name = names[code];
    if (name !== undefined) return this.specialKey(name, 1);
    say(this.s, `Unbound key: ${keyName(key)}`, true);
  }

  private specialKey(name: string, mod: number): void {
    const s = this.s;
    const b = s.buf;
    if (mod === 5 && name === 'home') return this.firstLine();
    if (mod === 5 && name === 'end') return this.lastLine();
    if (mod === 5 && name === 'left') return b.prevWord();
    if (mod === 5 && name === 'right') return b.nextWord();
    if (name === 'left') b.left();
    else if (name === 'right') b.right();
    else if (name === 'up') b.toRow(b.row - 1);
    else if (name === 'down') b.toRow(b.row + 1);
    else if (name === 'home') b.home();
    else if (name === 'end') b.end();
    else if (name === 'delete') b.deleteChar();
    else if (name === 'pageup') this.page(-1);
    else if (name === 'pagedown') this.page(1);
    else say(s, `Unbound key: ${name}`, true);
  }

  private metaKey(key: Key & { kind: 'meta' }): void {
    const s = this.s;
    if (key.ch === '\\') return this.firstLine();
    if (key.ch === '/') return this.lastLine();
    if (key.ch === 'g' || key.ch === 'G') return goToLine(s);
    if (key.ch === 'w' || key.ch === 'W') {
      if (s.lastSearch === '') return say(s, 'No current search pattern', true);
      return searchFor(s, s.lastSearch);
    }
    if (key.ch === '6' || key.ch === '^') return this.copyLine();
    say(s, `Unbound key: ${keyName(key)}`, true);
  }

  /** M-6: copy the current line into the cut buffer and move down. */
  private copyLine(): void {
    const b = this.s.buf;
    if (b.row === b.lastRow) return;
    const taken = b.line + '\n';
    b.cut = b.keepCut && b.cut !== null ? b.cut + taken : taken;
    b.place(b.row + 1, 0);
  }

  private firstLine(): void {
    this.s.buf.place(0, 0);
    this.s.top = 0;
  }

  private lastLine(): void {
    const s = this.s;
    s.buf.place(s.buf.lastRow, s.buf.lines[s.buf.lastRow]?.length ?? 0);
    if (s.buf.row >= s.top + editRows(s)) s.top = Math.max(0, s.buf.row - editRows(s) + 1);
  }

  /** PgUp/PgDn: move the cursor and the view by a screenful less two lines (do_page_up/down). */
  private page(dir: number): void {
    const s = this.s;
    const b = s.buf;
    const move = editRows(s) < 3 ? 1 : editRows(s) - 2;
    const screenRow = b.row - s.top;
    const target = b.row + dir * move;
    if (target < 0) return this.firstLine();
    if (target > b.lastRow) return this.lastLine();
    b.toRow(target);
    s.top = Math.max(0, target - screenRow);
  }
}
