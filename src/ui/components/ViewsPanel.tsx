// The views region: the live pictures of the machine's inside (src/ui/views), loaded lazily so
// the terminal is usable first. F6 (or Shift+F6) anywhere in it goes back to the terminal.

import { lazy, Suspense, type KeyboardEvent, type Ref } from 'react';
import { useT } from '../i18n/react';
import type { Machine } from '../machine';

const ViewsArea = lazy(() => import('../views/ViewsArea'));

interface Props {
  readonly ref: Ref<HTMLElement>;
  readonly machine: Machine;
  readonly focusTerminal: () => void;
}

export function ViewsPanel({ ref, machine, focusTerminal }: Props) {
  const { t } = useT('workbench');
  const onKeyDown = (event: KeyboardEvent<HTMLElement>): void => {
    if (event.key !== 'F6') return;
    event.preventDefault();
    focusTerminal();
  };
  return (
    <aside
      ref={ref}
      className="views-panel"
      aria-labelledby="views-title"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <h2 id="views-title">{t('views.title')}</h2>
      <Suspense fallback={<p className="muted">{t('views.loading')}</p>}>
        <ViewsArea machine={machine} />
      </Suspense>
    </aside>
  );
}
