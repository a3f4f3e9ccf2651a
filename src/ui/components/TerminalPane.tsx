// The terminal region: a labelled landmark holding xterm.js, with a one-line key hint.

import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { Machine } from '../machine';
import { prefs } from '../prefs';

interface Props {
  readonly machine: Machine;
  /** Where F6 and Shift-F6 send the focus. */
  readonly focusNext: () => void;
  readonly focusPrevious: () => void;
}

export function TerminalPane({ machine, focusNext, focusPrevious }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const status = useStore(machine.store, (s) => s.status);
  const error = useStore(machine.store, (s) => s.error);
  const running = status === 'running';
  const screenReader = useStore(prefs, (p) => p.screenReader);

  useEffect(() => {
    const element = host.current;
    if (!element || !running) return;
    let unmount: (() => void) | null = null;
    let cancelled = false;
    import('../terminal/mount')
      .then(({ mountTerminal }) => {
        if (cancelled) return;
        unmount = mountTerminal(element, machine, { next: focusNext, previous: focusPrevious });
      })
      .catch((error: unknown) => machine.fail(error));
    return () => {
      cancelled = true;
      unmount?.();
    };
  }, [machine, running, focusNext, focusPrevious]);

  return (
    <section className="terminal-pane" aria-labelledby="terminal-title">
      <div className="pane-bar">
        <h2 id="terminal-title">Terminal</h2>
        <p className="key-hint" id="terminal-keys">
          <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>C</kbd> / <kbd>V</kbd> copy / paste · <kbd>F6</kbd> leave the
          terminal
        </p>
        <button
          type="button"
          className="toggle"
          aria-pressed={screenReader}
          onClick={() => prefs.getState().setScreenReader(!screenReader)}
        >
          Screen reader mode
        </button>
      </div>
      {status === 'crashed' && (
        <p className="machine-error" role="alert">
          The machine stopped: {error}
        </p>
      )}
      {status === 'booting' && <p className="machine-note">Booting…</p>}
      <div
        ref={host}
        id="terminal"
        className="terminal-host"
        role="group"
        aria-label="Terminal: a root shell on the simulated machine"
        aria-describedby="terminal-keys"
      />
    </section>
  );
}
