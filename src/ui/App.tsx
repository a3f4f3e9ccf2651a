// The page: banner, the terminals and the views side by side with a splitter between them.

import { useCallback, useRef } from 'react';
import { useStore } from 'zustand';
import { ClassroomPlayer } from './classroom/ClassroomPlayer';
import { Header } from './components/Header';
import { Splitter } from './components/Splitter';
import { TerminalPane } from './components/TerminalPane';
import { terminalElementId } from './components/TerminalScreen';
import { ViewsPanel } from './components/ViewsPanel';
import { CoursePanel } from './course/CoursePanel';
import { layout } from './layout';
import type { Machine } from './machine';
import { Notices } from './storage/Notices';

export function App({ machine }: { readonly machine: Machine }) {
  const panel = useRef<HTMLElement>(null);
  const { split, viewsFirst } = useStore(layout);
  const focusTerminal = useCallback(() => {
    const id = terminalElementId(layout.getState().shownTerminal);
    document.querySelector<HTMLTextAreaElement>(`#${id} textarea`)?.focus();
  }, []);
  const focusPanel = useCallback(() => panel.current?.focus(), []);
  const focusSkipLink = useCallback(() => document.querySelector<HTMLElement>('.skip-link')?.focus(), []);
  const terminalShare = `minmax(0, ${split}fr)`;
  const viewsShare = `minmax(16rem, ${1 - split}fr)`;
  const columns = viewsFirst ? `${viewsShare} auto ${terminalShare}` : `${terminalShare} auto ${viewsShare}`;

  return (
    <div className="app">
      <Header focusTerminal={focusTerminal} />
      <Notices />
      <div className="course-layout">
        <CoursePanel machine={machine} />
        <main
          className={viewsFirst ? 'workbench views-first' : 'workbench'}
          style={{ gridTemplateColumns: columns }}
        >
          <TerminalPane machine={machine} focusNext={focusPanel} focusPrevious={focusSkipLink} />
          <Splitter />
          <ViewsPanel ref={panel} machine={machine} focusTerminal={focusTerminal} />
        </main>
      </div>
      <ClassroomPlayer machine={machine} />
    </div>
  );
}
