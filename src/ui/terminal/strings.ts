// xterm.js's own words (the input's accessible name, the screen reader's "too much output"
// notice) in the page's language, kept up to date when the learner switches language.

import { Terminal } from '@xterm/xterm';
import { i18n } from '../i18n';

/** Applies the strings now and on every language change; returns the function that stops it. */
export function followLanguage(xterm: Terminal): () => void {
  const apply = (): void => {
    Terminal.strings.promptLabel = i18n.t('workbench:terminal.promptLabel');
    Terminal.strings.tooMuchOutput = i18n.t('workbench:terminal.tooMuchOutput');
    xterm.textarea?.setAttribute('aria-label', Terminal.strings.promptLabel);
  };
  apply();
  i18n.on('languageChanged', apply);
  return () => i18n.off('languageChanged', apply);
}
