// The course panel's content, loaded lazily (it brings the lessons, the YAML parser and the
// markdown renderer): the lesson list, or the lesson whose machine is shown. Opening a lesson
// switches the machine to that lesson's own (src/ui/session.ts); the sandbox keeps its own.

import { useCallback, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { Lang } from '../../course';
import type { Machine } from '../machine';
import { prefs } from '../prefs';
import { freshJournal, openContext, SANDBOX, session } from '../session';
import { loadCatalog, type Catalog } from './catalog';
import { LessonList } from './LessonList';
import { LessonView } from './LessonView';
import { MachineTools } from './MachineTools';
import { courseProgress } from './progress';
import { typeCommand } from './terminalInput';
import { useCourseT } from './useT';
import './course.css';

interface Props {
  readonly machine: Machine;
  /** Lessons to offer (default: every lesson in lessons/). */
  readonly catalog?: Catalog;
}

export default function CourseArea({ machine, catalog: given }: Props) {
  const { t } = useCourseT();
  const catalog = useMemo(() => given ?? loadCatalog(), [given]);
  const context = useStore(session, (s) => s.context);
  const lang: Lang = useStore(prefs, (s) => s.lang);
  const [browsing, setBrowsing] = useState(false);
  const [resets, setResets] = useState(0);
  const lesson = catalog.find(context);

  const open = useCallback(
    (id: string) => {
      setBrowsing(false);
      if (id === session.getState().context) return;
      const target = catalog.find(id);
      openContext(machine, id, target ? freshJournal(target.profile, target.setup) : freshJournal());
    },
    [catalog, machine],
  );
  const onRun = useCallback((command: string) => void typeCommand(machine, command), [machine]);
  const reset = useCallback(() => {
    if (!lesson) return;
    courseProgress.getState().forget(lesson.id);
    openContext(machine, lesson.id, freshJournal(lesson.profile, lesson.setup), true);
    setResets((n) => n + 1);
  }, [lesson, machine]);

  if (!lesson || browsing) {
    return (
      <div className="course-area">
        {lesson && (
          <button type="button" className="course-back" onClick={() => setBrowsing(false)}>
            {t('backToLesson')}
          </button>
        )}
        {!lesson && context === SANDBOX && (
          <section className="course-sandbox" aria-label={t('sandbox')}>
            <p>{t('sandboxIntro')}</p>
            <MachineTools machine={machine} />
          </section>
        )}
        <LessonList catalog={catalog} lang={lang} context={context} onOpen={open} />
      </div>
    );
  }
  return (
    <div className="course-area">
      <button type="button" className="course-back" onClick={() => setBrowsing(true)}>
        {t('allLessons')}
      </button>
      <LessonView
        key={`${lesson.id}:${resets}`}
        machine={machine}
        lesson={lesson}
        lang={lang}
        onRun={onRun}
        onReset={reset}
      />
    </div>
  );
}
