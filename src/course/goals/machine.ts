// Goals about mounts and network namespaces (world.inspect.machine()).

import { defineGoal } from './define';

export const mountInNewNamespace = defineGoal({
  params: { target: { type: 'string' }, fstype: { type: 'string', optional: true } },
  describe: {
    en: (p) => `${p.fstype ?? 'a filesystem'} is mounted on ${p.target} in a new mount namespace only`,
    'zh-CN': (p) => `${p.fstype ?? '文件系统'} 只挂载在新的 mount 命名空间的 ${p.target} 上`,
  },
  test: (s, p) => {
    const has = (mounts: readonly { target: string; fstype: string }[]): boolean =>
      mounts.some((m) => m.target === p.target && (p.fstype === undefined || m.fstype === p.fstype));
    const spaces = s.machine.mountNamespaces;
    return (
      spaces.some((ns) => !ns.initial && has(ns.mounts)) && !spaces.some((ns) => ns.initial && has(ns.mounts))
    );
  },
});

export const interfaceUp = defineGoal({
  params: { name: { type: 'string' }, initial: { type: 'boolean', optional: true } },
  describe: {
    en: (p) => `${p.name} is up${p.initial === false ? ' in a new network namespace' : ''}`,
    'zh-CN': (p) => `${p.initial === false ? '新的网络命名空间中的 ' : ''}${p.name} 已启用`,
  },
  test: (s, p) =>
    s.machine.netNamespaces.some(
      (ns) =>
        (p.initial === undefined || ns.initial === p.initial) &&
        ns.interfaces.some((i) => i.name === p.name && i.up),
    ),
});
