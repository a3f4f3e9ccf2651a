// "Undo last command" (the machine rebuilt from its journal without the last command typed) and,
// in a lesson, "Reset lesson" (after an inline confirmation: the lesson's machine starts afresh
// from its setup and its progress is forgotten).

import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { withoutLastCommand } from '../../world/journal';
import type { Machine } from '../machine';
import { currentJournal } from '../session';
import { useCourseT } from './useT';

/** True while the running machine's shells have read at least one command (checked 4× a second). */
function useCanUndo(machine: Machine): boolean {
  const world = useStore(machine.store, (s) => (s.status === 'running' ? s.world : null));
  const [can, setCan] = useState(false);
  useEffect(() => {
    const check = (): void => setCan((world?.history().length ?? 0) > 0);
    check();
    const timer = setInterval(check, 250);
    return () => clearInterval(timer);
  }, [world]);
  return can;
}

export function undoLastCommand(machine: Machine): boolean {
  const journal = currentJournal(machine);
  const back = journal && withoutLastCommand(journal);
  if (!back) return false;
  machine.load(back);
  return true;
}

interface Props {
  readonly machine: Machine;
  /** Present in a lesson: starts it over. */
  readonly onReset?: () => void;
}

export function MachineTools({ machine, onReset }: Props) {
  const { t } = useCourseT();
  const canUndo = useCanUndo(machine);
  const [confirming, setConfirming] = useState(false);
  return (
    <div className="course-actions course-tools">
      <button type="button" disabled={!canUndo} onClick={() => undoLastCommand(machine)}>
        {t('undo')}
      </button>
      {onReset && !confirming && (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('reset')}
        </button>
      )}
      {onReset && confirming && (
        <span role="group" aria-label={t('resetConfirm')} className="course-confirm">
          <span>{t('resetConfirm')}</span>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirming(false);
              onReset();
            }}
          >
            {t('resetYes')}
          </button>
          <button type="button" autoFocus onClick={() => setConfirming(false)}>
            {t('cancel')}
          </button>
        </span>
      )}
    </div>
  );
}
