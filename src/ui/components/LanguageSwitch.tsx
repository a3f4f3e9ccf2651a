// The page's language: English or 简体中文. Switching re-renders the page's words in place (the
// terminals, the world and the selected view stay as they are) and sets <html lang>.

import { useStore } from 'zustand';
import { UI_LANGS, type UiLang } from '../i18n';
import { useT } from '../i18n/react';
import { prefs } from '../prefs';
import './language.css';

export function LanguageSwitch() {
  const { t } = useT('common');
  const lang = useStore(prefs, (p) => p.lang);
  return (
    <label className="language-switch">
      {t('language')}{' '}
      <select
        value={lang}
        lang={lang}
        onChange={(event) => prefs.getState().setLang(event.target.value as UiLang)}
      >
        {UI_LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`languages.${l}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
