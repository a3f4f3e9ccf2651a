// Resident memory of every VM and every container on ONE linear scale (so a ~200 MiB VM and a
// ~1 MiB container are drawn as they compare), and below it the machine's RAM with the same
// figures to the machine's scale. Rows are React elements keyed by pid / pid namespace.

import { scaleLinear } from 'd3-scale';
import type { Comparison } from './model';
import { size } from './format';
import { useT, tx } from '../../i18n/react';

const W = 640;
const LABEL = 190;
const VALUE = 80;
const ROW = 26;
const BAR = 14;
const MiB = 1024 ** 2;

interface Row {
  readonly key: string;
  readonly label: string;
  readonly bytes: number;
  readonly kind: 'vm' | 'ct';
}

function rowsOf(c: Comparison): Row[] {
  return [
    ...c.vms.map((v): Row => ({
      key: `vm-${v.pid}`,
      label: tx('views:vm.barLabel', { name: v.name, pid: v.pid }),
      bytes: v.rssBytes,
      kind: 'vm',
    })),
    ...c.containers.map((ct): Row => ({
      key: `ct-${ct.pidNs}`,
      label: ct.label,
      bytes: ct.rssBytes,
      kind: 'ct',
    })),
  ];
}

export function MemoryBars({ comparison }: { readonly comparison: Comparison }) {
  const { t } = useT('views');
  const rows = rowsOf(comparison);
  if (rows.length === 0) return null;
  // The scale counts MiB so that its ticks fall on round numbers of MiB.
  const max = Math.max(64, ...rows.map((r) => r.bytes / MiB));
  const x = scaleLinear()
    .domain([0, max])
    .range([LABEL, W - VALUE])
    .nice();
  const ticks = x.ticks(4);
  const axisY = rows.length * ROW + 6;
  const height = axisY + 20;
  const total = comparison.memory.totalBytes;
  const m = scaleLinear().domain([0, total]).range([0, W]);
  let offset = 0;
  return (
    <figure className="vm-memory">
      <figcaption>{t('vm.memoryCaption')}</figcaption>
      <svg
        className="vm-bars"
        viewBox={`0 0 ${W} ${height}`}
        role="img"
        aria-label={rows.map((r) => `${r.label}: ${size(r.bytes)}`).join('; ')}
      >
        {rows.map((r, i) => (
          <g key={r.key} className={`vm-row vm-row-${r.kind}`} transform={`translate(0,${i * ROW})`}>
            <text x={LABEL - 8} y={BAR - 2} textAnchor="end" className="vm-row-label">
              {r.label.length > 28 ? r.label.slice(0, 27) + '…' : r.label}
            </text>
            <rect
              x={LABEL}
              y={2}
              height={BAR}
              width={Math.max(2, x(r.bytes / MiB) - LABEL)}
              className="vm-bar"
            />
            <text x={Math.max(LABEL + 2, x(r.bytes / MiB)) + 6} y={BAR - 2} className="vm-row-value">
              {size(r.bytes)}
            </text>
          </g>
        ))}
        <g className="vm-axis" transform={`translate(0,${axisY})`}>
          <line x1={LABEL} x2={x(ticks.at(-1) ?? max)} y1={0} y2={0} />
          {ticks.map((t) => (
            <text key={t} x={x(t)} y={14} textAnchor="middle">
              {size(t * MiB)}
            </text>
          ))}
        </g>
      </svg>
      <div className="vm-ram" aria-hidden="true">
        <svg viewBox={`0 0 ${W} 12`} preserveAspectRatio="none">
          <rect x={0} y={0} width={W} height={12} className="vm-ram-total" />
          <rect x={0} y={0} width={m(comparison.memory.usedBytes)} height={12} className="vm-ram-used" />
          {rows.map((r) => {
            const start = offset;
            offset += m(r.bytes);
            return (
              <rect
                key={r.key}
                x={start}
                y={0}
                width={Math.max(1, m(r.bytes))}
                height={12}
                className={`vm-ram-${r.kind}`}
              />
            );
          })}
        </svg>
      </div>
      <p className="vm-ram-caption">
        {t('vm.ramCaption', { used: size(comparison.memory.usedBytes), total: size(total) })}
      </p>
    </figure>
  );
}
