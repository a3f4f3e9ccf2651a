// A small read-only window into the page for end-to-end tests and curious learners:
// window.__glasshouse.screenText() returns the terminal's visible rows as text.

import type { Terminal as XTerm } from '@xterm/xterm';
import type { Machine } from '../machine';

export interface GlasshouseHook {
  /** The visible screen, one line per row, trailing blanks trimmed. */
  screenText(): string;
  /** The whole buffer: scrollback and screen. */
  bufferText(): string;
  /** The terminal's size in character cells. */
  size(): { cols: number; rows: number };
  /** The machine's status: 'off' | 'booting' | 'running' | 'crashed'. */
  status(): string;
}

declare global {
  interface Window {
    __glasshouse?: GlasshouseHook;
  }
}

function linesOf(xterm: XTerm, from: number, to: number): string {
  const buffer = xterm.buffer.active;
  const lines: string[] = [];
  for (let y = from; y < to; y++) lines.push(buffer.getLine(y)?.translateToString(true) ?? '');
  return lines.join('\n');
}

export function installTestHook(xterm: XTerm, machine: Machine): () => void {
  const hook: GlasshouseHook = {
    screenText: () => {
      const top = xterm.buffer.active.viewportY;
      return linesOf(xterm, top, top + xterm.rows);
    },
    bufferText: () => linesOf(xterm, 0, xterm.buffer.active.length),
    size: () => ({ cols: xterm.cols, rows: xterm.rows }),
    status: () => machine.store.getState().status,
  };
  window.__glasshouse = hook;
  return () => {
    if (window.__glasshouse === hook) delete window.__glasshouse;
  };
}
