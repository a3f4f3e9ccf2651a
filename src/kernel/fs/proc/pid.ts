// The /proc/PID directory of one task (proc(5)).

import type { KernelCore } from '../../core';
import type { Task } from '../../task/task';
import type { PidNamespace } from '../../ns/nsproxy';
import { pathName } from '../../vfs/lookup';
import { fixedDir, link, roFile, SynthDir } from '../synthetic';
import type { ChildFactory } from '../synthetic';
import { mountinfo, mounts } from './mountinfo';
import { nulJoined, procStat, procStatus } from './format';

const NS_NAMES = [
  'cgroup',
  'ipc',
  'mnt',
  'net',
  'pid',
  'pid_for_children',
  'time',
  'time_for_children',
  'user',
  'uts',
];

function nsInum(t: Task, name: string): number {
  const n = t.ns;
  switch (name) {
    case 'pid':
      return t.pidns.inum;
    case 'pid_for_children':
      return n.pidForChildren.inum;
    case 'time_for_children':
      return n.timeForChildren.inum;
    default:
      return n[name as 'uts' | 'mnt' | 'ipc' | 'net' | 'user' | 'cgroup' | 'time'].inum;
  }
}

function nsDir(t: Task): ChildFactory {
  const entries: Record<string, ChildFactory> = {};
  for (const name of NS_NAMES) {
    const type = name.replace(/_for_children$/, '');
    entries[name] = link(() => `${type}:[${nsInum(t, name)}]`);
  }
  return fixedDir(0o511, entries);
}

function fdDir(t: Task): ChildFactory {
  return (sb, ino) =>
    new SynthDir(
      sb,
      ino,
      0o500,
      () => [...t.fds.fds.keys()].sort((a, b) => a - b).map(String),
      (name) => link(() => t.fds.get(Number(name))?.path ?? ''),
    );
}

export function pidDir(k: KernelCore, t: Task, ns: PidNamespace): ChildFactory {
  const entries: Record<string, ChildFactory> = {
    cgroup: roFile(() => k.cgroupLines(t)),
    cmdline: roFile(() => nulJoined(t.cmdline)),
    comm: roFile(() => `${t.comm}\n`, 0o644),
    cwd: link(() => pathName(t.fs.cwd, t.fs.root)),
    environ: roFile(() => nulJoined(t.environ), 0o400),
    exe: link(() => t.exe),
    fd: fdDir(t),
    mountinfo: roFile(() => mountinfo(t)),
    mounts: roFile(() => mounts(t)),
    ns: nsDir(t),
    root: link(() => pathName(t.fs.root, t.fs.root)),
    stat: roFile(() => procStat(k, t, ns)),
    status: roFile(() => procStatus(k, t, ns)),
  };
  return fixedDir(0o555, entries);
}
