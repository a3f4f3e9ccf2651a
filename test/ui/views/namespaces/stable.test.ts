// keepIfSame: an unchanged machine keeps the same snapshot object (no re-render); anything drawn
// changing gives the new one.
import { describe, expect, it } from 'vitest';
import { keepIfSame } from '../../../../src/ui/views/namespaces/stable';
import { makeProcessSnapshot } from '../../../bench/views/namespaces.fixture';

describe('keepIfSame', () => {
  it('keeps the previous snapshot when only CPU time, memory and R/S state changed', () => {
    const a = makeProcessSnapshot(200);
    const b = {
      ...makeProcessSnapshot(200),
      timeNs: 1,
      processes: makeProcessSnapshot(200).processes.map((p) => ({ ...p, cpuNs: p.cpuNs + 5, state: 'R' })),
    };
    expect(keepIfSame(a, b)).toBe(a);
  });

  it('takes the new one when a namespace, pid, name or zombie state changed', () => {
    const a = makeProcessSnapshot(200);
    const changes = [
      (p: (typeof a.processes)[number]) => ({ ...p, ns: { ...p.ns, uts: 1 } }),
      (p: (typeof a.processes)[number]) => ({ ...p, comm: 'x' }),
      (p: (typeof a.processes)[number]) => ({ ...p, state: 'Z' }),
      (p: (typeof a.processes)[number]) => ({ ...p, nsPids: [...p.nsPids, { ns: 9, pid: 1 }] }),
    ];
    for (const change of changes) {
      const b = { ...a, processes: a.processes.map((p, i) => (i === 150 ? change(p) : p)) };
      expect(keepIfSame(a, b)).toBe(b);
    }
    expect(keepIfSame(a, makeProcessSnapshot(199))).not.toBe(a);
    expect(keepIfSame(null, a)).toBe(a);
  });
});
