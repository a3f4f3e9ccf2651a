// Goals about processes and their namespaces (world.inspect.processes()).

import type { ProcessInfo } from '../../world';
import { defineGoal } from './define';
import type { CourseSnapshot } from './snapshot';

const live = (s: CourseSnapshot, comm: string | undefined, args?: string): ProcessInfo[] =>
  s.processes.processes.filter(
    (p) =>
      p.state !== 'Z' &&
      (comm === undefined || p.comm === comm) &&
      (args === undefined || p.args.includes(args)),
  );

const initialNs = (s: CourseSnapshot): Set<number> =>
  new Set(s.processes.namespaces.filter((n) => n.initial).map((n) => n.inode));

const where = (comm: string | undefined, args: string | undefined): string =>
  `${comm ?? 'a process'}${args === undefined ? '' : ` (${args})`}`;

export const processRunning = defineGoal({
  params: { comm: { type: 'string' }, args: { type: 'string', optional: true } },
  describe: {
    en: (p) => `${where(p.comm, p.args)} is running`,
    'zh-CN': (p) => `${where(p.comm, p.args)} 正在运行`,
  },
  test: (s, p) => live(s, p.comm, p.args).length > 0,
});

export const processInOwnNamespace = defineGoal({
  params: { comm: { type: 'string' }, ns: { type: 'nsKind' }, args: { type: 'string', optional: true } },
  describe: {
    en: (p) => `${where(p.comm, p.args)} runs in its own ${p.ns} namespace`,
    'zh-CN': (p) => `${where(p.comm, p.args)} 运行在自己的 ${p.ns} 命名空间中`,
  },
  test: (s, p) => {
    const initial = initialNs(s);
    return live(s, p.comm, p.args).some((proc) => !initial.has(proc.ns[p.ns]));
  },
});

export const processNsPid = defineGoal({
  params: { comm: { type: 'string' }, pid: { type: 'number' }, args: { type: 'string', optional: true } },
  describe: {
    en: (p) => `${where(p.comm, p.args)} is PID ${p.pid} in its own pid namespace`,
    'zh-CN': (p) => `${where(p.comm, p.args)} 在自己的 pid 命名空间里是 PID ${p.pid}`,
  },
  test: (s, p) =>
    live(s, p.comm, p.args).some((proc) => proc.nsPids.length > 1 && proc.nsPids.at(-1)?.pid === p.pid),
});

export const processHostname = defineGoal({
  params: { hostname: { type: 'string' }, comm: { type: 'string', optional: true } },
  describe: {
    en: (p) => `${where(p.comm, undefined)} sees the hostname "${p.hostname}"`,
    'zh-CN': (p) => `${where(p.comm, undefined)} 看到的主机名是 "${p.hostname}"`,
  },
  test: (s, p) => live(s, p.comm).some((proc) => proc.hostname === p.hostname),
});

export const namespaceCount = defineGoal({
  params: { ns: { type: 'nsKind' }, atLeast: { type: 'number' } },
  describe: {
    en: (p) => `at least ${p.atLeast} ${p.ns} namespaces exist`,
    'zh-CN': (p) => `至少有 ${p.atLeast} 个 ${p.ns} 命名空间`,
  },
  test: (s, p) => s.processes.namespaces.filter((n) => n.kind === p.ns).length >= p.atLeast,
});
