// The header's "Classroom" control: a disclosure with the presenter view (Alt+P), the classroom
// layout, the clean full screen and the demo scripts. It also owns the page-wide Alt+P shortcut,
// caught before xterm.js sees it (the terminal would otherwise send ESC p to the shell).

import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { classroomLayout } from './actions';
import { followFullscreen, isPresenterKey, presenter, toggleFullscreen } from './presenter';
import { classroom } from './store';
import { useClassroomT } from './useT';
import './classroom.css';

function usePresenterKey(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.type !== 'keydown' || !isPresenterKey(event)) return;
      event.preventDefault();
      event.stopPropagation();
      presenter.getState().toggle();
    };
    // Capture phase on window: runs before xterm.js's handler on its textarea.
    window.addEventListener('keydown', onKey, true);
    const stopFullscreen = followFullscreen();
    return () => {
      window.removeEventListener('keydown', onKey, true);
      stopFullscreen();
    };
  }, []);
}

/** Closes the menu on a click or tap outside it. */
function useOutsideClose(open: boolean, close: () => void) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (event: PointerEvent): void => {
      if (!(event.target instanceof Node) || !box.current?.contains(event.target)) close();
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open, close]);
  return box;
}

export function ClassroomMenu() {
  const { t } = useClassroomT();
  const [open, setOpen] = useState(false);
  const on = useStore(presenter, (s) => s.on);
  const panelOpen = useStore(classroom, (s) => s.panelOpen);
  const menuId = useId();
  usePresenterKey();
  const box = useOutsideClose(open, () => setOpen(false));
  const act = (action: () => void) => () => {
    action();
    setOpen(false);
  };
  return (
    <div ref={box} className="classroom-menu" onKeyDown={(e) => e.key === 'Escape' && open && setOpen(false)}>
      <button
        type="button"
        className="toggle"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen(!open)}
      >
        {t('menu.button')}
      </button>
      <div id={menuId} className="classroom-popover" hidden={!open}>
        <button
          type="button"
          className="toggle"
          aria-pressed={on}
          aria-keyshortcuts="Alt+P"
          onClick={act(() => presenter.getState().toggle())}
        >
          {t('menu.presenter')} <kbd>Alt</kbd>+<kbd>P</kbd>
        </button>
        <button type="button" className="toggle" onClick={act(classroomLayout)}>
          {t('menu.layout')}
        </button>
        <button type="button" className="toggle" onClick={act(toggleFullscreen)}>
          {t('menu.fullscreen')}
        </button>
        <button
          type="button"
          className="toggle"
          aria-pressed={panelOpen}
          onClick={act(() => classroom.getState().openPanel(!panelOpen))}
        >
          {t('menu.demos')}
        </button>
      </div>
    </div>
  );
}
