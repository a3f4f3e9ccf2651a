// The text alternative, and a summary for everyone: one column per VM and per container, one row
// per thing the source material compares (memory, start time, kernel, processes the host sees).

import type { BootState } from './boot';
import type { Comparison } from './model';
import { useT, tx } from '../../i18n/react';
import { guestKernel, duration, size } from './format';

interface Column {
  readonly key: string;
  readonly head: string;
  readonly memory: string;
  readonly start: string;
  readonly kernel: string;
  readonly processes: string;
}

function bootWords(b: BootState | undefined): string {
  if (b?.bootNs != null) return tx('views:vm.bootedIn', { duration: duration(b.bootNs) });
  return b?.booted ? tx('views:vm.booted') : tx('views:vm.bootingWord');
}

function columns(c: Comparison, boot: ReadonlyMap<number, BootState>): Column[] {
  return [
    ...c.vms.map((v): Column => {
      const b = boot.get(v.pid);
      return {
        key: `vm-${v.pid}`,
        head: tx('views:vm.vmName', { name: v.name }),
        memory: tx('views:vm.vmMemory', { rss: size(v.rssBytes), ram: size(v.ramBytes) }),
        start: tx('views:vm.vmStart', { boot: bootWords(b), cpu: duration(v.cpuNs) }),
        kernel: tx('views:vm.kernelOwn', { kernel: guestKernel() }),
        processes: tx('views:vm.vmProcesses', { pid: v.pid }),
      };
    }),
    ...c.containers.map((ct): Column => ({
      key: `ct-${ct.pidNs}`,
      head: ct.label,
      memory: size(ct.rssBytes),
      start: tx('views:vm.ctStart', { cpu: duration(ct.cpuNs) }),
      kernel: tx('views:vm.kernelHost', { release: c.hostKernel }),
      processes: tx('views:vm.ctProcesses', {
        count: ct.processes.length,
        list: ct.processes
          .map((p) => p.comm)
          .slice(0, 4)
          .join(', '),
      }),
    })),
  ];
}

const ROWS: ReadonlyArray<keyof Omit<Column, 'key' | 'head'>> = ['memory', 'start', 'kernel', 'processes'];

export function CompareTable({
  comparison,
  boot,
}: {
  readonly comparison: Comparison;
  readonly boot: ReadonlyMap<number, BootState>;
}) {
  const { t } = useT('views');
  const cols = columns(comparison, boot);
  if (cols.length === 0) return null;
  return (
    <table className="vm-table">
      <caption>{t('vm.caption')}</caption>
      <thead>
        <tr>
          <td />
          {cols.map((c) => (
            <th key={c.key} scope="col">
              {c.head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {ROWS.map((field) => (
          <tr key={field}>
            <th scope="row">{t(`vm.row.${field}`)}</th>
            {cols.map((c) => (
              <td key={c.key}>{c[field]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
