// The demo panel (loaded lazily): a chooser of the demo scripts, then the stage a lecturer steps
// through — the narration large like a subtitle, the next command, and Next / Pause / Rewind /
// Restart. Keys: see playerKeys.ts.

import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { Demo } from '../../course/demo';
import type { Machine } from '../machine';
import { followMachine, nextStep, rewindStep, startDemo, stopDemo, togglePause } from './controls';
import { DEMOS, findDemo } from './demos';
import { canAdvance } from './player';
import { classroom } from './store';
import { useDemoKeys } from './useDemoKeys';
import { useClassroomT } from './useT';

export default function DemoPlayer({ machine }: { readonly machine: Machine }) {
  const { t, lang } = useClassroomT();
  const id = useStore(classroom, (s) => s.player.demo);
  const demo = findDemo(id);
  const running = useStore(machine.store, (s) => s.status === 'running');
  useDemoKeys(machine, demo);
  useEffect(() => followMachine(machine), [machine]);
  const close = (): void => {
    stopDemo();
    classroom.getState().openPanel(false);
  };
  return (
    <section className="demo-player" aria-labelledby="demo-player-title">
      <header className="demo-bar">
        <h2 id="demo-player-title">{demo ? demo.title[lang] : t('player.title')}</h2>
        <button type="button" className="toggle" onClick={close}>
          {t('player.close')}
        </button>
      </header>
      {demo ? (
        <DemoStage machine={machine} demo={demo} running={running} />
      ) : (
        <ul className="demo-list">
          {DEMOS.map(({ dir, demo: d, problems }) => (
            <li key={dir}>
              {d ? (
                <button
                  type="button"
                  className="demo-start"
                  disabled={!running}
                  onClick={() => startDemo(machine, d)}
                >
                  {t('player.start', { title: d.title[lang], count: d.steps.length })}
                </button>
              ) : (
                <pre className="demo-problems" role="alert">
                  {problems.join('\n')}
                </pre>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface StageProps {
  readonly machine: Machine;
  readonly demo: Demo;
  readonly running: boolean;
}

function DemoStage({ machine, demo, running }: StageProps) {
  const { t, lang } = useClassroomT();
  const player = useStore(classroom, (s) => s.player);
  const busy = useStore(machine.store, (s) => s.busy);
  const stage = useRef<HTMLDivElement>(null);
  useEffect(() => stage.current?.focus(), []);
  const done = demo.steps[player.next - 1];
  const upcoming = demo.steps[player.next];
  const said = done ? done.say[lang] : t('player.begin');
  return (
    <div ref={stage} className="demo-stage" tabIndex={-1} aria-describedby="demo-keys">
      <p className="demo-count">
        {t('player.step', { n: player.next, count: demo.steps.length })}
        {player.paused && <strong className="demo-paused"> · {t('player.paused')}</strong>}
        {busy && !player.paused && <span className="demo-busy"> · {t('player.busy')}</span>}
        {!running && <span className="demo-busy"> · {t('player.rebuilding')}</span>}
      </p>
      <p className="demo-say" aria-live="polite">
        {said}
      </p>
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
          disabled={!running || player.next === 0}
          aria-keyshortcuts="PageUp ArrowLeft"
          onClick={() => rewindStep(machine)}
        >
          {t('player.rewind')}
        </button>
        <button
          type="button"
          className="toggle"
          disabled={!running || player.next === 0}
          onClick={() => rewindStep(machine, 'restart')}
        >
          {t('player.restart')}
        </button>
      </div>
      <p className="demo-keys muted" id="demo-keys">
        {t('player.keys')}
      </p>
    </div>
  );
}
