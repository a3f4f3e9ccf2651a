// The text alternative of the cgroup view: every group with its numbers in a table, as the cgroup
// files give them (CPU % is the view's own rate from cpu.stat usage_usec).

import type { CgroupInfo } from '../../../world/inspect/types';
import { bytes, pct } from './format';
import { quotaPct } from './history';
import { useT } from '../../i18n/react';

export interface CgroupTableProps {
  readonly cgroups: readonly CgroupInfo[];
  readonly cpuPct: ReadonlyMap<string, number>;
}

export function CgroupTable({ cgroups, cpuPct }: CgroupTableProps) {
  const { t } = useT('views');
  return (
    <table className="cg-table">
      <caption>{t('cgroups.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">cgroup</th>
          <th scope="col">CPU</th>
          <th scope="col">{t('cgroups.colQuota')}</th>
          <th scope="col">{t('cgroups.colThrottled')}</th>
          <th scope="col">{t('cgroups.colMemory')}</th>
          <th scope="col">{t('cgroups.colMemoryLimit')}</th>
          <th scope="col">{t('cgroups.colOomKills')}</th>
          <th scope="col">pids</th>
          <th scope="col">{t('cgroups.colProcesses')}</th>
        </tr>
      </thead>
      <tbody>
        {cgroups.map((c) => {
          const cpu = cpuPct.get(c.path);
          const quota = quotaPct(c);
          return (
            <tr key={c.path}>
              <th scope="row">{c.path}</th>
              <td>{cpu === undefined ? '…' : pct(cpu)}</td>
              <td>
                {quota === null
                  ? t('cgroups.noneValue')
                  : t('cgroups.quotaCell', { pct: pct(quota), quota: c.cpu.quotaUs, period: c.cpu.periodUs })}
              </td>
              <td>{t('cgroups.nOf', { n: c.cpu.nrThrottled, total: c.cpu.nrPeriods })}</td>
              <td>{bytes(c.memory.currentBytes)}</td>
              <td>{c.memory.maxBytes === null ? t('cgroups.noneValue') : bytes(c.memory.maxBytes)}</td>
              <td>{c.memory.oomKills}</td>
              <td>{t('cgroups.nOf', { n: c.pids.current, total: c.pids.max ?? 'max' })}</td>
              <td>{c.processes.map((p) => `${p.comm} ${p.pid}`).join(', ')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
