// Creating namespaces for clone(2) and unshare(2) (kernel/nsproxy.c copy_namespaces): each
// CLONE_NEW* flag gives a fresh namespace of that type; a new mount namespace starts as a copy of
// the caller's mount tree (mount_namespaces(7)), with the caller's root and cwd moved into it.

import {
  CLONE_NEWCGROUP,
  CLONE_NEWIPC,
  CLONE_NEWNET,
  CLONE_NEWNS,
  CLONE_NEWPID,
  CLONE_NEWTIME,
  CLONE_NEWUSER,
  CLONE_NEWUTS,
} from '../abi/sched';
import { EINVAL, ENOSPC, EPERM } from '../abi/errno';
import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import { Mount, MountNamespace } from '../vfs/mount';
import type { Path } from '../vfs/mount';
import type { FsContext } from '../vfs/lookup';
import {
  CgroupNamespace,
  IpcNamespace,
  MAX_NS_LEVEL,
  NetNamespace,
  PidNamespace,
  TimeNamespace,
  UserNamespace,
  UtsNamespace,
} from './nsproxy';
import type { NsProxy } from './nsproxy';
import { capable } from './capable';

export const CLONE_NEW_ANY =
  CLONE_NEWNS |
  CLONE_NEWUTS |
  CLONE_NEWIPC |
  CLONE_NEWNET |
  CLONE_NEWPID |
  CLONE_NEWUSER |
  CLONE_NEWCGROUP |
  CLONE_NEWTIME;

/** Copy the mount tree of `ns` into a new namespace; returns it and the old → new mount map. */
export function copyMountNs(
  k: KernelCore,
  ns: MountNamespace,
  owner: UserNamespace,
): { ns: MountNamespace; map: Map<Mount, Mount> } {
  const copy = new MountNamespace(k.allocNsInum(), owner);
  const map = new Map<Mount, Mount>();
  const clone = (m: Mount, parent: Mount | undefined): Mount => {
    const c = new Mount(
      m.id === 1 ? 1 : k.nextMountId++,
      m.sb,
      m.root,
      parent,
      m.mountpoint,
      m.flags,
      m.source,
      copy,
    );
    c.propagation = m.propagation;
    c.peerGroup = m.peerGroup;
    c.masterGroup = m.masterGroup;
    map.set(m, c);
    for (const [at, child] of [...m.children].sort((a, b) => a[1].id - b[1].id))
      c.children.set(at, clone(child, c));
    return c;
  };
  copy.root = clone(ns.root, undefined);
  return { ns: copy, map };
}

function remap(p: Path, map: Map<Mount, Mount>): Path {
  return { mnt: map.get(p.mnt) ?? p.mnt, inode: p.inode };
}

export function moveFsInto(fs: FsContext, map: Map<Mount, Mount>): FsContext {
  return { root: remap(fs.root, map), cwd: remap(fs.cwd, map), umask: fs.umask };
}

function newPidNs(k: KernelCore, parent: PidNamespace, owner: UserNamespace): PidNamespace | number {
  if (parent.level >= MAX_NS_LEVEL) return -ENOSPC;
  return new PidNamespace(k.allocNsInum(), parent, parent.pidMax, owner);
}

/**
 * The namespaces for a task after clone/unshare with `flags`. For unshare, CLONE_NEWPID and
 * CLONE_NEWTIME only change the *_for_children namespaces.
 */
export function copyNamespaces(
  k: KernelCore,
  t: Task,
  flags: number,
): { ns: NsProxy; fs: FsContext } | number {
  const old = t.ns;
  const ns: NsProxy = { ...old };
  let fs = t.fs;
  if (flags & CLONE_NEWUSER) {
    if (old.user.level >= MAX_NS_LEVEL) return -ENOSPC;
    ns.user = new UserNamespace(k.allocNsInum(), old.user, t.cred.euid);
  } else if (flags & CLONE_NEW_ANY && !capable(t, old.user)) {
    return -EPERM;
  }
  const owner = ns.user;
  // Linux's order (create_new_namespaces): mnt, uts, ipc, pid, cgroup, net, time.
  if (flags & CLONE_NEWNS) {
    const { ns: mnt, map } = copyMountNs(k, old.mnt, owner);
    ns.mnt = mnt;
    fs = moveFsInto(t.fs, map);
  }
  if (flags & CLONE_NEWUTS)
    ns.uts = new UtsNamespace(k.allocNsInum(), old.uts.hostname, old.uts.domainname, owner);
  if (flags & CLONE_NEWIPC) ns.ipc = new IpcNamespace(k.allocNsInum(), owner);
  if (flags & CLONE_NEWPID) {
    if (old.pidForChildren !== t.pidns) return -EINVAL;
    const pidns = newPidNs(k, t.pidns, owner);
    if (typeof pidns === 'number') return pidns;
    ns.pidForChildren = pidns;
  }
  if (flags & CLONE_NEWCGROUP) ns.cgroup = new CgroupNamespace(k.allocNsInum(), k.cgroupPathOf(t), owner);
  if (flags & CLONE_NEWNET) ns.net = new NetNamespace(k.allocNsInum(), owner);
  if (flags & CLONE_NEWTIME) ns.timeForChildren = new TimeNamespace(k.allocNsInum(), owner);
  return { ns, fs };
}
