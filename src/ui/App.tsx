// The page: banner, the terminal on the left, the views panel on the right.

import { useCallback, useRef } from 'react';
import { Header } from './components/Header';
import { TerminalPane } from './components/TerminalPane';
import { ViewsPanel } from './components/ViewsPanel';
import type { Machine } from './machine';

export function App({ machine }: { readonly machine: Machine }) {
  const panel = useRef<HTMLElement>(null);
  const focusTerminal = useCallback(() => {
    document.querySelector<HTMLTextAreaElement>('#terminal textarea')?.focus();
  }, []);
  const focusPanel = useCallback(() => panel.current?.focus(), []);
  const focusSkipLink = useCallback(() => document.querySelector<HTMLElement>('.skip-link')?.focus(), []);

  return (
    <div className="app">
      <Header focusTerminal={focusTerminal} />
      <main className="workbench">
        <TerminalPane machine={machine} focusNext={focusPanel} focusPrevious={focusSkipLink} />
        <ViewsPanel ref={panel} />
      </main>
    </div>
  );
}
