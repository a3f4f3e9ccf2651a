// Walking the history with Up/Down (^P/^N, M-< M->). Like readline, edits made to a recalled line
// are remembered while this line is being edited, and the line being typed is kept at the bottom.
// Simplification: those edits are dropped when the line is accepted (readline can keep them).

import type { LineBuffer } from './buffer';
import type { LineEditState } from './types';

export class HistoryNav {
  private pos: number;
  private readonly edits = new Map<number, string>();

  constructor(private readonly state: LineEditState) {
    this.pos = state.history.length;
    state.historyPos = this.pos;
  }

  get position(): number {
    return this.pos;
  }

  /** Show entry `to` (history.length is the new line); false when there is no such entry. */
  go(buf: LineBuffer, to: number): boolean {
    const hist = this.state.history;
    if (to < 0 || to > hist.length || to === this.pos) return false;
    this.edits.set(this.pos, buf.text);
    this.pos = to;
    this.state.historyPos = to;
    buf.set(this.edits.get(to) ?? hist[to] ?? '');
    return true;
  }

  previous(buf: LineBuffer): boolean {
    return this.go(buf, this.pos - 1);
  }

  next(buf: LineBuffer): boolean {
    return this.go(buf, this.pos + 1);
  }

  first(buf: LineBuffer): boolean {
    return this.go(buf, 0);
  }

  last(buf: LineBuffer): boolean {
    return this.go(buf, this.state.history.length);
  }

  /** The last word of the previous history line (M-. yank-last-arg). */
  lastArg(): string | null {
    const line = this.state.history[this.state.history.length - 1];
    if (line === undefined) return null;
    const words = line.trim().split(/\s+/);
    return words[words.length - 1] ?? null;
  }
}
