// The text alternative of the cgroup view: every group with its numbers in a table, as the cgroup
// files give them (CPU % is the view's own rate from cpu.stat usage_usec).

import type { CgroupInfo } from '../../../world/inspect/types';
import { bytes, pct } from './format';
import { quotaPct } from './history';

export interface CgroupTableProps {
  readonly cgroups: readonly CgroupInfo[];
  readonly cpuPct: ReadonlyMap<string, number>;
}

export function CgroupTable({ cgroups, cpuPct }: CgroupTableProps) {
  return (
    <table className="cg-table">
      <caption>cgroups, their limits and usage</caption>
      <thead>
        <tr>
          <th scope="col">cgroup</th>
          <th scope="col">CPU</th>
          <th scope="col">quota</th>
          <th scope="col">throttled periods</th>
          <th scope="col">memory</th>
          <th scope="col">memory limit</th>
          <th scope="col">OOM kills</th>
          <th scope="col">pids</th>
          <th scope="col">processes</th>
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
              <td>{quota === null ? 'none' : `${pct(quota)} (${c.cpu.quotaUs} of ${c.cpu.periodUs} µs)`}</td>
              <td>{`${c.cpu.nrThrottled} of ${c.cpu.nrPeriods}`}</td>
              <td>{bytes(c.memory.currentBytes)}</td>
              <td>{c.memory.maxBytes === null ? 'none' : bytes(c.memory.maxBytes)}</td>
              <td>{c.memory.oomKills}</td>
              <td>{`${c.pids.current} of ${c.pids.max ?? 'max'}`}</td>
              <td>{c.processes.map((p) => `${p.comm} ${p.pid}`).join(', ')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
