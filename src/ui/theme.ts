// The page theme: follow the system (prefers-color-scheme) or force light or dark. The choice
// is written to <html data-theme>, which styles.css and the terminal's colours follow.

import { createStore } from 'zustand/vanilla';

export type ThemeChoice = 'system' | 'light' | 'dark';

const darkQuery = '(prefers-color-scheme: dark)';

export const themeChoice = createStore<{ readonly choice: ThemeChoice }>(() => ({ choice: 'system' }));

export function effectiveTheme(choice: ThemeChoice = themeChoice.getState().choice): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return matchMedia(darkQuery).matches ? 'dark' : 'light';
}

export function setTheme(choice: ThemeChoice): void {
  themeChoice.setState({ choice });
  if (choice === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = choice;
}

/** Calls apply with the effective theme now and whenever it changes; returns unsubscribe. */
export function followTheme(apply: (theme: 'light' | 'dark') => void): () => void {
  const query = matchMedia(darkQuery);
  const onChange = (): void => apply(effectiveTheme());
  onChange();
  query.addEventListener('change', onChange);
  const stop = themeChoice.subscribe(onChange);
  return () => {
    query.removeEventListener('change', onChange);
    stop();
  };
}
