// Goals about images, layers and containers (world.inspect.layers).

import { defineGoal } from './define';
import type { CourseSnapshot } from './snapshot';

const imageByTag = (s: CourseSnapshot, tag: string) =>
  s.images.find((i) => i.tags.includes(tag) || i.tags.includes(`${tag}:latest`));

export const imageExists = defineGoal({
  params: { tag: { type: 'string' } },
  describe: {
    en: (p) => `the image ${p.tag} exists`,
    'zh-CN': (p) => `镜像 ${p.tag} 已存在`,
  },
  test: (s, p) => imageByTag(s, p.tag) !== undefined,
});

export const layerCount = defineGoal({
  params: { tag: { type: 'string' }, atLeast: { type: 'number' } },
  describe: {
    en: (p) => `the image ${p.tag} has at least ${p.atLeast} layers`,
    'zh-CN': (p) => `镜像 ${p.tag} 至少有 ${p.atLeast} 层`,
  },
  test: (s, p) => (imageByTag(s, p.tag)?.layers.length ?? 0) >= p.atLeast,
});

export const containerRunning = defineGoal({
  params: { image: { type: 'string', optional: true } },
  describe: {
    en: (p) => `a container${p.image === undefined ? '' : ` of ${p.image}`} is running`,
    'zh-CN': (p) => `${p.image === undefined ? '' : `${p.image} 的`}容器正在运行`,
  },
  test: (s, p) => {
    const id = p.image === undefined ? undefined : imageByTag(s, p.image)?.id;
    if (p.image !== undefined && id === undefined) return false;
    return s.containers.some((c) => c.state === 'running' && (id === undefined || c.image === id));
  },
});
