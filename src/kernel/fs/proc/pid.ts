// The /proc/PID directory of one task (proc(5)).

import type { KernelCore } from '../../core';
import type { Task } from '../../task/task';
import type { PidNamespace } from '../../ns/nsproxy';
import { pathName } from '../../vfs/lookup';
import type { Path } from '../../vfs/mount';
import type { Namespace, NsType } from '../../ns/nsproxy';
import { ENOENT, EPERM } from '../../abi/errno';
import { fixedDir, link, roFile, rwFile, SynthDir } from '../synthetic';
import { formatMap, writeMap, writeSetgroups } from '../../ns/idmap';
import { timensOffsets, writeTimensOffsets } from '../../ns/timens';
import type { ChildFactory } from '../synthetic';
import { mountinfo, mounts } from './mountinfo';
import { nulJoined, procStat, procStatus } from './format';
import { procNetDir } from '../../net/procnet';

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

function nsOf(t: Task, name: string): Namespace | number {
  const n = t.ns;
  switch (name) {
    case 'pid':
      return t.pidns;
    case 'pid_for_children':
      // Until the first process is created in it, the new namespace cannot be reached (ENOENT).
      return n.pidForChildren !== t.pidns && !n.pidForChildren.init ? -ENOENT : n.pidForChildren;
    case 'time_for_children':
      return n.timeForChildren;
    default:
      return n[name as 'uts' | 'mnt' | 'ipc' | 'net' | 'user' | 'cgroup' | 'time'];
  }
}

function nsDir(k: KernelCore, t: Task): ChildFactory {
  const entries: Record<string, ChildFactory> = {};
  for (const name of NS_NAMES) {
    const type = name.replace(/_for_children$/, '') as NsType;
    const text = (): string | number => {
      const ns = nsOf(t, name);
      return typeof ns === 'number' ? ns : `${type}:[${ns.inum}]`;
    };
    const magic = (): Path | number => {
      const ns = nsOf(t, name);
      return typeof ns === 'number' ? ns : k.nsfs.path(ns, type);
    };
    entries[name] = link(text, magic, 0);
  }
  return fixedDir(0o511, entries);
}

function fdDir(k: KernelCore, t: Task): ChildFactory {
  return (sb, ino) =>
    new SynthDir(
      sb,
      ino,
      0o500,
      () => [...t.fds.fds.keys()].sort((a, b) => a - b).map(String),
      (name) =>
        link(
          () => t.fds.get(Number(name))?.path ?? -ENOENT,
          () => {
            const file = t.fds.get(Number(name));
            return file ? { mnt: file.mount ?? k.pipeMount, inode: file.inode } : -ENOENT;
          },
          64,
        ),
    );
}

export function pidDir(k: KernelCore, t: Task, ns: PidNamespace): ChildFactory {
  const entries: Record<string, ChildFactory> = {
    cgroup: roFile(() => k.cgroupLines(t)),
    cmdline: roFile(() => nulJoined(t.cmdline)),
    comm: roFile(() => `${t.comm}\n`, 0o644),
    cwd: link(
      () => pathName(t.fs.cwd, t.fs.root),
      () => t.fs.cwd,
      0,
    ),
    environ: roFile(() => nulJoined(t.environ), 0o400),
    exe: link(() => t.exe, undefined, 0),
    fd: fdDir(k, t),
    gid_map: rwFile(
      () => formatMap(t.ns.user.gidMap),
      (text) => (k.current ? writeMap(k.current, t.ns.user, 'gid', text) : -EPERM),
    ),
    mountinfo: roFile(() => mountinfo(t)),
    mounts: roFile(() => mounts(t)),
    net: procNetDir(k, t),
    ns: nsDir(k, t),
    root: link(
      () => pathName(t.fs.root, t.fs.root),
      () => t.fs.root,
      0,
    ),
    schedstat: roFile(() => `${Math.round(t.utimeNs + t.stimeNs)} 0 0\n`),
    setgroups: rwFile(
      () => `${t.ns.user.setgroups}\n`,
      (text) => writeSetgroups(t.ns.user, text),
    ),
    stat: roFile(() => procStat(k, t, ns)),
    status: roFile(() => procStatus(k, t, ns)),
    timens_offsets: rwFile(
      () => timensOffsets(t.ns.timeForChildren),
      (text) => writeTimensOffsets(t.ns.timeForChildren, text),
    ),
    uid_map: rwFile(
      () => formatMap(t.ns.user.uidMap),
      (text) => (k.current ? writeMap(k.current, t.ns.user, 'uid', text) : -EPERM),
    ),
  };
  return fixedDir(0o555, entries);
}
