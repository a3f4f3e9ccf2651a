// dive's figures for the stack: the efficiency score, the wasted bytes and the paths that waste
// the most (every version of a file that a later layer overwrote or deleted). Each path is a
// button that shows it in the merged view. Null while the figure is still being computed.

import type { Efficiency } from '../../../world/inspect/layers/efficiency';
import { humanSize } from './rows';

interface Props {
  readonly efficiency: Efficiency | null;
  /** Sum of the layers' sizes. */
  readonly size: number;
  onPath(path: string): void;
}

const SHOWN = 5;

export function EfficiencyPanel({ efficiency, size, onPath }: Props) {
  if (!efficiency)
    return (
      <section className="le-panel" aria-label="Efficiency" aria-busy="true">
        <p className="le-figures">Size {humanSize(size)} · efficiency: computing…</p>
      </section>
    );
  const pct = (efficiency.score * 100).toFixed(
    efficiency.score >= 0.9995 || efficiency.score < 0.001 ? 0 : 1,
  );
  const worst = efficiency.inefficiencies.slice(0, SHOWN);
  return (
    <section className="le-panel" aria-label="Efficiency">
      <p className="le-figures">
        Size <strong>{humanSize(size)}</strong> · Efficiency <strong className="le-score">{pct} %</strong> ·
        Wasted{' '}
        <strong className={efficiency.wastedBytes > 0 ? 'le-wasted' : ''}>
          {humanSize(efficiency.wastedBytes)}
        </strong>
      </p>
      {worst.length > 0 ? (
        <ol className="le-worst" aria-label="Biggest wasted files">
          {worst.map((w) => (
            <li key={w.path}>
              <button type="button" className="le-path" onClick={() => onPath(w.path)}>
                {w.path}
              </button>{' '}
              <span className="le-meta">
                {w.count} versions, {humanSize(w.cumulative)}
              </span>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
