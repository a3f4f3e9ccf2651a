// The course panel beside the workbench: a heading whose button shows or hides it, and the
// course itself (CourseArea) loaded lazily so the first load stays small. Collapsed, it is a thin
// strip with its name written vertically. It opens by itself when a lesson's machine is shown
// (a lesson chosen elsewhere, or restored from storage). F6 in it goes to the terminal.

import { lazy, Suspense, useEffect, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { terminalElementId } from '../components/TerminalScreen';
import { layout } from '../layout';
import type { Machine } from '../machine';
import { SANDBOX, session } from '../session';
import { useCourseT } from './useT';
import './course-panel.css';

const CourseArea = lazy(() => import('./CourseArea'));

/** Open by default where it leaves the terminal wide enough (about 80 columns) beside it. */
const WIDE = '(min-width: 1600px)';
const wide = (): boolean => typeof matchMedia === 'function' && matchMedia(WIDE).matches;

/** Whether the panel is open (UI state only). */
export const coursePanel = createStore<{ readonly open: boolean }>(() => ({ open: wide() }));

/** Opens the panel whenever the shown machine becomes a lesson's. */
function useOpenForLessons(): void {
  useEffect(() => {
    const follow = (context: string): void => {
      if (context !== SANDBOX && !coursePanel.getState().open) coursePanel.setState({ open: true });
    };
    follow(session.getState().context);
    return session.subscribe((s, prev) => {
      if (s.context !== prev.context) follow(s.context);
    });
  }, []);
}

function toTerminal(event: KeyboardEvent<HTMLElement>): void {
  if (event.key !== 'F6') return;
  event.preventDefault();
  const id = terminalElementId(layout.getState().shownTerminal);
  document.querySelector<HTMLTextAreaElement>(`#${id} textarea`)?.focus();
}

export function CoursePanel({ machine }: { readonly machine: Machine }) {
  const { t } = useCourseT();
  const open = useStore(coursePanel, (s) => s.open);
  useOpenForLessons();
  return (
    <aside
      className={open ? 'course-panel' : 'course-panel collapsed'}
      aria-labelledby="course-title"
      onKeyDown={toTerminal}
    >
      <h2 id="course-title" className="course-heading">
        <button
          type="button"
          aria-expanded={open}
          aria-controls="course-body"
          onClick={() => coursePanel.setState({ open: !open })}
        >
          <span aria-hidden="true">{open ? '◂ ' : '▸ '}</span>
          {t('title')}
        </button>
      </h2>
      {open && (
        <div id="course-body" className="course-body">
          <Suspense fallback={<p className="muted">{t('loading')}</p>}>
            <CourseArea machine={machine} />
          </Suspense>
        </div>
      )}
    </aside>
  );
}
