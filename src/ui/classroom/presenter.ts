// Presenter view and the clean full screen: page-wide classroom switches (UI state only).
// Presenter view sets <html data-presenter>: presenter.css enlarges the type, raises the contrast
// and hides the chrome; the terminals follow through followPresenter() (terminalFont.ts).
// Full screen uses the Fullscreen API; while the page is full screen <html data-clean> hides the
// banner (Esc, the browser's own key, leaves and the attribute goes with it).

import { createStore } from 'zustand/vanilla';
import './presenter.css';

export interface Presenter {
  readonly on: boolean;
  /** True while the page is in the browser's full screen. */
  readonly clean: boolean;
  set(on: boolean): void;
  toggle(): void;
}

const root = (): HTMLElement | null => (typeof document === 'undefined' ? null : document.documentElement);

export const presenter = createStore<Presenter>((set, get) => ({
  on: false,
  clean: false,
  set(on) {
    root()?.toggleAttribute('data-presenter', on);
    set({ on });
  },
  toggle: () => get().set(!get().on),
}));

/** Enters the clean full screen, or leaves it. */
export function toggleFullscreen(): void {
  if (typeof document === 'undefined') return;
  if (document.fullscreenElement) {
    void document.exitFullscreen().catch(() => undefined);
    return;
  }
  const element = document.documentElement;
  if (typeof element.requestFullscreen !== 'function') return;
  element.requestFullscreen().catch((error: unknown) => {
    console.warn('Glasshouse: full screen was refused', error);
  });
}

/** Keeps `clean` and <html data-clean> in step with the browser's full screen. Returns unsubscribe. */
export function followFullscreen(): () => void {
  if (typeof document === 'undefined') return () => undefined;
  const sync = (): void => {
    const clean = document.fullscreenElement != null;
    root()?.toggleAttribute('data-clean', clean);
    if (presenter.getState().clean !== clean) presenter.setState({ clean });
  };
  document.addEventListener('fullscreenchange', sync);
  sync();
  return () => document.removeEventListener('fullscreenchange', sync);
}

/** Alt+P: the presenter view's shortcut (the terminal never sees it: see classroomKeys.ts). */
export const isPresenterKey = (ev: Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey'>) =>
  ev.altKey && !ev.ctrlKey && !ev.metaKey && (ev.code === 'KeyP' || ev.key.toLowerCase() === 'p');
