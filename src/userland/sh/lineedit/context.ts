// What the editor's commands see: the buffer, the persistent state, output, and the outside world
// (keys and directory listings) through EditorIo, so everything but the Sys driver is testable
// with plain generators that never yield.

import type { Gen } from '../../sys';
import type { LineBuffer } from './buffer';
import type { Key } from './keys';
import type { Candidate, LineEditState } from './types';

export interface EditorIo {
  /**
   * The next key, or null at end of input. Before blocking for input it must write what
   * `drain()` returns (the editor's pending output).
   */
  nextKey(drain: () => string): Gen<Key | null>;
  /** The entries of a directory (without . and ..), or null when it cannot be read. */
  listDir(path: string): Gen<Candidate[] | null>;
}

export interface EditContext {
  readonly state: LineEditState;
  readonly buf: LineBuffer;
  readonly io: EditorIo;
  /** The command run before the current one (for Tab-Tab and consecutive kills). */
  readonly lastCommand: string;
  /** Whether the previous command changed the buffer (a second Tab lists only if it did not). */
  readonly lastChanged: boolean;
  emit(text: string): void;
  /** Bring the screen up to date with the buffer. */
  refresh(): void;
  /** Ring the terminal bell (readline's rl_ding). */
  ding(): void;
  /** Move to the end of the line and start a new screen line (before listing completions). */
  leaveLine(): void;
  /** Write the prompt and the line again below (after listing completions). */
  redrawAll(): void;
  /** Drain pending output (what EditorIo.nextKey writes before blocking). */
  drain(): string;
}
