// A small read-only window into the page for end-to-end tests and curious learners:
// window.__glasshouse.screenText() returns terminal 1's visible rows as text, screenText(2)
// terminal 2's.

import type { Terminal as XTerm } from '@xterm/xterm';
import type { Machine } from '../machine';

export interface GlasshouseHook {
  /** The visible screen of terminal `id` (default 1), one line per row, trailing blanks trimmed. */
  screenText(id?: number): string;
  /** The whole buffer: scrollback and screen. */
  bufferText(id?: number): string;
  /** The terminal's size in character cells. */
  size(id?: number): { cols: number; rows: number };
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

const screens = new Map<number, XTerm>();

function screenOf(id: number | undefined): XTerm | undefined {
  return screens.get(id ?? 1);
}

export function installTestHook(xterm: XTerm, machine: Machine, id = 1): () => void {
  screens.set(id, xterm);
  const hook: GlasshouseHook = {
    screenText: (n) => {
      const screen = screenOf(n);
      if (!screen) return '';
      const top = screen.buffer.active.viewportY;
      return linesOf(screen, top, top + screen.rows);
    },
    bufferText: (n) => {
      const screen = screenOf(n);
      return screen ? linesOf(screen, 0, screen.buffer.active.length) : '';
    },
    size: (n) => {
      const screen = screenOf(n);
      return { cols: screen?.cols ?? 0, rows: screen?.rows ?? 0 };
    },
    status: () => machine.store.getState().status,
  };
  window.__glasshouse = hook;
  return () => {
    if (screens.get(id) === xterm) screens.delete(id);
    if (screens.size === 0 && window.__glasshouse === hook) delete window.__glasshouse;
  };
}
