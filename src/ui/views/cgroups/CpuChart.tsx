// The CPU chart of one cgroup over the last minute of virtual time: its CPU use (% of one CPU) as a
// line, its quota as a dashed line, the stretches where cpu.stat counted throttled periods shaded
// (darker the more of the periods were throttled), and OOM kills as points on the top edge.
// Drawn with d3-scale and d3-shape into React elements (a handful per frame, no d3 DOM work).

import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { CpuPoint } from './history';
import { HISTORY_NS } from './history';
import { useT } from '../../i18n/react';

const W = 560;
const H = 180;
const M = { top: 14, right: 12, bottom: 22, left: 44 };

export interface CpuChartProps {
  readonly points: readonly CpuPoint[];
  /** The sentence that says what the chart shows (its accessible name). */
  readonly summary: string;
}

interface Band {
  readonly x0: number;
  readonly x1: number;
  readonly level: number;
}

/** Consecutive throttled intervals merged into bands (a throttled loop is one band, not 480). */
function bands(points: readonly CpuPoint[]): Band[] {
  const out: Band[] = [];
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    if (p.throttled <= 0) continue;
    const x0 = points[i - 1]!.timeNs;
    const level = p.throttled >= 0.5 ? 1 : 0.5;
    const last = out.at(-1);
    if (last && last.x1 === x0 && last.level === level) out[out.length - 1] = { ...last, x1: p.timeNs };
    else out.push({ x0, x1: p.timeNs, level });
  }
  return out;
}

export function CpuChart({ points, summary }: CpuChartProps) {
  const { t } = useT('views');
  const end = points.at(-1)?.timeNs ?? 0;
  const x = scaleLinear()
    .domain([Math.max(points[0]?.timeNs ?? 0, end - HISTORY_NS), Math.max(end, 1)])
    .range([M.left, W - M.right]);
  let top = 10;
  for (const p of points) top = Math.max(top, p.cpuPct ?? 0, p.quotaPct ?? 0);
  const y = scaleLinear()
    .domain([0, top * 1.2])
    .nice()
    .range([H - M.bottom, M.top]);
  const cpuLine = line<CpuPoint>()
    .defined((p) => p.cpuPct !== null)
    .x((p) => x(p.timeNs))
    .y((p) => y(p.cpuPct ?? 0));
  const quotaLine = line<CpuPoint>()
    .defined((p) => p.quotaPct !== null)
    .x((p) => x(p.timeNs))
    .y((p) => y(p.quotaPct ?? 0));
  const visible = points.filter((p) => p.timeNs >= x.domain()[0]!);
  return (
    <svg className="cg-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={summary}>
      <g className="cg-throttle">
        {bands(visible).map((b) => (
          <rect
            key={b.x0}
            className={b.level === 1 ? 'cg-throttle-band' : 'cg-throttle-band cg-throttle-some'}
            x={x(b.x0)}
            width={Math.max(1, x(b.x1) - x(b.x0))}
            y={M.top}
            height={H - M.bottom - M.top}
          />
        ))}
      </g>
      <g className="cg-axis cg-axis-y">
        {y.ticks(4).map((t) => (
          <g key={t} transform={`translate(0,${y(t)})`}>
            <line x1={M.left} x2={W - M.right} />
            <text x={M.left - 4} dy="0.32em" textAnchor="end">{`${t} %`}</text>
          </g>
        ))}
      </g>
      <g className="cg-axis cg-axis-x">
        {x.ticks(6).map((t) => (
          <text key={t} x={x(t)} y={H - 6} textAnchor="middle">{`${Math.round(t / 1e9)} s`}</text>
        ))}
      </g>
      <path className="cg-quota-line" d={quotaLine(visible) ?? ''} />
      <path className="cg-cpu-line" d={cpuLine(visible) ?? ''} />
      {visible
        .filter((p) => p.oomKills > 0)
        .map((p) => (
          <circle key={p.timeNs} className="cg-oom" cx={x(p.timeNs)} cy={M.top} r={5}>
            <title>{t('cgroups.oomAt', { s: (p.timeNs / 1e9).toFixed(1) })}</title>
          </circle>
        ))}
    </svg>
  );
}
