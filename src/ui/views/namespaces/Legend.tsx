// The legend: what a hollow and a filled chip mean, and each namespace that is not the host's
// with its colour, inode and number of processes, so a colour on a row can be looked up.

import type { CSSProperties } from 'react';
import type { TFunction } from 'i18next';
import type { NamespaceInfo, ProcessSnapshot } from '../../../world/inspect/types';
import { useT } from '../../i18n/react';
import { colourOf } from './palette';

export interface LegendProps {
  readonly snapshot: ProcessSnapshot;
  readonly colours: ReadonlyMap<string, number>;
}

function entry(ns: NamespaceInfo, colours: ReadonlyMap<string, number>, t: TFunction) {
  const colour = colourOf(colours, ns.kind, ns.inode) ?? 'var(--muted)';
  const n = ns.pids.length;
  return (
    <li key={`${ns.kind}:${ns.inode}`} data-kind={ns.kind} data-inode={ns.inode}>
      <span className="nsv-chip nsv-own" style={{ '--c': colour } as CSSProperties}>
        {ns.kind}
      </span>{' '}
      <code>
        {ns.kind}:[{ns.inode}]
      </code>{' '}
      <span className="muted">· {t('namespaces.processes', { count: n })}</span>
    </li>
  );
}

export function Legend({ snapshot, colours }: LegendProps) {
  const { t } = useT('views');
  const own = snapshot.namespaces.filter((ns) => !ns.initial);
  return (
    <div className="nsv-legend">
      <p>
        <span className="nsv-chip">mnt</span> {t('namespaces.legendHollow')} ·{' '}
        <span className="nsv-chip nsv-own" style={{ '--c': 'var(--ns-1)' } as CSSProperties}>
          mnt
        </span>{' '}
        {t('namespaces.legendFilled')}
      </p>
      {own.length > 0 ? (
        <ul aria-label={t('namespaces.others')}>{own.map((ns) => entry(ns, colours, t))}</ul>
      ) : (
        <p className="muted">{t('namespaces.allShared')}</p>
      )}
    </div>
  );
}
