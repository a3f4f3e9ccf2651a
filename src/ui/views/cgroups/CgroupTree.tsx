// The cgroup tree as an indented list: one row per cgroup with its name (a button that charts it),
// three usage bars — CPU against its quota (or the whole machine), memory.current against
// memory.max (or the machine's memory), pids.current against pids.max — and its processes.

import { memo } from 'react';
import type { CgroupInfo } from '../../../world/inspect/types';
import { bytes, depthOf, pct, shortName } from './format';
import { quotaPct } from './history';
import { useT } from '../../i18n/react';

export interface CgroupTreeProps {
  readonly cgroups: readonly CgroupInfo[];
  /** CPU % of one CPU per path (absent while it is being measured). */
  readonly cpuPct: ReadonlyMap<string, number>;
  readonly cpus: number;
  readonly memoryBytes: number;
  readonly selected: string | null;
  readonly onSelect: (path: string) => void;
}

const MAX_SHOWN_PROCS = 4;

function Bar({ kind, fraction, label }: { kind: string; fraction: number; label: string }) {
  const width = `${Math.max(0, Math.min(1, fraction)) * 100}%`;
  const over = fraction >= 0.95; // at its limit (a quota-bound loop reads 19.x–20 %)
  return (
    <span className={`cg-bar cg-bar-${kind}${over ? ' cg-bar-full' : ''}`} title={label}>
      <span className="cg-bar-fill" style={{ width }} />
      <span className="cg-bar-label">{label}</span>
    </span>
  );
}

interface RowProps {
  readonly info: CgroupInfo;
  readonly cpuPct: number | undefined;
  readonly cpus: number;
  readonly memoryBytes: number;
  readonly selected: boolean;
  readonly onSelect: (path: string) => void;
}

const CgroupRow = memo(function CgroupRow({ info, cpuPct, cpus, memoryBytes, selected, onSelect }: RowProps) {
  const { t } = useT('views');
  const quota = quotaPct(info);
  const indent = `${depthOf(info.path) * 0.9}rem`;
  const cpu = cpuPct ?? 0;
  const quotaText = quota === null ? t('cgroups.noQuota') : t('cgroups.quota', { pct: pct(quota) });
  const cpuLabel = `${cpuPct === undefined ? '…' : pct(cpu)} · ${quotaText}`;
  const mem = info.memory;
  const memLimit = mem.maxBytes ?? memoryBytes;
  const memLabel = `${bytes(mem.currentBytes)} / ${mem.maxBytes === null ? t('cgroups.noLimit') : bytes(mem.maxBytes)}`;
  const pids = info.pids;
  const procs = info.processes;
  const shown = procs.slice(0, MAX_SHOWN_PROCS).map((p) => `${p.comm} (${p.pid})`);
  if (procs.length > MAX_SHOWN_PROCS)
    shown.push(t('cgroups.more', { count: procs.length - MAX_SHOWN_PROCS }));
  return (
    <li className={`cg-row${selected ? ' cg-row-selected' : ''}`} data-path={info.path}>
      <button
        type="button"
        className="cg-name"
        style={{ marginLeft: indent, maxWidth: `calc(100% - ${indent})` }}
        aria-pressed={selected}
        title={info.path}
        onClick={() => onSelect(info.path)}
      >
        {shortName(info.path)}
        {mem.oomKills > 0 ? <span className="cg-oom-badge"> OOM ×{mem.oomKills}</span> : null}
      </button>
      <Bar kind="cpu" fraction={quota === null ? cpu / (cpus * 100) : cpu / quota} label={cpuLabel} />
      <Bar kind="mem" fraction={mem.currentBytes / memLimit} label={memLabel} />
      <Bar
        kind="pids"
        fraction={pids.max === null ? 0 : pids.current / pids.max}
        label={`${pids.current} / ${pids.max ?? 'max'}`}
      />
      <span className="cg-procs" style={{ marginLeft: indent }}>
        {shown.length > 0 ? shown.join(', ') : t('cgroups.noProcesses')}
      </span>
    </li>
  );
});

export function CgroupTree({ cgroups, cpuPct, cpus, memoryBytes, selected, onSelect }: CgroupTreeProps) {
  const { t } = useT('views');
  return (
    <div className="cg-tree-wrap">
      <div className="cg-tree-head" aria-hidden="true">
        <span>cgroup</span>
        <span>{t('cgroups.headCpu')}</span>
        <span>{t('cgroups.colMemory')}</span>
        <span>pids</span>
      </div>
      <ul className="cg-tree" aria-label={t('cgroups.tree')}>
        {cgroups.map((info) => (
          <CgroupRow
            key={info.path}
            info={info}
            cpuPct={cpuPct.get(info.path)}
            cpus={cpus}
            memoryBytes={memoryBytes}
            selected={info.path === selected}
            onSelect={onSelect}
          />
        ))}
      </ul>
    </div>
  );
}
