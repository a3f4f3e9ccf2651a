// Namespace system calls: unshare(2), setns(2) and pivot_root(2).

import { EBUSY, EINVAL, ENOTDIR, EPERM } from '../abi/errno';
import {
  CLONE_NEWCGROUP,
  CLONE_NEWIPC,
  CLONE_NEWNET,
  CLONE_NEWNS,
  CLONE_NEWPID,
  CLONE_NEWTIME,
  CLONE_NEWUSER,
  CLONE_NEWUTS,
  CLONE_FILES,
  CLONE_FS,
  CLONE_SYSVSEM,
} from '../abi/sched';
import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import { CLONE_NEW_ANY, copyNamespaces } from '../ns/copy';
import { capable } from '../ns/capable';
import { NsInode } from '../ns/nsfs';
import type { NsType } from '../ns/nsproxy';
import {
  CgroupNamespace,
  IpcNamespace,
  NetNamespace,
  PidNamespace,
  TimeNamespace,
  UserNamespace,
  UtsNamespace,
} from '../ns/nsproxy';
import { DirInode } from '../vfs/inode';
import { MountNamespace } from '../vfs/mount';
import type { Mount, Path } from '../vfs/mount';
import { crossMounts } from '../vfs/lookup';
import { fileOf, resolve } from './util';

export function sysUnshare(k: KernelCore, t: Task, flags: number): number {
  if (flags & ~(CLONE_NEW_ANY | CLONE_FILES | CLONE_FS | CLONE_SYSVSEM)) return -EINVAL;
  if (!(flags & CLONE_NEW_ANY)) return 0;
  const copied = copyNamespaces(k, t, flags);
  if (typeof copied === 'number') return copied;
  t.ns = copied.ns;
  t.fs = copied.fs;
  if (flags & CLONE_NEWUSER) t.cred.caps = true;
  return 0;
}

const NSTYPE_FLAG: Record<NsType, number> = {
  mnt: CLONE_NEWNS,
  uts: CLONE_NEWUTS,
  ipc: CLONE_NEWIPC,
  net: CLONE_NEWNET,
  pid: CLONE_NEWPID,
  user: CLONE_NEWUSER,
  cgroup: CLONE_NEWCGROUP,
  time: CLONE_NEWTIME,
};

function ownerOf(ns: unknown, k: KernelCore): UserNamespace {
  if (ns instanceof UserNamespace) return ns.parent ?? ns;
  const owner = (ns as { owner?: UserNamespace }).owner;
  return owner ?? k.initUser;
}

export function sysSetns(k: KernelCore, t: Task, fd: number, nstype: number): number {
  const file = fileOf(t, fd);
  if (typeof file === 'number') return file;
  if (!(file.inode instanceof NsInode)) return -EINVAL;
  const { ns, nsType } = file.inode;
  if (nstype !== 0 && nstype !== NSTYPE_FLAG[nsType]) return -EINVAL;
  if (!capable(t, ownerOf(ns, k)) || !capable(t, t.ns.user)) return -EPERM;
  const n = t.ns;
  if (ns instanceof UtsNamespace) n.uts = ns;
  else if (ns instanceof IpcNamespace) n.ipc = ns;
  else if (ns instanceof NetNamespace) n.net = ns;
  else if (ns instanceof CgroupNamespace) n.cgroup = ns;
  else if (ns instanceof TimeNamespace) n.timeForChildren = ns;
  else if (ns instanceof PidNamespace) n.pidForChildren = ns;
  else if (ns instanceof UserNamespace) {
    if (ns === n.user) return -EINVAL;
    n.user = ns;
  } else if (ns instanceof MountNamespace) {
    n.mnt = ns;
    const root = crossMounts({ mnt: ns.root, inode: ns.root.root });
    t.fs = { root, cwd: root, umask: t.fs.umask };
  }
  t.ns = { ...n };
  return 0;
}

/** Is `p` at or below `top` in the mount tree (is_path_reachable)? */
function reachable(p: Path, top: Path): boolean {
  let mnt: Mount | undefined = p.mnt;
  let inode = p.inode;
  for (;;) {
    if (mnt === top.mnt) {
      for (
        let d = inode instanceof DirInode ? inode : undefined;
        d;
        d = d.parent === d ? undefined : d.parent
      ) {
        if (d === top.inode) return true;
      }
      return inode === top.inode;
    }
    if (!mnt.parent || !mnt.mountpoint) return false;
    inode = mnt.mountpoint;
    mnt = mnt.parent;
  }
}

/** Checks in the order fs/namespace.c makes them; 0 when the pivot may go ahead. */
function pivotChecks(root: Path, newPath: Path, old: Path): number {
  const rootMnt = root.mnt;
  const newMnt = newPath.mnt;
  if (!(newPath.inode instanceof DirInode) || !(old.inode instanceof DirInode)) return -ENOTDIR;
  if (
    old.mnt.propagation === 'shared' ||
    newMnt.parent?.propagation === 'shared' ||
    rootMnt.parent?.propagation === 'shared'
  ) {
    return -EINVAL;
  }
  if (newMnt === rootMnt || old.mnt === rootMnt) return -EBUSY;
  if (root.inode !== rootMnt.root || !rootMnt.parent) return -EINVAL;
  if (newPath.inode !== newMnt.root || !newMnt.parent) return -EINVAL;
  if (!reachable(old, newPath)) return -EINVAL;
  if (!reachable(newPath, root)) return -EINVAL;
  return 0;
}

export function sysPivotRoot(k: KernelCore, t: Task, newRoot: string, putOld: string): number {
  if (!capable(t, t.ns.mnt.owner ?? k.initUser)) return -EPERM;
  const newPath = resolve(t, newRoot, true);
  if (typeof newPath === 'number') return newPath;
  const old = resolve(t, putOld, true);
  if (typeof old === 'number') return old;
  const root = t.fs.root;
  const bad = pivotChecks(root, newPath, old);
  if (bad < 0) return bad;
  const rootMnt = root.mnt;
  const newMnt = newPath.mnt;
  const rootParent = rootMnt.parent!;
  const rootMp = rootMnt.mountpoint!;
  newMnt.parent!.children.delete(newMnt.mountpoint!);
  rootParent.children.delete(rootMp);
  rootMnt.parent = old.mnt;
  rootMnt.mountpoint = old.inode;
  old.mnt.children.set(old.inode, rootMnt);
  newMnt.parent = rootParent;
  newMnt.mountpoint = rootMp;
  rootParent.children.set(rootMp, newMnt);
  const newTop: Path = { mnt: newMnt, inode: newMnt.root };
  for (const other of k.tasks.values()) {
    if (other.ns.mnt !== t.ns.mnt) continue;
    if (other.fs.root.mnt === rootMnt && other.fs.root.inode === root.inode) other.fs.root = newTop;
    if (other.fs.cwd.mnt === rootMnt && other.fs.cwd.inode === root.inode) other.fs.cwd = newTop;
  }
  return 0;
}
