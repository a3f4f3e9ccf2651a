// The theme choice: follow the system, or light, or dark (for a projector in a bright room).

import { useStore } from 'zustand';
import { useT } from '../i18n/react';
import { setTheme, themeChoice, type ThemeChoice } from '../theme';

const CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark'];

export function ThemeSwitch() {
  const { t } = useT('common');
  const choice = useStore(themeChoice, (s) => s.choice);
  return (
    <label className="theme-switch">
      {t('theme.label')}{' '}
      <select value={choice} onChange={(event) => setTheme(event.target.value as ThemeChoice)}>
        {CHOICES.map((c) => (
          <option key={c} value={c}>
            {t(`theme.${c}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
