// Goals about docker containers and images by name: a container's recorded state (its
// config.v2.json, as dockerd saves it), its cgroup limits and throttling, an image's size and
// history.

import type { CgroupInfo } from '../../world';
import type { ImageInfo } from '../../world/inspect/layers';
import { defineGoal } from './define';
import type { CourseSnapshot } from './snapshot';

export const imageNamed = (s: CourseSnapshot, tag: string): ImageInfo | undefined =>
  s.images.find((i) => i.tags.includes(tag) || i.tags.includes(`${tag}:latest`));

interface SavedState {
  readonly Status?: string;
  readonly OOMKilled?: boolean;
  readonly ExitCode?: number;
}

/** The container's State as dockerd saved it in containers/<id>/config.v2.json. */
function savedState(s: CourseSnapshot, name: string): SavedState | undefined {
  const c = s.containers.find((x) => x.name === name);
  const text = c && s.readFile(`/var/lib/docker/containers/${c.id}/config.v2.json`);
  if (text === undefined) return undefined;
  try {
    return ((JSON.parse(text) as { State?: SavedState }).State ?? {}) as SavedState;
  } catch {
    return undefined;
  }
}

/** The container's cgroup (v2 scope or v1 /docker/<id>). */
function cgroupOf(s: CourseSnapshot, name: string): CgroupInfo | undefined {
  const c = s.containers.find((x) => x.name === name);
  if (!c) return undefined;
  return s.cgroups.cgroups.find(
    (g) => g.path === `/system.slice/docker-${c.id}.scope` || g.path === `/docker/${c.id}`,
  );
}

export const containerState = defineGoal({
  params: { name: { type: 'string' }, state: { type: 'string' } },
  describe: {
    en: (p) => `the container ${p.name} is ${p.state}`,
    'zh-CN': (p) => `容器 ${p.name} 的状态是 ${p.state}`,
  },
  test: (s, p) => s.containers.some((c) => c.name === p.name && c.state === p.state),
});

export const containerExited = defineGoal({
  params: {
    name: { type: 'string' },
    exitCode: { type: 'number', optional: true },
    oomKilled: { type: 'boolean', optional: true },
  },
  describe: {
    en: (p) =>
      `the container ${p.name} exited${p.exitCode === undefined ? '' : ` with code ${p.exitCode}`}` +
      (p.oomKilled === undefined ? '' : p.oomKilled ? ', killed by the OOM killer' : ', not OOM-killed'),
    'zh-CN': (p) =>
      `容器 ${p.name} 已退出${p.exitCode === undefined ? '' : `，退出码 ${p.exitCode}`}` +
      (p.oomKilled === undefined ? '' : p.oomKilled ? '，被 OOM killer 杀死' : '，没有被 OOM 杀死'),
  },
  test: (s, p) => {
    const st = savedState(s, p.name);
    return (
      st?.Status === 'exited' &&
      (p.exitCode === undefined || st.ExitCode === p.exitCode) &&
      (p.oomKilled === undefined || (st.OOMKilled ?? false) === p.oomKilled)
    );
  },
});

export const containerMemoryLimit = defineGoal({
  params: { name: { type: 'string' }, atLeast: { type: 'number' } },
  describe: {
    en: (p) => `the container ${p.name} may use at least ${p.atLeast / 1048576} MiB of memory`,
    'zh-CN': (p) => `容器 ${p.name} 至少可以使用 ${p.atLeast / 1048576} MiB 内存`,
  },
  test: (s, p) => {
    const max = cgroupOf(s, p.name)?.memory.maxBytes;
    return max !== undefined && (max === null || max >= p.atLeast);
  },
});

export const containerCpuAtLeast = defineGoal({
  params: { name: { type: 'string' }, percent: { type: 'number' } },
  describe: {
    en: (p) => `the container ${p.name} may use at least ${p.percent}% of a CPU`,
    'zh-CN': (p) => `容器 ${p.name} 至少可以使用一个 CPU 的 ${p.percent}%`,
  },
  test: (s, p) => {
    const cpu = cgroupOf(s, p.name)?.cpu;
    if (!cpu) return false;
    return cpu.quotaUs === null || (cpu.quotaUs * 100) / cpu.periodUs >= p.percent;
  },
});

export const containerThrottled = defineGoal({
  params: { name: { type: 'string' } },
  describe: {
    en: (p) => `the container ${p.name} has been throttled (cpu.stat nr_throttled > 0)`,
    'zh-CN': (p) => `容器 ${p.name} 被限流过（cpu.stat 中 nr_throttled > 0）`,
  },
  test: (s, p) => (cgroupOf(s, p.name)?.cpu.nrThrottled ?? 0) > 0,
});

export const imageSizeAtMost = defineGoal({
  params: { tag: { type: 'string' }, bytes: { type: 'number' } },
  describe: {
    en: (p) => `the image ${p.tag} is at most ${p.bytes / 1e6} MB`,
    'zh-CN': (p) => `镜像 ${p.tag} 不超过 ${p.bytes / 1e6} MB`,
  },
  test: (s, p) => {
    const size = imageNamed(s, p.tag)?.size;
    return size !== undefined && size <= p.bytes;
  },
});

export const imageSizeAtLeast = defineGoal({
  params: { tag: { type: 'string' }, bytes: { type: 'number' } },
  describe: {
    en: (p) => `the image ${p.tag} is at least ${p.bytes / 1e6} MB`,
    'zh-CN': (p) => `镜像 ${p.tag} 至少有 ${p.bytes / 1e6} MB`,
  },
  test: (s, p) => (imageNamed(s, p.tag)?.size ?? 0) >= p.bytes,
});

/** The image was built from a Dockerfile line whose history text contains `text`. */
export const imageHistoryHas = defineGoal({
  params: { tag: { type: 'string' }, text: { type: 'string' } },
  describe: {
    en: (p) => `the image ${p.tag} has a history step with "${p.text}"`,
    'zh-CN': (p) => `镜像 ${p.tag} 的历史中有包含 "${p.text}" 的一步`,
  },
  test: (s, p) => imageNamed(s, p.tag)?.history.some((h) => h.createdBy.includes(p.text)) ?? false,
});

/** No image in the store (tagged, dangling or intermediate) is larger than `bytes`. */
export const imagesAtMost = defineGoal({
  params: { bytes: { type: 'number' } },
  describe: {
    en: (p) => `no image on the machine is larger than ${p.bytes / 1e6} MB`,
    'zh-CN': (p) => `机器上没有大于 ${p.bytes / 1e6} MB 的镜像`,
  },
  test: (s, p) => s.images.every((i) => i.size <= p.bytes),
});
