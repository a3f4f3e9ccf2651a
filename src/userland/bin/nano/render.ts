// Drawing the editor into a Frame: title bar, the edit area (only the cursor line scrolls
// sideways, with '<' and '>' marking hidden text, as nano does without softwrap), then the status
// bar (a message, a prompt or a Yes/No question) and the shortcut rows.

import { HELP_MENU, MAIN_MENU, drawShortcuts, drawStatus, drawTitle, drawYesNo } from './bars';
import { Frame, PLAIN, REVERSE } from './frame';
import { helpLines } from './help';
import type { EditorState, Prompt } from './state';
import { editRows, pageStart } from './state';
import { columnAt, lineCells, lineWidth } from './text';

/** The first shown column of a prompt's answer (get_statusbar_page_start). */
function promptPage(base: number, column: number, cols: number): number {
  if (column === base || column < cols - 1) return 0;
  if (cols > base + 2) return column - base - 1 - ((column - base - 1) % (cols - base - 2));
  return column - 2;
}

function drawPrompt(f: Frame, row: number, p: Prompt): void {
  const cols = f.cols;
  const label = Array.from(p.label)
    .slice(0, Math.max(0, cols - 5))
    .join('');
  const base = Array.from(label).length + 2;
  const column = base + columnAt(p.answer, p.x);
  const page = promptPage(base, column, cols);
  const endPage = promptPage(base, base + lineWidth(p.answer) - 1, cols);
  f.fill(row, REVERSE);
  f.put(row, 0, label + ':' + (page === 0 ? ' ' : '<'), REVERSE);
  f.putCells(row, base, lineCells(p.answer, page, Math.max(0, cols - base)).cells, REVERSE);
  if (page < endPage && base + lineWidth(p.answer) - page > cols) f.put(row, cols - 1, '>', REVERSE);
  f.cursor = [row, Math.min(cols - 1, column - page)];
}

function drawEditWindow(f: Frame, s: EditorState, first: number): void {
  const rows = editRows(s);
  const { buf } = s;
  for (let i = 0; i < rows && first + i < f.rows; i++) {
    const line = buf.lines[s.top + i];
    if (line === undefined) break;
    const from = s.top + i === buf.row ? pageStart(buf.column(), s.cols) : 0;
    const { cells, more } = lineCells(line, from, s.cols);
    // The '>' mark must not split a wide character in the last two columns.
    if (more && cells[s.cols - 1] === '') cells[s.cols - 2] = ' ';
    f.putCells(first + i, 0, cells, PLAIN);
    if (from > 0) f.put(first + i, 0, '<', REVERSE);
    if (more) f.put(first + i, s.cols - 1, '>', REVERSE);
  }
  const from = pageStart(buf.column(), s.cols);
  f.cursor = [first + buf.row - s.top, Math.min(s.cols - 1, buf.column() - from)];
}

function drawHelp(f: Frame, s: EditorState, top: number): void {
  const title = 'Main nano help text';
  f.fill(0, REVERSE);
  f.put(0, 3 + Math.floor((s.cols - 5 - title.length) / 2), title, REVERSE);
  const lines = helpLines(s.cols);
  const rows = editRows(s);
  for (let i = 0; i < rows; i++) f.put(1 + i, 0, Array.from(lines[top + i] ?? '').join(''), PLAIN);
  drawShortcuts(f, HELP_MENU);
  f.cursor = [1, 0];
  f.showCursor = false;
}

export function render(s: EditorState): Frame {
  const f = new Frame(s.rows, s.cols);
  const first = s.rows >= 3 ? 1 : 0;
  if (s.help !== null) {
    drawHelp(f, s, s.help);
    return f;
  }
  if (first === 1) drawTitle(f, s.filename === '' ? 'New Buffer' : s.filename, s.buf.modified);
  drawEditWindow(f, s, first);
  const statusRow = Math.min(s.rows - 1, first + editRows(s));
  if (s.yesno !== null) {
    f.fill(statusRow, REVERSE);
    const q = Array.from(s.yesno.question).slice(0, Math.max(0, s.cols - 1));
    f.put(statusRow, 0, q.join(''), REVERSE);
    drawYesNo(f, false);
    f.cursor = [statusRow, q.length];
  } else if (s.prompt !== null) {
    drawPrompt(f, statusRow, s.prompt);
    drawShortcuts(f, s.prompt.menu);
  } else {
    if (s.status !== null) drawStatus(f, statusRow, s.status.text, s.status.attr);
    drawShortcuts(f, MAIN_MENU);
  }
  return f;
}
