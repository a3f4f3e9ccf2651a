// The terminals region: a labelled landmark holding one or more terminals (each a login shell on
// its own /dev/pts/N), shown as tabs or side by side, with a one-line key hint.

import { useStore } from 'zustand';
import type { Machine } from '../machine';
import { prefs } from '../prefs';
import { layout, MAX_TERMINALS } from '../layout';
import { TerminalScreen } from './TerminalScreen';
import { TabList } from './TabList';

interface Props {
  readonly machine: Machine;
  /** Where F6 and Shift-F6 send the focus. */
  readonly focusNext: () => void;
  readonly focusPrevious: () => void;
}

export function TerminalPane({ machine, focusNext, focusPrevious }: Props) {
  const status = useStore(machine.store, (s) => s.status);
  const error = useStore(machine.store, (s) => s.error);
  const screenReader = useStore(prefs, (p) => p.screenReader);
  const { terminals, shownTerminal, terminalMode } = useStore(layout);
  const split = terminalMode === 'split';
  const running = status === 'running';

  return (
    <section id="terminal-pane" className="terminal-pane" aria-labelledby="terminal-title">
      <div className="pane-bar">
        <h2 id="terminal-title">Terminal</h2>
        {terminals.length > 1 && !split && (
          <TabList
            label="Terminals"
            idPrefix="terminal-tab"
            items={terminals.map((id) => ({ id: String(id), title: `Terminal ${id}` }))}
            selected={String(shownTerminal)}
            onSelect={(id) => layout.getState().showTerminal(Number(id))}
          />
        )}
        <button
          type="button"
          className="toggle"
          disabled={terminals.length >= MAX_TERMINALS || !running}
          onClick={() => layout.getState().addTerminal()}
        >
          New terminal
        </button>
        {terminals.length > 1 && (
          <button
            type="button"
            className="toggle"
            aria-pressed={split}
            onClick={() => layout.getState().setTerminalMode(split ? 'tabs' : 'split')}
          >
            Side by side
          </button>
        )}
        <button
          type="button"
          className="toggle"
          aria-pressed={screenReader}
          onClick={() => prefs.getState().setScreenReader(!screenReader)}
        >
          Screen reader mode
        </button>
        <p className="key-hint" id="terminal-keys">
          <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>C</kbd> / <kbd>V</kbd> copy / paste · <kbd>F6</kbd> leave the
          terminal
        </p>
      </div>
      {status === 'crashed' && (
        <p className="machine-error" role="alert">
          The machine stopped: {error}
        </p>
      )}
      {status === 'booting' && <p className="machine-note">Booting…</p>}
      <div className={split ? 'terminal-screens split' : 'terminal-screens'}>
        {terminals.map((id) => (
          <TerminalScreen
            key={id}
            machine={machine}
            id={id}
            running={running}
            hidden={!split && id !== shownTerminal}
            focusNext={focusNext}
            focusPrevious={focusPrevious}
          />
        ))}
      </div>
    </section>
  );
}
