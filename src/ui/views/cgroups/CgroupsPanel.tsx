// The cgroup view's drawing, from a stream of snapshots: it keeps the last minute of each group's
// counters (history.ts), charts the selected group's CPU use against its quota (CpuChart), lists
// the tree with usage bars (CgroupTree) and offers the same facts as a table and a sentence.
// Pure apart from its own memory: benches and tests render it with synthetic snapshots.

import { useCallback, useRef, useState } from 'react';
import type { CgroupSnapshot } from '../../../world/inspect/types';
import { CgroupTable } from './CgroupTable';
import { CgroupTree } from './CgroupTree';
import { CpuChart } from './CpuChart';
import { chartSummary, shortName } from './format';
import { useT } from '../../i18n/react';
import { createHistory, cpuSeries, defaultSelection, latestCpuPct, record } from './history';

export interface CgroupsPanelProps {
  readonly snapshot: CgroupSnapshot;
}

export function CgroupsPanel({ snapshot }: CgroupsPanelProps) {
  const { t } = useT('views');
  const history = useRef(createHistory()).current;
  const [chosen, setChosen] = useState<string | null>(null);
  // The table is built only while it is open (a closed <details> would still cost its rows).
  const [tableOpen, setTableOpen] = useState(false);
  record(history, snapshot);
  const cpuPct = latestCpuPct(history);
  const path = chosen !== null && history.samples.has(chosen) ? chosen : defaultSelection(history, cpuPct);
  const samples = (path === null ? undefined : history.samples.get(path)) ?? [];
  const points = cpuSeries(samples);
  const name = path === null ? t('cgroups.none') : shortName(path);
  const summary = chartSummary(name, samples, points);
  const onSelect = useCallback((p: string) => setChosen(p), []);
  return (
    <div className="cg-panel">
      <div className="cg-chart-head">
        <h4 title={path ?? ''}>{t('cgroups.cpuOf', { name })}</h4>
        <span className="cg-legend" aria-hidden="true">
          <span className="cg-key cg-key-cpu">{t('cgroups.keyCpu')}</span>
          <span className="cg-key cg-key-quota">{t('cgroups.keyQuota')}</span>
          <span className="cg-key cg-key-throttle">{t('cgroups.keyThrottled')}</span>
          <span className="cg-key cg-key-oom">{t('cgroups.keyOom')}</span>
        </span>
      </div>
      <CpuChart points={points} summary={summary} />
      <p className="cg-summary" id="cgroups-summary">
        {summary}
      </p>
      <CgroupTree
        cgroups={snapshot.cgroups}
        cpuPct={cpuPct}
        cpus={snapshot.cpus}
        memoryBytes={snapshot.memoryBytes}
        selected={path}
        onSelect={onSelect}
      />
      <details className="cg-details" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
        <summary>{t('cgroups.tableToggle')}</summary>
        {tableOpen ? <CgroupTable cgroups={snapshot.cgroups} cpuPct={cpuPct} /> : null}
      </details>
    </div>
  );
}
