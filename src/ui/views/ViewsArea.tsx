// The views, as tabs (one shown at a time) or as a grid (all at once). The learner rearranges
// them with the move buttons or Alt+Shift+Left/Right on a tab. A hidden view is told it is not
// active, so it takes no snapshots. This module and the views load after the page's first paint.

import { useStore } from 'zustand';
import type { Machine } from '../machine';
import { layout, orderedIds } from '../layout';
import { TabList } from '../components/TabList';
import { useT } from '../i18n/react';
import { VIEWS, type ViewDef } from './registry';

export default function ViewsArea({ machine }: { readonly machine: Machine }) {
  const { t } = useT('workbench');
  const { viewOrder, shownView, viewMode } = useStore(layout);
  const ids = orderedIds(
    VIEWS.map((v) => v.id),
    viewOrder,
  );
  const views = ids
    .map((id) => VIEWS.find((v) => v.id === id))
    .filter((v): v is ViewDef => !!v)
    .map((v) => ({ ...v, title: t(`views.tabs.${v.id}`, { defaultValue: v.title }) }));
  if (views.length === 0) return <p className="muted">{t('views.none')}</p>;
  const shown = views.find((v) => v.id === shownView) ?? views[0];
  const grid = viewMode === 'grid';
  const move = (id: string, delta: number): void => layout.getState().moveView(ids, id, delta);

  return (
    <>
      <div className="views-bar">
        {!grid && (
          <TabList
            label={t('views.tabList')}
            idPrefix="tab"
            panelPrefix="view"
            items={views}
            selected={shown?.id ?? null}
            onSelect={(id) => layout.getState().showView(id)}
            onMove={move}
          />
        )}
        {!grid && shown && (
          <MoveButtons
            title={shown.title}
            index={views.indexOf(shown)}
            count={views.length}
            move={(d) => move(shown.id, d)}
          />
        )}
        <button
          type="button"
          className="toggle"
          aria-pressed={grid}
          onClick={() => layout.getState().setViewMode(grid ? 'tabs' : 'grid')}
        >
          {t('views.grid')}
        </button>
      </div>
      <div className={grid ? 'views-grid' : 'views-tabs'}>
        {views.map((view, index) => {
          const visible = grid || view.id === shown?.id;
          const View = view.component;
          return (
            <section
              key={view.id}
              id={`view-${view.id}`}
              className="view"
              role={grid ? 'region' : 'tabpanel'}
              aria-labelledby={grid ? `view-title-${view.id}` : `tab-${view.id}`}
              hidden={!visible}
            >
              {grid && (
                <div className="view-bar">
                  <h3 id={`view-title-${view.id}`}>{view.title}</h3>
                  <MoveButtons
                    title={view.title}
                    index={index}
                    count={views.length}
                    move={(d) => move(view.id, d)}
                  />
                </div>
              )}
              <View machine={machine} active={visible} />
            </section>
          );
        })}
      </div>
    </>
  );
}

interface MoveProps {
  readonly title: string;
  readonly index: number;
  readonly count: number;
  move(delta: number): void;
}

function MoveButtons({ title, index, count, move }: MoveProps) {
  const { t } = useT('workbench');
  return (
    <span className="move-buttons">
      <button
        type="button"
        className="icon"
        aria-label={t('views.moveEarlier', { title })}
        disabled={index === 0}
        onClick={() => move(-1)}
      >
        ◀
      </button>
      <button
        type="button"
        className="icon"
        aria-label={t('views.moveLater', { title })}
        disabled={index === count - 1}
        onClick={() => move(1)}
      >
        ▶
      </button>
    </span>
  );
}
