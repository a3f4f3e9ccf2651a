// The page banner: a skip link, the name and a one-line tagline.

import type { MouseEvent } from 'react';

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
    </header>
  );
}
