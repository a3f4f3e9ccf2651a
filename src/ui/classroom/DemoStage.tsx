// The demo being played: the narration of the step just run, large like a subtitle; the next
// command and the terminal it goes to, beside the big Next button; Pause, Rewind and Restart.

import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { Demo } from '../../course/demo';
import type { Machine } from '../machine';
import { nextStep, rewindStep, togglePause } from './controls';
import { canAdvance, type PlayerState } from './player';
import { classroom } from './store';
import { useClassroomT } from './useT';

interface Props {
  readonly machine: Machine;
  readonly demo: Demo;
  readonly running: boolean;
}

export function DemoStage({ machine, demo, running }: Props) {
  const { t, lang } = useClassroomT();
  const player = useStore(classroom, (s) => s.player);
  const busy = useStore(machine.store, (s) => s.busy);
  const stage = useRef<HTMLDivElement>(null);
  useEffect(() => stage.current?.focus(), []);
  const done = demo.steps[player.next - 1];
  return (
    <div ref={stage} className="demo-stage" tabIndex={-1} aria-describedby="demo-keys">
      <p className="demo-count">
        {t('player.step', { n: player.next, count: demo.steps.length })}
        {player.paused && <strong className="demo-paused"> · {t('player.paused')}</strong>}
        {busy && !player.paused && <span> · {t('player.busy')}</span>}
        {!running && <span> · {t('player.rebuilding')}</span>}
      </p>
      <p className="demo-say" aria-live="polite">
        {done ? done.say[lang] : t('player.begin')}
      </p>
      <DemoButtons machine={machine} demo={demo} running={running} player={player} />
      <p className="demo-keys muted" id="demo-keys">
        {t('player.keys')}
      </p>
    </div>
  );
}

function DemoButtons({ machine, demo, running, player }: Props & { readonly player: PlayerState }) {
  const { t } = useClassroomT();
  const upcoming = demo.steps[player.next];
  const started = running && player.next > 0;
  return (
    <div className="demo-buttons">
      <button
        type="button"
        className="demo-next-button"
        disabled={!running || !canAdvance(player)}
        aria-keyshortcuts="PageDown ArrowRight Space"
        onClick={() => nextStep(machine, demo)}
      >
        {t('player.nextButton')}
      </button>
      <p className="demo-next">
        {upcoming ? (
          <>
            {t('player.next')}{' '}
            {upcoming.run !== undefined ? <code>{upcoming.run}</code> : <em>{t('player.narrationOnly')}</em>}{' '}
            <span className="muted">{t('player.inTerminal', { id: upcoming.terminal })}</span>
          </>
        ) : (
          t('player.end')
        )}
      </p>
      <button
        type="button"
        className="toggle"
        aria-pressed={player.paused}
        aria-keyshortcuts="P Escape"
        onClick={togglePause}
      >
        {t('player.pause')}
      </button>
      <button
        type="button"
        className="toggle"
        disabled={!started}
        aria-keyshortcuts="PageUp ArrowLeft"
        onClick={() => rewindStep(machine)}
      >
        {t('player.rewind')}
      </button>
      <button
        type="button"
        className="toggle"
        disabled={!started}
        onClick={() => rewindStep(machine, 'restart')}
      >
        {t('player.restart')}
      </button>
    </div>
  );
}
