// The editor's state: the buffer, the file name, the screen size and the top line of the edit
// area, the status-bar message, and whatever question is being asked on the status bar.

import type { Gen } from '../../sys';
import type { Shortcut } from './bars';
import type { TextBuffer } from './buffer';
import { ALERT, REVERSE } from './frame';

export interface Status {
  readonly text: string;
  readonly attr: number;
}

/** A question answered by typing a line (file name, search string, line number). */
export interface Prompt {
  readonly label: string;
  answer: string;
  /** The typing position in the answer. */
  x: number;
  readonly menu: readonly Shortcut[];
  /** Called with the answer on Enter, null on ^C. */
  readonly done: (answer: string | null) => Gen<void>;
}

export type Choice = 'yes' | 'no' | 'cancel';

/** A Yes/No question. */
export interface YesNo {
  readonly question: string;
  readonly done: (choice: Choice) => Gen<void>;
}

export interface EditorState {
  buf: TextBuffer;
  /** '' for an unnamed buffer ("New Buffer"). */
  filename: string;
  rows: number;
  cols: number;
  /** Index of the line at the top of the edit area. */
  top: number;
  status: Status | null;
  /** Keystrokes left before the status message is wiped. */
  statusBlank: number;
  prompt: Prompt | null;
  yesno: YesNo | null;
  /** The help viewer's first shown line, or null when not in help. */
  help: number | null;
  lastSearch: string;
  /** Put the cursor line in the middle when it moves off screen (after a search or jump). */
  focusing: boolean;
  done: boolean;
}

/** Rows of the edit area: all but the title bar, the status bar and the two shortcut rows. */
export function editRows(s: EditorState): number {
  if (s.rows < 3) return 1;
  return Math.max(1, s.rows - 1 - (s.rows < 6 ? 1 : 3));
}

/** A message for the status bar: plain (reverse video) or an alert (white on red). */
export function say(s: EditorState, text: string, alert = false): void {
  s.status = { text, attr: alert ? ALERT : REVERSE };
  s.statusBlank = 20;
}

/** Scroll the edit area so the cursor line is on it (adjust_viewport). */
export function followCursor(s: EditorState): void {
  const rows = editRows(s);
  const row = s.buf.row;
  if (row >= s.top && row < s.top + rows) {
    s.focusing = false;
    return;
  }
  if (s.focusing) s.top = Math.max(0, row - Math.floor(rows / 2));
  else if (row < s.top) s.top = row;
  else s.top = row - rows + 1;
  s.focusing = false;
}

/** The first column shown of a line whose cursor is at `column` (get_page_start). */
export function pageStart(column: number, cols: number): number {
  if (column === 0 || column + 2 < cols) return 0;
  if (cols > 8) return column - 6 - ((column - 6) % (cols - 8));
  return column - (cols - 2);
}
