// Scheduler load: 1,001 busy processes (11 in each of 91 leaves) in 100 cgroups nested ten deep, each leaf with a CPU
// quota, on the default profile's cgroup v2. Reports scheduler ticks per wall-clock second and how
// many virtual seconds pass per wall second (issue: namespaces and cgroups, "Checked by").

import type { World } from '../../src/world/types';

export interface CgroupBench {
  readonly processes: number;
  readonly cgroups: number;
  readonly ticksPerSecond: number;
  readonly virtualSecondsPerWallSecond: number;
  readonly setupMs: number;
}

const SETUP = `
cd /sys/fs/cgroup
p=/sys/fs/cgroup
for i in 1 2 3 4 5 6 7 8 9 10; do
  p=$p/l$i; mkdir $p
  for j in 0 1 2 3 4 5 6 7 8; do
    mkdir $p/c$j; echo "50000 100000" > $p/c$j/cpu.max
  done
  echo "+cpu +pids" > $p/cgroup.subtree_control
done
for leaf in $(find /sys/fs/cgroup/l1 -name 'c*' -type d) $p; do
  for k in 1 2 3 4 5 6 7 8 9 10 11; do
    sh -c "echo \\$\\$ > $leaf/cgroup.procs; while :; do :; done" &
  done
done
`;

export function benchCgroups(createWorld: () => World): CgroupBench {
  const world = createWorld();
  const t0 = performance.now();
  const r = world.exec(SETUP);
  const setupMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`cgroup bench setup failed: ${r.output.slice(0, 300)}`);
  const v0 = world.uptimeNs();
  const ticks0 = world.stats().ticks;
  const t1 = performance.now();
  world.pump({ shouldYield: () => performance.now() - t1 > 3000 });
  const wall = (performance.now() - t1) / 1000;
  const virtual = (world.uptimeNs() - v0) / 1e9;
  return {
    processes: world.stats().tasks - 2,
    cgroups: 100,
    ticksPerSecond: (world.stats().ticks - ticks0) / wall,
    virtualSecondsPerWallSecond: virtual / wall,
    setupMs,
  };
}
