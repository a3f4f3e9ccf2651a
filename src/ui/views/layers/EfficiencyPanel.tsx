// dive's figures for the stack: the efficiency score, the wasted bytes and the paths that waste
// the most (every version of a file that a later layer overwrote or deleted). Each path is a
// button that shows it in the merged view. Null while the figure is still being computed.

import type { Efficiency } from '../../../world/inspect/layers/efficiency';
import { Trans } from 'react-i18next';
import { useT } from '../../i18n/react';
import { humanSize } from './rows';

interface Props {
  readonly efficiency: Efficiency | null;
  /** Sum of the layers' sizes. */
  readonly size: number;
  onPath(path: string): void;
}

const SHOWN = 5;

export function EfficiencyPanel({ efficiency, size, onPath }: Props) {
  const { t } = useT('views');
  if (!efficiency)
    return (
      <section className="le-panel" aria-label={t('layers.efficiency')} aria-busy="true">
        <p className="le-figures">{t('layers.computing', { size: humanSize(size) })}</p>
      </section>
    );
  const pct = (efficiency.score * 100).toFixed(
    efficiency.score >= 0.9995 || efficiency.score < 0.001 ? 0 : 1,
  );
  const worst = efficiency.inefficiencies.slice(0, SHOWN);
  return (
    <section className="le-panel" aria-label={t('layers.efficiency')}>
      <p className="le-figures">
        <Trans
          t={t}
          i18nKey="layers.figures"
          values={{ size: humanSize(size), pct, wasted: humanSize(efficiency.wastedBytes) }}
          components={{
            strong: <strong />,
            score: <strong className="le-score" />,
            wasted: <strong className={efficiency.wastedBytes > 0 ? 'le-wasted' : ''} />,
          }}
        />
      </p>
      {worst.length > 0 ? (
        <ol className="le-worst" aria-label={t('layers.worst')}>
          {worst.map((w) => (
            <li key={w.path}>
              <button type="button" className="le-path" onClick={() => onPath(w.path)}>
                {w.path}
              </button>{' '}
              <span className="le-meta">
                {t('layers.versions', { count: w.count, size: humanSize(w.cumulative) })}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
