// The classroom's place in the page (below the workbench): the demo panel, loaded lazily when the
// lecturer opens it, and in the clean full screen a small button to leave it (Esc works too).

import { lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import type { Machine } from '../machine';
import { presenter, toggleFullscreen } from './presenter';
import { classroom } from './store';
import { useClassroomT } from './useT';

const DemoPlayer = lazy(() => import('./DemoPlayer'));

export function ClassroomPlayer({ machine }: { readonly machine: Machine }) {
  const { t } = useClassroomT();
  const panelOpen = useStore(classroom, (s) => s.panelOpen);
  const clean = useStore(presenter, (s) => s.clean);
  return (
    <>
      {clean && (
        <button type="button" className="toggle classroom-leave" onClick={toggleFullscreen}>
          {t('menu.leaveFullscreen')}
        </button>
      )}
      {panelOpen && (
        <Suspense fallback={<p className="demo-player muted">{t('player.loading')}</p>}>
          <DemoPlayer machine={machine} />
        </Suspense>
      )}
    </>
  );
}
