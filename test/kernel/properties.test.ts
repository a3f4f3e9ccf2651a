// Seeded property tests over random process trees, namespaces and cgroups: the invariants the
// namespaces-and-cgroups design promises (see src/kernel/ns/nsproxy.ts and cgroup/cgroup.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bootWith } from './harness';
import { CLONE_NEWPID } from '../../src/kernel/abi/sched';
import { O_WRONLY } from '../../src/kernel/abi/fcntl';
import type { KernelCore } from '../../src/kernel/core';
import type { Program, Sys } from '../../src/userland/sys';
import type { PidNamespace } from '../../src/kernel/ns/nsproxy';

type Op =
  { kind: 'fork'; newPid: boolean; depth: number } | { kind: 'move'; group: number } | { kind: 'exit' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('fork' as const),
    newPid: fc.boolean(),
    depth: fc.integer({ min: 0, max: 2 }),
  }),
  fc.record({ kind: fc.constant('move' as const), group: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ kind: fc.constant('exit' as const) }),
);

/** A process that performs the ops, forking children that continue with the rest. */
function* actor(sys: Sys, ops: readonly Op[]): Program {
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if (op.kind === 'exit') return 0;
    if (op.kind === 'move') {
      const fd = yield* sys.open(`/sys/fs/cgroup/g${op.group}/cgroup.procs`, O_WRONLY);
      if (fd >= 0) {
        yield* sys.write(fd, String(yield* sys.getpid()));
        yield* sys.close(fd);
      }
      continue;
    }
    const rest = ops.slice(i + 1, i + 1 + op.depth * 2);
    yield* sys.clone(op.newPid ? CLONE_NEWPID : 0, () => actor(sys, rest));
  }
  yield* sys.nanosleep(1e9);
  return 0;
}

function namespacesOf(k: KernelCore): Set<PidNamespace> {
  const all = new Set<PidNamespace>();
  for (const t of k.tasks.values())
    for (let n: PidNamespace | undefined = t.pidns; n; n = n.parent) all.add(n);
  return all;
}

describe('kernel invariants (seeded)', () => {
  it('every task is visible in its pid namespace and its ancestors only, and in one cgroup per hierarchy', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 12 }), (ops) => {
        const m = bootWith();
        const core = m.kernel.core;
        let checked = false;
        m.run(function* (sys) {
          for (let g = 0; g < 4; g++) yield* sys.mkdir(`/sys/fs/cgroup/g${g}`, 0o755);
          yield* sys.clone(0, () => actor(sys, ops));
          yield* sys.nanosleep(5e8);
          for (const t of core.tasks.values()) {
            if (!t.alive) continue;
            for (const ns of namespacesOf(core)) {
              let isAncestor = false;
              for (let n: PidNamespace | undefined = t.pidns; n; n = n.parent)
                if (n === ns) isAncestor = true;
              const visible = ns.tasks.get(t.pidIn(ns)) === t && t.pidIn(ns) > 0;
              expect(visible).toBe(isAncestor);
            }
            for (const h of core.cgroups.all()) {
              let count = 0;
              for (const g of h.root.subtree()) if (g.procs.has(t)) count++;
              expect(count).toBe(1);
            }
          }
          checked = true;
          return 0;
        });
        expect(checked).toBe(true);
      }),
      { seed: 42, numRuns: 40 },
    );
  });

  it('CPU time granted to a cgroup never exceeds quota × elapsed periods', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }).map((n) => n * 10000),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 20 }).map((n) => n * 1e8),
        (quotaUs, workers, runNs) => {
          const m = bootWith();
          const core = m.kernel.core;
          let usage = 0;
          m.run(function* (sys) {
            yield* sys.mkdir('/sys/fs/cgroup/q', 0o755);
            const fd = yield* sys.open('/sys/fs/cgroup/q/cpu.max', O_WRONLY);
            yield* sys.write(fd, `${quotaUs} 100000`);
            yield* sys.close(fd);
            const procs = yield* sys.open('/sys/fs/cgroup/q/cgroup.procs', O_WRONLY);
            for (let i = 0; i < workers; i++) {
              const pid = yield* sys.clone(0, function* () {
                for (;;) yield* sys.compute(50_000);
              });
              yield* sys.write(procs, String(pid));
            }
            const start = core.clock.monotonicNs;
            yield* sys.nanosleep(runNs);
            const periods = Math.ceil((core.clock.monotonicNs - start) / 100e6) + 1;
            usage = core.cgroups.unified.root.children.get('q')!.cpu.usageNs;
            expect(usage).toBeLessThanOrEqual(quotaUs * 1000 * periods + 4e6);
            yield* sys.kill(-1, 9);
            return 0;
          });
          expect(usage).toBeGreaterThan(0);
        },
      ),
      { seed: 7, numRuns: 15 },
    );
  });
});
