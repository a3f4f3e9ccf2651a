// Page preferences (UI state only, never the model's): a zustand vanilla store. Saved with the
// learner's progress (src/ui/storage); the theme has its own store (theme.ts).

import { createStore } from 'zustand/vanilla';
import { setLanguage, type UiLang } from './i18n';

export interface Prefs {
  /** xterm.js's screen reader mode: an accessibility tree of the rows, and output announced. */
  readonly screenReader: boolean;
  /** The page's language (lessons follow it). */
  readonly lang: UiLang;
  setScreenReader(on: boolean): void;
  setLang(lang: UiLang): void;
}

export const prefs = createStore<Prefs>((set) => ({
  screenReader: false,
  lang: 'en',
  setScreenReader: (on) => set({ screenReader: on }),
  setLang(lang) {
    setLanguage(lang);
    set({ lang });
  },
}));
