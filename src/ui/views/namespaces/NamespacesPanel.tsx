// The namespace view as a pure component of one process snapshot (benches and tests render it
// with synthetic data): a toolbar (fold toggle), the diagram, the legend, the selected process's
// details and the text description. It keeps namespace colours stable across snapshots and the
// selection across updates.

import { useMemo, useRef, useState } from 'react';
import type { ProcessSnapshot } from '../../../world/inspect/types';
import { layoutNamespaces } from './layout';
import { assignColours } from './palette';
import { NamespaceDiagram } from './NamespaceDiagram';
import { Legend } from './Legend';
import { Details } from './Details';
import { TextDescription } from './TextDescription';
import { useT } from '../../i18n/react';

export interface NamespacesPanelProps {
  readonly snapshot: ProcessSnapshot;
  /** Animation length in ms; default 450, 0 when the learner prefers reduced motion. */
  readonly duration?: number;
  /** Start with folded host processes shown. */
  readonly showAll?: boolean;
}

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

export function NamespacesPanel({
  snapshot,
  duration,
  showAll: initialShowAll = false,
}: NamespacesPanelProps) {
  const { t, i18n } = useT('views');
  const lang = i18n.language;
  const [showAll, setShowAll] = useState(initialShowAll);
  const [selected, setSelected] = useState<number | undefined>(undefined);
  const previous = useRef<ReadonlyMap<string, number>>(new Map());
  const colours = useMemo(() => {
    const next = assignColours(snapshot, previous.current);
    previous.current = next;
    return next;
  }, [snapshot]);
  // The language is a dependency: the boxes' and rows' labels are made in it.
  const layout = useMemo(
    () => layoutNamespaces(snapshot, { showAll, keep: selected }),
    [snapshot, showAll, selected, lang],
  );
  const ms = useMemo(() => duration ?? (prefersReducedMotion() ? 0 : 450), [duration]);
  const process = snapshot.processes.find((p) => p.pid === selected);
  const canFold = layout.fold !== undefined || showAll;

  return (
    <div className="nsv">
      <div className="nsv-toolbar">
        <button
          type="button"
          className="toggle"
          aria-pressed={showAll}
          disabled={!canFold}
          onClick={() => setShowAll(!showAll)}
        >
          {t('namespaces.showAll')}
        </button>
        <span className="muted" aria-live="polite">
          {t('namespaces.processes', { count: snapshot.processes.length })} ·{' '}
          {t('namespaces.pidNamespaces', {
            count: snapshot.namespaces.filter((n) => n.kind === 'pid').length,
          })}
        </span>
      </div>
      <div className="nsv-main">
        <div className="nsv-scroll">
          <NamespaceDiagram
            layout={layout}
            colours={colours}
            selected={selected}
            onSelect={setSelected}
            duration={ms}
          />
        </div>
        <aside className="nsv-side">
          <Details pid={selected} process={process} host={layout.host} colours={colours} />
          <Legend snapshot={snapshot} colours={colours} />
        </aside>
      </div>
      <TextDescription layout={layout} />
    </div>
  );
}
