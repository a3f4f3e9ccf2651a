// Goals ticking live: while a lesson is shown, its goals are judged against the running machine
// whenever a shell read a new command line or a terminal's trace moved on (checked 4× a second),
// and at least once a second for background state (a process started with & that finishes its
// work later). Steps whose goals all hold are recorded in courseProgress (they stay done) and
// reported through onStepsDone so the panel can announce them.

import { useEffect, useRef, useState } from 'react';
import type { Lang, Lesson, Progress } from '../../course';
import type { Machine } from '../machine';
import { session } from '../session';
import { judge } from './judge';
import { courseProgress } from './progress';

const POLL_MS = 250;
const REFRESH_MS = 1000;

/** What changes when the learner types: a world, its command count and its terminals' traces. */
function pulseKey(machine: Machine): string | undefined {
  const { world, status, terminals } = machine.store.getState();
  if (!world || status !== 'running') return undefined;
  const traces = [...terminals.values()].map((t) => t.traceGeneration()).join(',');
  return `${world.history().length}|${traces}`;
}

export function useLiveProgress(
  machine: Machine,
  lesson: Lesson,
  lang: Lang,
  onStepsDone: (ids: readonly string[]) => void,
): Progress | undefined {
  const [progress, setProgress] = useState<Progress | undefined>(undefined);
  const report = useRef(onStepsDone);
  report.current = onStepsDone;

  useEffect(() => {
    let lastKey: string | undefined;
    let lastWorld: unknown = null;
    let lastAt = 0;
    const tick = (): void => {
      const { world } = machine.store.getState();
      const key = pulseKey(machine);
      if (!world || key === undefined || session.getState().context !== lesson.id) return;
      const now = Date.now();
      if (key === lastKey && world === lastWorld && now - lastAt < REFRESH_MS) return;
      lastKey = key;
      lastWorld = world;
      lastAt = now;
      let next: Progress;
      try {
        next = judge(lesson, world, lang);
      } catch (error) {
        // A goal that cannot read this machine must not take the panel down: judged again later.
        console.warn('Glasshouse: the lesson goals could not be checked', error);
        return;
      }
      setProgress(next);
      const done = next.steps.filter((s) => s.done).map((s) => s.id);
      const before = courseProgress.getState().done.get(lesson.id) ?? [];
      const added = done.filter((id) => !before.includes(id));
      if (added.length === 0) return;
      courseProgress.getState().markDone(lesson.id, added);
      report.current(added);
    };
    tick();
    const timer = setInterval(tick, POLL_MS);
    const unsubscribe = machine.store.subscribe((s, prev) => {
      if (s.world !== prev.world) setProgress(undefined);
    });
    return () => {
      clearInterval(timer);
      unsubscribe();
    };
  }, [machine, lesson, lang]);

  return progress;
}
