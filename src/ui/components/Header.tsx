// The page banner: a skip link, the name, a one-line tagline and the page-wide settings
// (which side the terminal is on, the theme).

import type { MouseEvent } from 'react';
import { layout } from '../layout';
import { ThemeSwitch } from './ThemeSwitch';

export function Header({ focusTerminal }: { readonly focusTerminal: () => void }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault();
    focusTerminal();
  };
  return (
    <header className="site-header">
      <a className="skip-link" href="#terminal" onClick={skip}>
        Skip to the terminal
      </a>
      <h1>Glasshouse</h1>
      <p className="tagline">
        A see-through Linux machine in your browser: learn what containers really are.
      </p>
      <div className="page-settings">
        <button type="button" className="toggle" onClick={() => layout.getState().swapSides()}>
          Swap sides
        </button>
        <ThemeSwitch />
      </div>
    </header>
  );
}
