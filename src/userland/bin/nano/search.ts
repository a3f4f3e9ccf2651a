// Finding text (findnextstr() in search.c) and reading a "line,column" answer.
// As nano does by default, the search ignores case, starts just after the cursor and wraps
// around the end of the buffer once.
//
// Simplification: no regular expressions, backwards or case-sensitive search (M-R, M-B, M-C),
// and no search history.

import { columnAt, indexAt, nextIndex } from './text';

export interface Found {
  readonly row: number;
  readonly x: number;
  /** The search went past the end of the buffer and on from the top. */
  readonly wrapped: boolean;
  /** The only match is the one under the cursor. */
  readonly only: boolean;
}

export function findNext(lines: readonly string[], row: number, x: number, needle: string): Found | null {
  if (needle === '') return null;
  const want = needle.toLowerCase();
  const startLine = lines[row] ?? '';
  let at = startLine.toLowerCase().indexOf(want, nextIndex(startLine, x));
  if (at >= 0) return { row, x: at, wrapped: false, only: false };
  for (let r = row + 1; r < lines.length; r++) {
    at = (lines[r] ?? '').toLowerCase().indexOf(want);
    if (at >= 0) return { row: r, x: at, wrapped: false, only: false };
  }
  for (let r = 0; r <= row; r++) {
    at = (lines[r] ?? '').toLowerCase().indexOf(want);
    if (r === row && at > x) at = -1;
    if (at >= 0) return { row: r, x: at, wrapped: true, only: r === row && at === x };
  }
  return null;
}

/** `"needle" not found`, the needle cut to half the screen width with "..." (not_found_msg). */
export function notFound(needle: string, cols: number): string {
  const half = Math.floor(cols / 2);
  const shown = needle.slice(0, indexAt(needle, half));
  return `"${shown}${columnAt(needle, needle.length) > half ? '...' : ''}" not found`;
}

/**
 * The cursor position for a Go To Line answer "LINE[,COLUMN]" (negative numbers count from the
 * end); null when it is not a number.
 */
export function parseLineColumn(answer: string, lines: readonly string[]): { row: number; x: number } | null {
  const m = /^\s*([-+]?\d*)\s*(?:[,.: ]\s*([-+]?\d*))?\s*$/.exec(answer);
  if (!m || (m[1] === '' && (m[2] ?? '') === '')) return null;
  const count = lines.length;
  let line = m[1] === '' || m[1] === undefined ? 1 : Number(m[1]);
  if (!Number.isFinite(line) || line === 0) line = 1;
  if (line < 0) line = count + line + 1;
  const row = Math.max(0, Math.min(count - 1, line - 1));
  const text = lines[row] ?? '';
  let col = m[2] === undefined || m[2] === '' ? 1 : Number(m[2]);
  if (col < 0) col = columnAt(text, text.length) + col + 2;
  return { row, x: indexAt(text, Math.max(0, col - 1)) };
}
