// Goals about root filesystems: a file that exists on the host, a mount in the host's own mount
// namespace (what a chroot'ed process mounts lands there), and a new mount namespace whose root
// was pivoted onto a directory (mountinfo field 4 of its '/' mount is that directory).

import { defineGoal } from './define';

export const fileExists = defineGoal({
  params: { path: { type: 'string' } },
  describe: {
    en: (p) => `the file ${p.path} exists`,
    'zh-CN': (p) => `文件 ${p.path} 已存在`,
  },
  test: (s, p) => s.readFile(p.path) !== undefined,
});

export const hostMount = defineGoal({
  params: { target: { type: 'string' }, fstype: { type: 'string', optional: true } },
  describe: {
    en: (p) => `${p.fstype ?? 'a filesystem'} is mounted on ${p.target} in the host's mount namespace`,
    'zh-CN': (p) => `宿主机的 mount 命名空间中 ${p.target} 上挂载了 ${p.fstype ?? '文件系统'}`,
  },
  test: (s, p) =>
    s.machine.mountNamespaces.some(
      (ns) =>
        ns.initial && ns.mounts.some((m) => m.target === p.target && (p.fstype ?? m.fstype) === m.fstype),
    ),
});

/** A bind mount of `root` in a new mount namespace, wherever it is mounted (still true after pivot_root). */
export const bindMounted = defineGoal({
  params: { root: { type: 'string' } },
  describe: {
    en: (p) => `${p.root} is bind-mounted in a new mount namespace`,
    'zh-CN': (p) => `${p.root} 在一个新的 mount 命名空间中被绑定挂载`,
  },
  test: (s, p) =>
    s.machine.mountNamespaces.some((ns) => !ns.initial && ns.mounts.some((m) => m.root === p.root)),
});

/** `mounts` lists the mount points the namespace must have, no more, no fewer: "/,/proc". */
export const pivotedRoot = defineGoal({
  params: { root: { type: 'string' }, mounts: { type: 'string', optional: true } },
  describe: {
    en: (p) =>
      `a new mount namespace has ${p.root} as its root` +
      (p.mounts === undefined ? '' : `, with only these mounts: ${p.mounts}`),
    'zh-CN': (p) =>
      `某个新的 mount 命名空间以 ${p.root} 为根` +
      (p.mounts === undefined ? '' : `，并且只有这些挂载：${p.mounts}`),
  },
  test: (s, p) => {
    const wanted = p.mounts?.split(',').sort().join(',');
    return s.machine.mountNamespaces.some(
      (ns) =>
        !ns.initial &&
        ns.mounts.some((m) => m.target === '/' && m.root === p.root) &&
        (wanted === undefined ||
          ns.mounts
            .map((m) => m.target)
            .sort()
            .join(',') === wanted),
    );
  },
});
