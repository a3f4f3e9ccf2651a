// Goals about what a process or a container costs and may use: a process's resident memory, a
// cgroup that was throttled, and the limits in a running container's own cgroup (found by the
// container id in its path: /system.slice/docker-<id>.scope under v2, /docker/<id> under v1).

import type { CgroupInfo } from '../../world';
import { defineGoal } from './define';
import type { CourseSnapshot } from './snapshot';

const MiB = 1024 * 1024;

export const processRss = defineGoal({
  params: { comm: { type: 'string' }, atLeastMb: { type: 'number' } },
  describe: {
    en: (p) => `${p.comm} holds at least ${p.atLeastMb} MB of memory (RSS)`,
    'zh-CN': (p) => `${p.comm} 占用至少 ${p.atLeastMb} MB 内存（RSS）`,
  },
  test: (s, p) =>
    s.processes.processes.some(
      (x) => x.state !== 'Z' && x.comm === p.comm && x.rssBytes >= p.atLeastMb * MiB,
    ),
});

export const cgroupThrottled = defineGoal({
  params: { path: { type: 'string' } },
  describe: {
    en: (p) => `the cgroup ${p.path} has been throttled (nr_throttled > 0)`,
    'zh-CN': (p) => `cgroup ${p.path} 已被限流（nr_throttled > 0）`,
  },
  test: (s, p) => s.cgroups.cgroups.some((c) => c.path === p.path && c.cpu.nrThrottled > 0),
});

/** The cgroups of the running containers. */
function containerCgroups(s: CourseSnapshot): CgroupInfo[] {
  const ids = s.containers.filter((c) => c.state === 'running').map((c) => c.id);
  return s.cgroups.cgroups.filter((g) => ids.some((id) => g.path.includes(id)));
}

export const containerCgroup = defineGoal({
  params: {
    quotaUs: { type: 'number', optional: true },
    periodUs: { type: 'number', optional: true },
    memoryMaxBytes: { type: 'number', optional: true },
    throttled: { type: 'boolean', optional: true },
  },
  describe: {
    en: (p) =>
      'a running container’s cgroup ' +
      [
        p.quotaUs === undefined ? '' : `allows ${p.quotaUs} µs of CPU every ${p.periodUs ?? 100000} µs`,
        p.memoryMaxBytes === undefined ? '' : `caps memory at ${p.memoryMaxBytes / MiB} MiB`,
        p.throttled === true ? 'has been throttled' : '',
      ]
        .filter((x) => x !== '')
        .join(' and '),
    'zh-CN': (p) =>
      '某个运行中容器的 cgroup ' +
      [
        p.quotaUs === undefined ? '' : `每 ${p.periodUs ?? 100000} µs 最多使用 ${p.quotaUs} µs CPU`,
        p.memoryMaxBytes === undefined ? '' : `内存上限为 ${p.memoryMaxBytes / MiB} MiB`,
        p.throttled === true ? '已被限流' : '',
      ]
        .filter((x) => x !== '')
        .join('，并且'),
  },
  test: (s, p) =>
    containerCgroups(s).some(
      (g) =>
        (p.quotaUs === undefined || g.cpu.quotaUs === p.quotaUs) &&
        (p.periodUs === undefined || g.cpu.periodUs === p.periodUs) &&
        (p.memoryMaxBytes === undefined || g.memory.maxBytes === p.memoryMaxBytes) &&
        (p.throttled === undefined || g.cpu.nrThrottled > 0 === p.throttled),
    ),
});
