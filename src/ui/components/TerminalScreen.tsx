// One terminal screen: xterm.js (loaded lazily) attached to terminal number `id` of the machine.
// Terminal 1's element keeps the id "terminal" (the skip link and tests find it there).

import { useEffect, useRef } from 'react';
import { useT } from '../i18n/react';
import type { Machine } from '../machine';

interface Props {
  readonly machine: Machine;
  readonly id: number;
  readonly running: boolean;
  readonly hidden: boolean;
  /** Where F6 and Shift-F6 send the focus. */
  readonly focusNext: () => void;
  readonly focusPrevious: () => void;
}

export const terminalElementId = (id: number): string => (id === 1 ? 'terminal' : `terminal-${id}`);

export function TerminalScreen({ machine, id, running, hidden, focusNext, focusPrevious }: Props) {
  const { t } = useT('workbench');
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = host.current;
    if (!element || !running) return;
    let unmount: (() => void) | null = null;
    let cancelled = false;
    import('../terminal/mount')
      .then(({ mountTerminal }) => {
        if (cancelled) return;
        unmount = mountTerminal(element, machine, { next: focusNext, previous: focusPrevious }, id);
      })
      .catch((error: unknown) => machine.fail(error));
    return () => {
      cancelled = true;
      unmount?.();
    };
  }, [machine, id, running, focusNext, focusPrevious]);

  return (
    <div
      ref={host}
      id={terminalElementId(id)}
      className="terminal-host"
      role="group"
      hidden={hidden}
      aria-label={t('terminal.screen', { id })}
      aria-describedby="terminal-keys"
      onFocus={() => machine.setActiveTerminal(id)}
    />
  );
}
