// The list of lessons (in course order), the challenges, and the sandbox; each lesson with the
// learner's progress (k of n steps). A lesson whose files did not validate is listed with its
// errors and cannot be opened.

import { useStore } from 'zustand';
import type { Lang, Lesson } from '../../course';
import { SANDBOX } from '../session';
import type { Catalog } from './catalog';
import { courseProgress } from './progress';
import { useCourseT } from './useT';

interface Props {
  readonly catalog: Catalog;
  readonly lang: Lang;
  /** SANDBOX or the id of the lesson whose machine is shown. */
  readonly context: string;
  readonly onOpen: (id: string) => void;
}

function Entry({ lesson, lang, context, onOpen }: { readonly lesson: Lesson } & Omit<Props, 'catalog'>) {
  const { t } = useCourseT();
  const recorded = useStore(courseProgress, (s) => s.done.get(lesson.id));
  const done = lesson.steps.filter((s) => recorded?.includes(s.id)).length;
  const total = lesson.steps.length;
  const complete = done >= total;
  return (
    <li>
      <button
        type="button"
        className={complete ? 'course-entry complete' : 'course-entry'}
        aria-current={context === lesson.id ? 'true' : undefined}
        onClick={() => onOpen(lesson.id)}
      >
        <span className="entry-title">{lesson.title[lang]}</span>
        <span className="entry-progress">
          {complete ? '✓ ' : ''}
          {t('progress', { done, total })}
        </span>
      </button>
    </li>
  );
}

export function LessonList({ catalog, lang, context, onOpen }: Props) {
  const { t } = useCourseT();
  const group = (lessons: readonly Lesson[]) => (
    <ul className="course-list">
      {lessons.map((lesson) => (
        <Entry key={lesson.id} lesson={lesson} lang={lang} context={context} onOpen={onOpen} />
      ))}
    </ul>
  );
  return (
    <nav className="course-nav" aria-labelledby="course-lessons-title">
      <h3 id="course-lessons-title">{t('lessons')}</h3>
      {group(catalog.lessons)}
      {catalog.challenges.length > 0 && (
        <>
          <h3>{t('challenges')}</h3>
          {group(catalog.challenges)}
        </>
      )}
      <h3>{t('freePlay')}</h3>
      <ul className="course-list">
        <li>
          <button
            type="button"
            className="course-entry"
            aria-current={context === SANDBOX ? 'true' : undefined}
            onClick={() => onOpen(SANDBOX)}
          >
            <span className="entry-title">{t('sandbox')}</span>
            <span className="entry-progress">{t('sandboxNote')}</span>
          </button>
        </li>
      </ul>
      {catalog.broken.length > 0 && (
        <>
          <h3>{t('broken')}</h3>
          <ul className="course-list course-broken">
            {catalog.broken.map((entry) => (
              <li key={entry.id}>
                <span className="entry-title">{entry.dir}</span>
                <ul>
                  {entry.issues.map((issue, i) => (
                    <li key={i}>
                      <code>{issue}</code>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </>
      )}
    </nav>
  );
}
