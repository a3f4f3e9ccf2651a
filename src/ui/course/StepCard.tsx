// One step of a lesson: its title and state, its goals ticking as they come true, and for the
// current step its prose, hints revealed one at a time and the solution on request.

import { useState } from 'react';
import { describeGoal, type Lang, type Step, type StepProgress } from '../../course';
import { CommandList, Prose } from './Prose';
import { useCourseT } from './useT';

interface Props {
  readonly step: Step;
  readonly index: number;
  readonly lang: Lang;
  /** Live goal states (undefined until the machine was first judged). */
  readonly live: StepProgress | undefined;
  /** Recorded as completed (stays done even if its goals stop holding). */
  readonly done: boolean;
  readonly current: boolean;
  readonly onRun: (command: string) => void;
}

function Goals({ step, lang, live }: Pick<Props, 'step' | 'lang' | 'live'>) {
  const { t } = useCourseT();
  return (
    <ul className="course-goals" aria-label={t('goals')}>
      {step.goals.map((goal, i) => {
        const met = live?.goals[i]?.done ?? false;
        return (
          <li key={i} className={met ? 'goal met' : 'goal'}>
            <span className="goal-mark" aria-hidden="true">
              {met ? '✓' : '○'}
            </span>
            <span className="visually-hidden">{met ? t('goalMet') : t('goalOpen')}: </span>
            {describeGoal(goal, lang)}
          </li>
        );
      })}
    </ul>
  );
}

function Help({ step, lang, onRun }: Pick<Props, 'step' | 'lang' | 'onRun'>) {
  const { t } = useCourseT();
  const [shown, setShown] = useState(0);
  const [solution, setSolution] = useState(false);
  const hints = step.hints[lang];
  return (
    <div className="course-help">
      {shown > 0 && (
        <ol className="course-hints" aria-label={t('hints')}>
          {hints.slice(0, shown).map((hint, i) => (
            <li key={i}>{hint}</li>
          ))}
        </ol>
      )}
      <div className="course-actions">
        {shown < hints.length && (
          <button type="button" onClick={() => setShown(shown + 1)}>
            {t('showHint', { n: shown + 1, total: hints.length })}
          </button>
        )}
        <button type="button" aria-expanded={solution} onClick={() => setSolution(!solution)}>
          {solution ? t('hideSolution') : t('showSolution')}
        </button>
      </div>
      {solution && <CommandList commands={step.solution} onRun={onRun} />}
    </div>
  );
}

export function StepCard({ step, index, lang, live, done, current, onRun }: Props) {
  const { t } = useCourseT();
  const state = done ? t('stepDone') : current ? t('stepCurrent') : t('stepTodo');
  return (
    <section
      className={`course-step${done ? ' done' : ''}${current ? ' current' : ''}`}
      aria-labelledby={`course-step-${step.id}`}
      aria-current={current ? 'step' : undefined}
    >
      <h4 id={`course-step-${step.id}`}>
        <span className="step-number">{index + 1}.</span> {step.title[lang]}{' '}
        <span className="step-state">({state})</span>
      </h4>
      <Goals step={step} lang={lang} live={live} />
      {current ? (
        <>
          <Prose markdown={step.prose[lang]} onRun={onRun} />
          <Help key={step.id} step={step} lang={lang} onRun={onRun} />
        </>
      ) : (
        <details className="course-read">
          <summary>{t('readStep')}</summary>
          <Prose markdown={step.prose[lang]} onRun={onRun} />
          <Help step={step} lang={lang} onRun={onRun} />
        </details>
      )}
    </section>
  );
}
