// The terminals region: a labelled landmark holding one or more terminals (each a login shell on
// its own /dev/pts/N), shown as tabs or side by side, with a one-line key hint.

import { useStore } from 'zustand';
import type { Machine } from '../machine';
import { useT } from '../i18n/react';
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
  const { t } = useT('workbench');
  const status = useStore(machine.store, (s) => s.status);
  const error = useStore(machine.store, (s) => s.error);
  const replay = useStore(machine.store, (s) => s.replay);
  const screenReader = useStore(prefs, (p) => p.screenReader);
  const { terminals, shownTerminal, terminalMode } = useStore(layout);
  const split = terminalMode === 'split';
  const running = status === 'running';

  return (
    <section id="terminal-pane" className="terminal-pane" aria-labelledby="terminal-title">
      <div className="pane-bar">
        <h2 id="terminal-title">{t('terminal.title')}</h2>
        {terminals.length > 1 && !split && (
          <TabList
            label={t('terminal.tabs')}
            idPrefix="terminal-tab"
            items={terminals.map((id) => ({ id: String(id), title: t('terminal.tab', { id }) }))}
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
          {t('terminal.new')}
        </button>
        {terminals.length > 1 && (
          <button
            type="button"
            className="toggle"
            aria-pressed={split}
            onClick={() => layout.getState().setTerminalMode(split ? 'tabs' : 'split')}
          >
            {t('terminal.sideBySide')}
          </button>
        )}
        <button
          type="button"
          className="toggle"
          aria-pressed={screenReader}
          onClick={() => prefs.getState().setScreenReader(!screenReader)}
        >
          {t('terminal.screenReader')}
        </button>
        <p className="key-hint" id="terminal-keys">
          <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>C</kbd> / <kbd>V</kbd> {t('terminal.copyPaste')} ·{' '}
          <kbd>F6</kbd> {t('terminal.leave')}
        </p>
      </div>
      {status === 'crashed' && (
        <p className="machine-error" role="alert">
          {t('machine.stopped', { error })}
        </p>
      )}
      {status === 'booting' && <p className="machine-note">{t('machine.booting')}</p>}
      {status === 'replaying' && replay && (
        <p className="machine-note" role="status">
          {t('machine.replaying', replay)}{' '}
          <button
            type="button"
            className="toggle"
            title={t('machine.stopReplayHint')}
            onClick={() => machine.stopReplay()}
          >
            {t('machine.stopReplay')}
          </button>
        </p>
      )}
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
