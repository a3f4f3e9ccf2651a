// The text being edited: a list of lines, the cursor (row, x), the column the cursor wants to keep
// on vertical moves (placewewant), the modified flag and the cut buffer. As nano does by default,
// the last line is always empty (the "magic line"), so a saved file ends with a newline.

import { charAt, columnAt, indexAt, nextIndex, prevIndex } from './text';

const isWordChar = (ch: string): boolean => /^[\p{L}\p{N}]/u.test(ch);

export class TextBuffer {
  lines: string[];
  row = 0;
  x = 0;
  /** The column the cursor tries to return to on Up/Down. */
  pww = 0;
  modified = false;
  /** Cut lines, each with its newline; kept across successive ^K. */
  cut: string | null = null;
  /** The last command was a cut: the next cut appends to the cut buffer. */
  keepCut = false;

  constructor(text = '') {
    this.lines = text.split('\n');
    if (this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  get line(): string {
    return this.lines[this.row] ?? '';
  }

  get lastRow(): number {
    return this.lines.length - 1;
  }

  /** The file contents: the lines joined, ending with a newline (the magic line). */
  text(): string {
    return this.lines.join('\n');
  }

  /** The number of lines a write reports ("Wrote N lines"). */
  lineCount(): number {
    return this.lines.length - (this.lines[this.lastRow] === '' ? 1 : 0);
  }

  column(): number {
    return columnAt(this.line, this.x);
  }

  private setLine(text: string): void {
    this.lines[this.row] = text;
    this.modified = true;
  }

  /** Keep the magic line: typing on the last line adds a new empty one below. */
  private magic(): void {
    if (this.lines[this.lastRow] !== '') this.lines.push('');
  }

  insert(text: string): void {
    const parts = text.split('\n');
    const line = this.line;
    const after = line.slice(this.x);
    const first = parts[0] ?? '';
    if (parts.length === 1) {
      this.setLine(line.slice(0, this.x) + first + after);
      this.x += first.length;
    } else {
      const last = parts[parts.length - 1] ?? '';
      this.lines.splice(this.row, 1, line.slice(0, this.x) + first, ...parts.slice(1, -1), last + after);
      this.modified = true;
      this.row += parts.length - 1;
      this.x = last.length;
    }
    this.magic();
    this.pww = this.column();
  }

  newline(): void {
    this.insert('\n');
  }

  /** Delete the character under the cursor, or join the next line (not the magic line). */
  deleteChar(): void {
    const line = this.line;
    if (this.x < line.length) this.setLine(line.slice(0, this.x) + line.slice(nextIndex(line, this.x)));
    else if (this.row < this.lastRow) {
      if (this.row + 1 === this.lastRow && this.x !== 0) return;
      this.lines.splice(this.row, 2, line + (this.lines[this.row + 1] ?? ''));
      this.modified = true;
    }
    this.pww = this.column();
  }

  backspace(): void {
    if (this.row === 0 && this.x === 0) return;
    this.left();
    this.deleteChar();
  }

  /** ^K: cut the current line with its newline; the magic line has nothing to cut. */
  cutLine(): boolean {
    if (this.row === this.lastRow && this.line === '') return false;
    const taken = this.row === this.lastRow ? this.line : this.line + '\n';
    this.cut = this.keepCut && this.cut !== null ? this.cut + taken : taken;
    if (this.row === this.lastRow) this.lines[this.row] = '';
    else this.lines.splice(this.row, 1);
    this.modified = true;
    this.x = 0;
    this.pww = 0;
    return true;
  }

  /** ^U: insert the cut buffer at the cursor. */
  paste(): boolean {
    if (this.cut === null) return false;
    this.insert(this.cut);
    return true;
  }

  left(): void {
    if (this.x > 0) this.x = prevIndex(this.line, this.x);
    else if (this.row > 0) {
      this.row--;
      this.x = this.line.length;
    }
    this.pww = this.column();
  }

  right(): void {
    if (this.x < this.line.length) this.x = nextIndex(this.line, this.x);
    else if (this.row < this.lastRow) {
      this.row++;
      this.x = 0;
    }
    this.pww = this.column();
  }

  /** Move to another row, keeping the wanted column. */
  toRow(row: number): void {
    this.row = Math.max(0, Math.min(this.lastRow, row));
    this.x = indexAt(this.line, this.pww);
  }

  /** Ctrl+Left: to the start of this or the previous word (do_prev_word). */
  prevWord(): void {
    let seenWord = false;
    for (;;) {
      if (this.x === 0) {
        if (this.row === 0 || seenWord) break;
        this.row--;
        this.x = this.line.length;
        continue;
      }
      const before = prevIndex(this.line, this.x);
      const word = isWordChar(charAt(this.line, before));
      if (!word && seenWord) break;
      seenWord ||= word;
      this.x = before;
    }
    this.pww = this.column();
  }

  /** Ctrl+Right: to the start of the next word (do_next_word). */
  nextWord(): void {
    let seenSpace = !isWordChar(this.current());
    for (;;) {
      if (this.x >= this.line.length) {
        if (this.row === this.lastRow) break;
        this.row++;
        this.x = 0;
        seenSpace = true;
      } else this.x = nextIndex(this.line, this.x);
      const word = isWordChar(this.current());
      if (word && seenSpace) break;
      if (!word) seenSpace = true;
    }
    this.pww = this.column();
  }

  home(): void {
    this.x = 0;
    this.pww = 0;
  }

  end(): void {
    this.x = this.line.length;
    this.pww = this.column();
  }

  /** Put the cursor at (row, x) and make that column the wanted one. */
  place(row: number, x: number): void {
    this.row = Math.max(0, Math.min(this.lastRow, row));
    this.x = Math.max(0, Math.min(this.line.length, x));
    this.pww = this.column();
  }

  /** Characters before the cursor and in total, newlines counted (for ^C). */
  charCounts(): { before: number; total: number } {
    let before = 0;
    let total = 0;
    this.lines.forEach((l, i) => {
      const n = Array.from(l).length + (i < this.lastRow ? 1 : 0);
      if (i < this.row) before += n;
      total += n;
    });
    return { before: before + Array.from(this.line.slice(0, this.x)).length, total };
  }

  /** The character under the cursor, '' at a line's end. */
  current(): string {
    return charAt(this.line, this.x);
  }
}
