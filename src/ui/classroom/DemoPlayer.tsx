// The demo panel (loaded lazily): a chooser of the demo scripts, then the stage a lecturer steps
// through — the narration large like a subtitle, the next command, and Next / Pause / Rewind /
// Restart. Keys: see playerKeys.ts.

import { useEffect, useRef } from 'react';
import { useStore } from 'zustand';
import type { Machine } from '../machine';
import { followMachine, startDemo, stopDemo } from './controls';
import { DemoStage } from './DemoStage';
import { DEMOS, findDemo } from './demos';
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
  // The chooser takes the focus when it appears (the menu item that opened it is gone).
  const list = useRef<HTMLUListElement>(null);
  const choosing = demo === null;
  useEffect(() => {
    if (choosing) list.current?.querySelector('button')?.focus();
  }, [choosing]);
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
        <ul ref={list} className="demo-list">
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
