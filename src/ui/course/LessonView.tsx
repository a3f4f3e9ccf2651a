// The lesson the learner is doing: title, introduction, progress, every step with its goals
// ticking live, undo/reset, and once every step is done a congratulation and free play. A polite
// live region announces each step as it is completed.

import { useCallback, useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Lang, Lesson } from '../../course';
import type { Machine } from '../machine';
import { MachineTools } from './MachineTools';
import { courseProgress } from './progress';
import { Prose } from './Prose';
import { StepCard } from './StepCard';
import { useLiveProgress } from './useLiveProgress';
import { useCourseT } from './useT';

interface Props {
  readonly machine: Machine;
  readonly lesson: Lesson;
  readonly lang: Lang;
  readonly onRun: (command: string) => void;
  readonly onReset: () => void;
}

const NONE: readonly string[] = [];

/** Drops a leading "# Title" line: the panel shows the title itself. */
const introBody = (text: string): string => text.replace(/^\s*# [^\n]*\n/, '');

/** Brings the current step into view when the learner moves on to it (not on first show). */
function useFollowCurrent(current: string | undefined): void {
  const shown = useRef(current);
  useEffect(() => {
    if (shown.current === current) return;
    shown.current = current;
    const id = current === undefined ? 'course-complete-title' : `course-step-${current}`;
    document.getElementById(id)?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [current]);
}

export function LessonView({ machine, lesson, lang, onRun, onReset }: Props) {
  const { t } = useCourseT();
  const recorded = useStore(courseProgress, (s) => s.done.get(lesson.id) ?? NONE);
  const [announcement, setAnnouncement] = useState('');
  const onStepsDone = useCallback(
    (ids: readonly string[]) => {
      const titles = ids.map((id) => lesson.steps.find((s) => s.id === id)?.title[lang] ?? id);
      const recorded = courseProgress.getState().done.get(lesson.id) ?? NONE;
      const complete = lesson.steps.every((s) => recorded.includes(s.id));
      const done = t('announceDone', { steps: titles.join(', ') });
      setAnnouncement(complete ? `${done}. ${t('completeTitle')}` : done);
    },
    [lesson, lang, t],
  );
  const live = useLiveProgress(machine, lesson, lang, onStepsDone);
  const total = lesson.steps.length;
  const doneCount = lesson.steps.filter((s) => recorded.includes(s.id)).length;
  const current = lesson.steps.find((s) => !recorded.includes(s.id))?.id;
  useFollowCurrent(current);
  return (
    <article className="course-lesson" aria-labelledby="course-lesson-title">
      <h3 id="course-lesson-title">{lesson.title[lang]}</h3>
      <p className="course-count">
        <progress max={total} value={doneCount} aria-hidden="true" />{' '}
        <span data-testid="course-count">{t('progress', { done: doneCount, total })}</span>
      </p>
      <MachineTools machine={machine} onReset={onReset} />
      <details className="course-intro" open={doneCount === 0 || undefined}>
        <summary>{t('introduction')}</summary>
        <Prose markdown={introBody(lesson.intro[lang])} onRun={onRun} />
      </details>
      {current === undefined && (
        <section className="course-complete" aria-labelledby="course-complete-title">
          <h4 id="course-complete-title">{t('completeTitle')}</h4>
          <p>{t('completeText')}</p>
        </section>
      )}
      <ol className="course-steps" aria-label={t('steps')}>
        {lesson.steps.map((step, i) => (
          <li key={step.id}>
            <StepCard
              step={step}
              index={i}
              lang={lang}
              live={live?.steps.find((s) => s.id === step.id)}
              done={recorded.includes(step.id)}
              current={step.id === current}
              onRun={onRun}
            />
          </li>
        ))}
      </ol>
      <div role="status" aria-live="polite" className="visually-hidden" data-testid="course-announce">
        {announcement}
      </div>
    </article>
  );
}
