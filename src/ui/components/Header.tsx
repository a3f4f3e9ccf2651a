// The page banner: a skip link, the name, a one-line tagline and the page-wide settings
// (which side the terminal is on, the theme).

import type { MouseEvent } from 'react';
import { layout } from '../layout';
import { ThemeSwitch } from './ThemeSwitch';
import { StorageMenu } from '../storage/StorageMenu';
import { LanguageSwitch } from './LanguageSwitch';
import { ClassroomMenu } from '../classroom/ClassroomMenu';
import { useT } from '../i18n/react';

export function Header({ focusTerminal }: { readonly focusTerminal: () => void }) {
  const { t } = useT('common');
  const skip = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault();
    focusTerminal();
  };
  return (
    <header className="site-header">
      <a className="skip-link" href="#terminal" onClick={skip}>
        {t('header.skip')}
      </a>
      <h1>Glasshouse</h1>
      <p className="tagline">{t('header.tagline')}</p>
      <div className="page-settings">
        <button type="button" className="toggle" onClick={() => layout.getState().swapSides()}>
          {t('header.swapSides')}
        </button>
        <ThemeSwitch />
        <StorageMenu />
        <LanguageSwitch />
        <ClassroomMenu />
      </div>
    </header>
  );
}
