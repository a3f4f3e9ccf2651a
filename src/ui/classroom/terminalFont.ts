// The terminals in presenter view: a larger font, and xterm.js's minimum contrast ratio raised to
// 7:1 (WCAG AAA) so coloured output stays legible on a projector. mount.ts calls this once per
// terminal; the terminal is refitted so it keeps filling its box with fewer, larger cells.

import type { Terminal as XTerm } from '@xterm/xterm';
import { presenter } from './presenter';

export const NORMAL_FONT_SIZE = 14;
export const PRESENTER_FONT_SIZE = 22;

/** Applies the presenter view to `xterm` now and whenever it changes. Returns unsubscribe. */
export function followPresenter(xterm: XTerm, fit: () => void): () => void {
  let last: boolean | null = null;
  const apply = (): void => {
    const { on } = presenter.getState();
    if (on === last) return;
    last = on;
    xterm.options.fontSize = on ? PRESENTER_FONT_SIZE : NORMAL_FONT_SIZE;
    xterm.options.minimumContrastRatio = on ? 7 : 1;
    fit();
  };
  apply();
  return presenter.subscribe(apply);
}
