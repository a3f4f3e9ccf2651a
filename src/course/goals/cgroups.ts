// Goals about control groups (world.inspect.cgroups()). Paths are as the cgroup snapshot gives
// them: '/' for the root, '/demo' for /sys/fs/cgroup/demo.

import { defineGoal } from './define';

export const cgroupExists = defineGoal({
  params: { path: { type: 'string' } },
  describe: {
    en: (p) => `the cgroup ${p.path} exists`,
    'zh-CN': (p) => `cgroup ${p.path} 已存在`,
  },
  test: (s, p) => s.cgroups.cgroups.some((c) => c.path === p.path),
});

export const cgroupCpuQuota = defineGoal({
  params: {
    quotaUs: { type: 'number' },
    periodUs: { type: 'number' },
    path: { type: 'string', optional: true },
  },
  describe: {
    en: (p) => `${p.path ?? 'a cgroup'} may use ${p.quotaUs} µs of CPU every ${p.periodUs} µs`,
    'zh-CN': (p) => `${p.path ?? '某个 cgroup'} 每 ${p.periodUs} µs 最多使用 ${p.quotaUs} µs CPU`,
  },
  test: (s, p) =>
    s.cgroups.cgroups.some(
      (c) =>
        (p.path === undefined || c.path === p.path) &&
        c.cpu.quotaUs === p.quotaUs &&
        c.cpu.periodUs === p.periodUs,
    ),
});

export const cgroupHasProcess = defineGoal({
  params: { path: { type: 'string' }, comm: { type: 'string' } },
  describe: {
    en: (p) => `${p.comm} runs in the cgroup ${p.path}`,
    'zh-CN': (p) => `${p.comm} 运行在 cgroup ${p.path} 中`,
  },
  test: (s, p) =>
    s.cgroups.cgroups.some((c) => c.path === p.path && c.processes.some((x) => x.comm === p.comm)),
});
