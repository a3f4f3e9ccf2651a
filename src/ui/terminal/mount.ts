// Puts a live terminal into a page element: xterm.js attached to the machine, fitted to the
// element as it resizes, focused, and visible to tests through window.__glasshouse.
// The page loads this module lazily, so xterm.js is not part of the first download.

import type { Machine } from '../machine';
import { prefs } from '../prefs';
import { attachTerminal } from './attach';
import type { FocusMoves } from './clipboard';
import { installTestHook } from './testHook';
import { followLanguage } from './strings';
import { followPresenter } from '../classroom/terminalFont';

/** Mounts the terminal; returns the function that unmounts it. */
export function mountTerminal(element: HTMLElement, machine: Machine, focus: FocusMoves, id = 1): () => void {
  const attached = attachTerminal(element, machine, focus, id);
  const removeHook = installTestHook(attached.xterm, machine, id);
  const stopLanguage = followLanguage(attached.xterm);
  const observer = new ResizeObserver(() => attached.fit());
  observer.observe(element);
  const applyPrefs = (): void => {
    attached.xterm.options.screenReaderMode = prefs.getState().screenReader;
  };
  applyPrefs();
  const stopPrefs = prefs.subscribe(applyPrefs);
  const stopPresenter = followPresenter(attached.xterm, () => attached.fit());
  attached.xterm.focus();
  return () => {
    stopLanguage();
    stopPrefs();
    stopPresenter();
    observer.disconnect();
    removeHook();
    attached.dispose();
  };
}
