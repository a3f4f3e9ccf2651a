// Columns of a line as nano shows it (no soft wrapping): a tab reaches the next multiple of 8,
// control characters show as ^X, East Asian wide characters take two columns. `x` is an index
// into the line (UTF-16 code units, always at a character boundary), a column is a screen cell.

import { charWidth, displayForm } from '../../sh/lineedit/width';

export const TABSIZE = 8;

/** The character (code point) starting at index i. */
export function charAt(line: string, i: number): string {
  const cp = line.codePointAt(i);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/** The index after the character at i. */
export function nextIndex(line: string, i: number): number {
  return Math.min(line.length, i + Math.max(1, charAt(line, i).length));
}

/** The index of the character before i. */
export function prevIndex(line: string, i: number): number {
  if (i <= 0) return 0;
  const low = line.charCodeAt(i - 1);
  const high = line.charCodeAt(i - 2);
  const pair = i >= 2 && low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return i - (pair ? 2 : 1);
}

/** Columns the character ch takes when it starts at column col. */
export function columnsOf(ch: string, col: number): number {
  return ch === '\t' ? TABSIZE - (col % TABSIZE) : charWidth(ch);
}

/** The column where index x of the line is shown (nano's xplustabs/wideness). */
export function columnAt(line: string, x: number): number {
  let col = 0;
  for (let i = 0; i < x && i < line.length;) {
    const ch = charAt(line, i);
    col += columnsOf(ch, col);
    i += ch.length;
  }
  return col;
}

/** The width of the whole line in columns. */
export function lineWidth(line: string): number {
  return columnAt(line, line.length);
}

/** The index of the character shown at column col, or the line's end (nano's actual_x). */
export function indexAt(line: string, col: number): number {
  let c = 0;
  let i = 0;
  while (i < line.length) {
    const ch = charAt(line, i);
    const w = columnsOf(ch, c);
    if (c + w > col) break;
    c += w;
    i += ch.length;
  }
  return i;
}

export interface Cells {
  /** One string per screen column: a character, '' after a wide character's first half. */
  readonly cells: string[];
  /** Text continues past the last column shown. */
  readonly more: boolean;
}

/** The cells of columns [from, from + width) of a line. */
export function lineCells(line: string, from: number, width: number): Cells {
  const cells: string[] = [];
  let col = 0;
  for (let i = 0; i < line.length;) {
    const ch = charAt(line, i);
    i += ch.length;
    const w = columnsOf(ch, col);
    const start = col;
    col += w;
    if (col <= from) continue;
    if (w === 0) {
      if (cells.length > 0) cells[cells.length - 1] += ch;
      continue;
    }
    if (cells.length + Math.min(w, col - from) > width) return { cells: pad(cells, width), more: true };
    if (start < from || ch === '\t') for (let k = Math.max(start, from); k < col; k++) cells.push(' ');
    else if (w === 2 && displayForm(ch) !== ch) cells.push(...displayForm(ch));
    else if (w === 2) cells.push(ch, '');
    else cells.push(ch);
  }
  return { cells, more: false };
}

function pad(cells: string[], width: number): string[] {
  while (cells.length < width) cells.push(' ');
  return cells;
}
