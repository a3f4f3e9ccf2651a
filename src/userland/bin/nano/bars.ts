// The title bar, the status-bar message and the two shortcut rows at the bottom, laid out as
// nano 7.2 does (titlebar(), statusline() and bottombars() in winio.c) with the Debian default
// nanorc, which sets `stateflags`: a modified buffer shows " *" after the file name instead of
// "Modified" at the right.

import type { Frame } from './frame';
import { PLAIN, REVERSE } from './frame';

export type Shortcut = readonly [key: string, tag: string];

/** The main menu, in nano's order; a wider terminal shows more of it. */
export const MAIN_MENU: readonly Shortcut[] = [
  ['^G', 'Help'],
  ['^X', 'Exit'],
  ['^O', 'Write Out'],
  ['^R', 'Read File'],
  ['^W', 'Where Is'],
  ['^\\', 'Replace'],
  ['^K', 'Cut'],
  ['^U', 'Paste'],
  ['^T', 'Execute'],
  ['^J', 'Justify'],
  ['^C', 'Location'],
  ['^/', 'Go To Line'],
  ['M-U', 'Undo'],
  ['M-E', 'Redo'],
  ['M-A', 'Set Mark'],
  ['M-6', 'Copy'],
  ['M-]', 'To Bracket'],
  ['^Q', 'Where Was'],
  ['M-Q', 'Previous'],
  ['M-W', 'Next'],
  ['^B', 'Back'],
  ['^F', 'Forward'],
  ['^◂', 'Prev Word'],
  ['^▸', 'Next Word'],
  ['^A', 'Home'],
  ['^E', 'End'],
  ['^P', 'Prev Line'],
  ['^N', 'Next Line'],
  ['M-▴', 'Scroll Up'],
  ['M-▾', 'Scroll Down'],
  ['^▴', 'Prev Block'],
  ['^▾', 'Next Block'],
];

export const WRITE_MENU: readonly Shortcut[] = [
  ['^G', 'Help'],
  ['^C', 'Cancel'],
  ['M-D', 'DOS Format'],
  ['M-M', 'Mac Format'],
  ['M-A', 'Append'],
  ['M-P', 'Prepend'],
  ['M-B', 'Backup File'],
  ['^T', 'Browse'],
];

export const SEARCH_MENU: readonly Shortcut[] = [
  ['^G', 'Help'],
  ['^C', 'Cancel'],
  ['M-C', 'Case Sens'],
  ['M-R', 'Reg.exp.'],
  ['M-B', 'Backwards'],
  ['^R', 'Replace'],
  ['^P', 'Older'],
  ['^N', 'Newer'],
  ['^T', 'Go To Line'],
];

export const GOTO_MENU: readonly Shortcut[] = [
  ['^G', 'Help'],
  ['^C', 'Cancel'],
  ['^W', 'Begin of Paragr.'],
  ['^O', 'End of Paragraph'],
  ['^Y', 'First Line'],
  ['^V', 'Last Line'],
  ['^T', 'Go To Text'],
];

export const HELP_MENU: readonly Shortcut[] = [
  ['^L', 'Refresh'],
  ['^X', 'Close'],
  ['^W', 'Where Is'],
  ['^Q', 'Where Was'],
  ['M-Q', 'Previous'],
  ['M-W', 'Next'],
  ['^P', 'Prev Line'],
  ['^N', 'Next Line'],
  ['^Y', 'Prev Page'],
  ['^V', 'Next Page'],
  ['M-\\', 'First Line'],
  ['M-/', 'Last Line'],
];

/** Key name in reverse video, a space, then the tag, within `width` columns (post_one_key). */
function postOneKey(frame: Frame, row: number, col: number, [key, tag]: Shortcut, width: number): void {
  const keyCells = Array.from(key).slice(0, width);
  frame.putCells(row, col, keyCells, REVERSE);
  const room = width - keyCells.length;
  if (room < 2) return;
  frame.put(
    row,
    col + keyCells.length,
    ' ' +
      Array.from(tag)
        .slice(0, room - 1)
        .join(''),
    PLAIN,
  );
}

/** The two rows of shortcuts (bottombars): as many as fit, in columns of equal width. */
export function drawShortcuts(frame: Frame, menu: readonly Shortcut[]): void {
  const cols = frame.cols;
  const number = Math.min(menu.length, Math.floor((cols + 40) / 20) * 2);
  const itemWidth = Math.floor(cols / Math.floor((number + 1) / 2));
  if (itemWidth === 0 || frame.rows < 6) return;
  const top = frame.rows - 2;
  for (let index = 0; index < number; index++) {
    let width = itemWidth;
    if (number % 2 === 1 && index + 2 === number) width += itemWidth;
    if (index + 2 >= number) width += cols % itemWidth;
    const item = menu[index];
    if (item) postOneKey(frame, top + (index % 2), Math.floor(index / 2) * itemWidth, item, width);
  }
}

/** The Yes/No(/All) rows under a yes-no question (ask_user). */
export function drawYesNo(frame: Frame, withAll: boolean): void {
  if (frame.rows < 6) return;
  const width = frame.cols < 32 ? Math.floor(frame.cols / 2) : 16;
  const top = frame.rows - 2;
  postOneKey(frame, top, 0, [' Y', 'Yes'], width);
  postOneKey(frame, top + 1, 0, [' N', 'No'], width);
  if (withAll) postOneKey(frame, top, width, [' A', 'All'], width);
  postOneKey(frame, top + 1, width, ['^C', 'Cancel'], width);
}

/** The title bar: version at the left, the file name centred, " *" when modified. */
export function drawTitle(frame: Frame, name: string, modified: boolean): void {
  const cols = frame.cols;
  frame.fill(0, REVERSE);
  const path = Array.from(name);
  let verlen = 'GNU nano 7.2'.length + 3;
  const pathlen = path.length + 1;
  // stateflags: room for the five state letters at the right instead of "Modified".
  let statelen = '+.xxxxx'.length + 2;
  if (verlen + pathlen + statelen <= cols) frame.put(0, 2, 'GNU nano 7.2', REVERSE);
  else {
    verlen = 2;
    if (verlen + pathlen + statelen > cols) {
      verlen = 0;
      statelen -= 2;
    }
  }
  const offset = verlen > 0 ? verlen + Math.floor((cols - (verlen + statelen) - pathlen) / 2) : 0;
  let col = offset;
  if (pathlen + statelen <= cols) col = frame.put(0, offset, path.join(''), REVERSE);
  else if (5 + statelen <= cols) {
    col = frame.put(0, offset, '...', REVERSE);
    const skip = 3 + pathlen - cols + statelen;
    col = frame.put(
      0,
      col,
      path
        .slice(skip)
        .join('')
        .slice(0, cols - statelen),
      REVERSE,
    );
  }
  if (modified && cols > 1) frame.put(0, col, ' *', REVERSE);
}

/** A status message centred in brackets on the status row (statusline). */
export function drawStatus(frame: Frame, row: number, text: string, attr: number): void {
  const cols = frame.cols;
  const message = Array.from(text).slice(0, cols);
  const start = Math.floor((cols - message.length) / 2);
  const bracketed = start > 1;
  frame.put(
    row,
    bracketed ? start - 2 : start,
    bracketed ? `[ ${message.join('')} ]` : message.join(''),
    attr,
  );
}
