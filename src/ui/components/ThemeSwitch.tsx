// The theme choice: follow the system, or light, or dark (for a projector in a bright room).

import { useStore } from 'zustand';
import { setTheme, themeChoice, type ThemeChoice } from '../theme';

const CHOICES: readonly { readonly value: ThemeChoice; readonly label: string }[] = [
  { value: 'system', label: 'System' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

export function ThemeSwitch() {
  const choice = useStore(themeChoice, (s) => s.choice);
  return (
    <label className="theme-switch">
      Theme{' '}
      <select value={choice} onChange={(event) => setTheme(event.target.value as ThemeChoice)}>
        {CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </label>
  );
}
