// Page preferences (UI state only, never the model's): a zustand vanilla store.
// Simplification: kept for the page's lifetime, not saved yet.

import { createStore } from 'zustand/vanilla';

export interface Prefs {
  /** xterm.js's screen reader mode: an accessibility tree of the rows, and output announced. */
  readonly screenReader: boolean;
  setScreenReader(on: boolean): void;
}

export const prefs = createStore<Prefs>((set) => ({
  screenReader: false,
  setScreenReader: (on) => set({ screenReader: on }),
}));
