// Redisplay: what is on the screen (the prompt's last line, the shown characters, the cursor) and
// the fewest bytes that turn it into the new line. Positions are linear screen offsets from the
// start of the prompt's last line: row * cols + col. Lines wrap at the right margin; a wide
// character that does not fit on a row goes to the next one, as xterm does. When output ends
// exactly at the margin the terminal cursor is left "pending wrap"; like readline we then write
// " \r" so the cursor really is at the start of the next row and stays predictable.

import type { PromptShape } from './width';
import { charWidth, displayForm } from './width';

interface Layout {
  /** Screen position of each character. */
  readonly starts: number[];
  /** Position just after the last character. */
  readonly end: number;
}

function layout(cols: number, from: number, cells: readonly string[]): Layout {
  const starts: number[] = [];
  let pos = from;
  for (const ch of cells) {
    const w = charWidth(ch);
    if (w > 1 && (pos % cols) + w > cols) pos += cols - (pos % cols);
    starts.push(pos);
    pos += w;
  }
  return { starts, end: pos };
}

/** Cursor motion from one screen position to another (relative: rows up/down, then columns). */
export function cursorMove(cols: number, from: number, to: number): string {
  const [r0, c0] = [Math.floor(from / cols), from % cols];
  const [r1, c1] = [Math.floor(to / cols), to % cols];
  let out = '';
  if (r1 < r0) out += r0 - r1 === 1 ? '\x1b[A' : `\x1b[${r0 - r1}A`;
  if (r1 > r0) out += r1 - r0 === 1 ? '\x1b[B' : `\x1b[${r1 - r0}B`;
  if (c1 === c0) return out;
  if (c1 === 0) return out + '\r';
  if (c1 < c0) return out + (c0 - c1 < 4 ? '\b'.repeat(c0 - c1) : `\x1b[${c0 - c1}D`);
  return out + (c1 - c0 === 1 ? '\x1b[C' : `\x1b[${c1 - c0}C`);
}

function sameUpTo(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export class Display {
  private promptEnd = 0;
  private shown: string[] = [];
  private cursor = 0;

  constructor(readonly cols: number) {}

  /** The cursor's screen position (for tests). */
  get cursorPos(): number {
    return this.cursor;
  }

  /** Show the whole prompt (all its lines) and the line, from the current cursor position. */
  start(prompt: PromptShape, text: readonly string[], point: number): string {
    return this.afterPrompt(prompt.output, prompt, text, point);
  }

  /** Replace the prompt's last line (e.g. by the reverse-i-search prompt) and show the line. */
  replacePrompt(prompt: PromptShape, text: readonly string[], point: number): string {
    const back = cursorMove(this.cols, this.cursor, 0);
    return back + this.afterPrompt(prompt.lastLineOutput + '\x1b[J', prompt, text, point);
  }

  private afterPrompt(written: string, prompt: PromptShape, text: readonly string[], point: number): string {
    this.promptEnd = layout(this.cols, 0, prompt.lastLine).end;
    this.shown = [];
    this.cursor = this.promptEnd;
    const wrap = this.promptEnd > 0 && this.promptEnd % this.cols === 0 && prompt.lastLine.length > 0;
    return written + (wrap ? ' \r' : '') + this.update(text, point);
  }

  /** Bytes that change the screen from what it shows to `text` with the cursor at `point`. */
  update(text: readonly string[], point: number): string {
    const cols = this.cols;
    const old = layout(cols, this.promptEnd, this.shown);
    const next = layout(cols, this.promptEnd, text);
    const d = sameUpTo(this.shown, text);
    let out = '';
    if (d < this.shown.length || d < text.length) {
      const at = d < text.length ? (next.starts[d] ?? next.end) : next.end;
      out += cursorMove(cols, this.cursor, at);
      const tail = text.slice(d);
      out += tail.map(displayForm).join('');
      this.cursor = next.end;
      if (tail.length > 0 && next.end % cols === 0) out += ' \r';
      if (old.end > next.end)
        out += Math.floor(old.end / cols) > Math.floor(next.end / cols) ? '\x1b[J' : '\x1b[K';
      this.shown = text.slice();
    }
    const target = point < text.length ? (next.starts[point] ?? next.end) : next.end;
    out += cursorMove(cols, this.cursor, target);
    this.cursor = target;
    return out;
  }

  /** Move the cursor after the last character (before accepting the line or listing completions). */
  moveToEnd(): string {
    return this.update(this.shown, this.shown.length);
  }
}
