// The line editor's state that outlives one readLine call: history, kill ring, unread input,
// the completion hooks the shell provides, and the terminal width.

import { streamDecoder } from '../../../lib/utf8';
import type { Gen } from '../../sys';

/** A completion candidate: a name as it will be inserted, and whether it names a directory. */
export interface Candidate {
  readonly name: string;
  /** A directory, or a symbolic link to one. */
  readonly isDir: boolean;
  /** A symbolic link (readline then adds no "/" when the completion added characters). */
  readonly isLink?: boolean;
}

export interface LineEditState {
  /** Accepted lines, oldest first (the `history` builtin prints this list). */
  history: string[];
  /** Position while walking the history: an index into `history`, or history.length (the new line). */
  historyPos: number;
  /** Killed text, most recent last; ^Y yanks the last entry. */
  killRing: string[];
  /** Command names starting with `prefix`: builtins, functions, aliases, keywords, executables on PATH. */
  completeCommand?: (prefix: string) => Gen<string[]>;
  /** $HOME for `~/` in file completion (read at each completion; '/' when absent). */
  getHome?: () => string | undefined;
  /** Terminal width in columns (refreshed from TIOCGWINSZ at each readLine). */
  cols: number;
  /** Terminal height in rows (for the completion pager). */
  rows: number;
  /** Input read from the terminal but not yet consumed (e.g. the rest of a pasted block). */
  pending: string;
  /** UTF-8 decoder for terminal input; keeps a multi-byte character split across reads. */
  decode: (chunk: Uint8Array) => string;
  /** Set when the last readLine ended with ^C (the shell then sets $? to 130); cleared at each call. */
  interrupted: boolean;
  /** Set after end of input arrived on a non-empty line: the next call returns null at once. */
  eof: boolean;
}

export function createLineEditState(): LineEditState {
  return {
    history: [],
    historyPos: 0,
    killRing: [],
    cols: 80,
    rows: 24,
    pending: '',
    decode: streamDecoder(),
    interrupted: false,
    eof: false,
  };
}

/** Append an accepted line to the history (like bash's default: empty lines skipped, duplicates kept). */
export function addHistory(state: LineEditState, line: string): void {
  if (line.trim() === '') return;
  state.history.push(line);
  state.historyPos = state.history.length;
}

/** Readline keeps at most this many kills. */
export const KILL_RING_MAX = 10;

/** Record killed text; `append`/`prepend` extend the last kill (consecutive kills accumulate). */
export function pushKill(state: LineEditState, text: string, join: 'new' | 'append' | 'prepend'): void {
  if (text === '') return;
  const ring = state.killRing;
  const last = ring.length - 1;
  if (join !== 'new' && last >= 0) {
    ring[last] = join === 'append' ? ring[last] + text : text + ring[last];
    return;
  }
  ring.push(text);
  if (ring.length > KILL_RING_MAX) ring.shift();
}
