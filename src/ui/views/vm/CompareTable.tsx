// The text alternative, and a summary for everyone: one column per VM and per container, one row
// per thing the source material compares (memory, start time, kernel, processes the host sees).

import type { BootState } from './boot';
import type { Comparison } from './model';
import { GUEST_KERNEL, duration, size } from './format';

interface Column {
  readonly key: string;
  readonly head: string;
  readonly memory: string;
  readonly start: string;
  readonly kernel: string;
  readonly processes: string;
}

function bootWords(b: BootState | undefined): string {
  if (b?.bootNs != null) return `booted in ${duration(b.bootNs)}`;
  return b?.booted ? 'booted' : 'booting';
}

function columns(c: Comparison, boot: ReadonlyMap<number, BootState>): Column[] {
  return [
    ...c.vms.map((v): Column => {
      const b = boot.get(v.pid);
      return {
        key: `vm-${v.pid}`,
        head: `VM ${v.name}`,
        memory: `${size(v.rssBytes)} (guest RAM ${size(v.ramBytes)})`,
        start: `${bootWords(b)}, ${duration(v.cpuNs)} of CPU`,
        kernel: `its own: ${GUEST_KERNEL}`,
        processes: `1 on the host (qemu pid ${v.pid}); the guest's are hidden inside it`,
      };
    }),
    ...c.containers.map((ct): Column => ({
      key: `ct-${ct.pidNs}`,
      head: ct.label,
      memory: size(ct.rssBytes),
      start: `no boot: ${duration(ct.cpuNs)} of CPU`,
      kernel: `the host's: Linux ${c.hostKernel}`,
      processes: `${ct.processes.length} on the host (${ct.processes
        .map((p) => p.comm)
        .slice(0, 4)
        .join(', ')})`,
    })),
  ];
}

const ROWS: ReadonlyArray<[keyof Omit<Column, 'key' | 'head'>, string]> = [
  ['memory', 'Memory (RSS)'],
  ['start', 'Start'],
  ['kernel', 'Kernel'],
  ['processes', 'Processes'],
];

export function CompareTable({
  comparison,
  boot,
}: {
  readonly comparison: Comparison;
  readonly boot: ReadonlyMap<number, BootState>;
}) {
  const cols = columns(comparison, boot);
  if (cols.length === 0) return null;
  return (
    <table className="vm-table">
      <caption>Container vs VM, as the host sees them</caption>
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
        {ROWS.map(([field, label]) => (
          <tr key={field}>
            <th scope="row">{label}</th>
            {cols.map((c) => (
              <td key={c.key}>{c[field]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
