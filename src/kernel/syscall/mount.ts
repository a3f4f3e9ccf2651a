// mount(2) and umount2(2) (fs/namespace.c): new mounts, bind mounts, remounts, propagation changes.
// Simplification: propagation types are recorded and shown in mountinfo but mount events do not
// propagate between peers yet; MS_MOVE is not supported.

import { EBUSY, EINVAL, ENOTDIR, EPERM } from '../abi/errno';
import { crossMounts } from '../vfs/lookup';
import {
  MNT_DETACH,
  MS_BIND,
  MS_MOVE,
  MS_NOATIME,
  MS_NODEV,
  MS_NOEXEC,
  MS_NOSUID,
  MS_PRIVATE,
  MS_RDONLY,
  MS_REC,
  MS_RELATIME,
  MS_REMOUNT,
  MS_SHARED,
  MS_SLAVE,
  MS_STRICTATIME,
  MS_UNBINDABLE,
} from '../abi/mount';
import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import { capable } from '../ns/capable';
import { DirInode } from '../vfs/inode';
import { Mount } from '../vfs/mount';
import type { Path, Propagation } from '../vfs/mount';
import { makeSuperBlock } from '../fs/registry';
import { absolute, resolve, resolveParent } from './util';

const PER_MOUNT = MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_NOATIME | MS_RELATIME | MS_STRICTATIME;

function attach(k: KernelCore, at: Path, m: Mount, target: string): void {
  at.mnt.children.set(at.inode, m);
  k.emit({ type: 'mountAdded', id: m.id, target, fstype: m.sb.fstype });
}

function setPropagation(k: KernelCore, at: Path, flags: number): number {
  if (at.inode !== at.mnt.root) return -EINVAL;
  const type: Propagation =
    flags & MS_SHARED ? 'shared' : flags & MS_SLAVE ? 'slave' : flags & MS_PRIVATE ? 'private' : 'unbindable';
  const apply = (m: Mount): void => {
    if (type === 'shared' && m.peerGroup === 0) m.peerGroup = k.nextPeerGroup++;
    if (type === 'slave') m.masterGroup = m.peerGroup;
    if (type !== 'shared') m.peerGroup = 0;
    if (type !== 'slave') m.masterGroup = 0;
    m.propagation = type;
    if (flags & MS_REC) for (const c of m.children.values()) apply(c);
  };
  apply(at.mnt);
  return 0;
}

export function sysMount(
  k: KernelCore,
  t: Task,
  source: string,
  target: string,
  fstype: string,
  flags: number,
  data: string,
): number {
  if (!capable(t, t.ns.mnt.owner ?? k.initUser)) return -EPERM;
  const at = resolve(t, target, true);
  if (typeof at === 'number') return at;
  if (flags & (MS_SHARED | MS_SLAVE | MS_PRIVATE | MS_UNBINDABLE)) return setPropagation(k, at, flags);
  if (flags & MS_REMOUNT) {
    if (at.inode !== at.mnt.root) return -EINVAL;
    const atime = MS_NOATIME | MS_RELATIME | MS_STRICTATIME;
    const keep = flags & atime ? 0 : at.mnt.flags & atime;
    at.mnt.flags = (flags & PER_MOUNT) | keep;
    return 0;
  }
  if (flags & MS_MOVE) return -EINVAL;
  const perMount = (flags & PER_MOUNT) | (flags & (MS_NOATIME | MS_STRICTATIME) ? 0 : MS_RELATIME);
  if (flags & MS_BIND) {
    const from = resolve(t, source, true);
    if (typeof from === 'number') return from;
    if (from.inode instanceof DirInode !== at.inode instanceof DirInode) return -ENOTDIR;
    const m = new Mount(
      k.nextMountId++,
      from.mnt.sb,
      from.inode,
      at.mnt,
      at.inode,
      from.mnt.flags,
      from.mnt.source,
      at.mnt.ns,
    );
    if (flags & MS_REC) copyChildren(k, from, m);
    if (!(at.inode instanceof DirInode)) {
      const parent = resolveParent(t, target);
      if (typeof parent !== 'number') m.leaf = { dir: parent.dir.inode as DirInode, name: parent.name };
    }
    attach(k, at, m, absolute(t, target));
    return 0;
  }
  if (!(at.inode instanceof DirInode)) return -ENOTDIR;
  const sb = makeSuperBlock(k, fstype, source, flags, data);
  if (typeof sb === 'number') return sb;
  const m = new Mount(k.nextMountId++, sb, sb.root, at.mnt, at.inode, perMount, source, at.mnt.ns);
  attach(k, at, m, absolute(t, target));
  return 0;
}

/** MS_BIND|MS_REC: replicate the submounts under the bound directory. */
function copyChildren(k: KernelCore, from: Path, into: Mount): void {
  for (const [inode, child] of from.mnt.children) {
    if (!isUnder(inode, from.inode)) continue;
    const copy = new Mount(
      k.nextMountId++,
      child.sb,
      child.root,
      into,
      inode,
      child.flags,
      child.source,
      into.ns,
    );
    into.children.set(inode, copy);
    copyChildren(k, { mnt: child, inode: child.root }, copy);
  }
}

function isUnder(inode: unknown, dir: unknown): boolean {
  for (let d = inode instanceof DirInode ? inode : undefined; d; d = d.parent === d ? undefined : d.parent) {
    if (d === dir) return true;
  }
  return inode === dir;
}

function busy(k: KernelCore, m: Mount): boolean {
  for (const t of k.tasks.values()) {
    if (!t.alive) continue;
    if (t.fs.cwd.mnt === m || t.fs.root.mnt === m) return true;
    for (const { file } of t.fds.fds.values()) if (file.mount === m) return true;
  }
  return false;
}

export function sysUmount2(k: KernelCore, t: Task, target: string, flags: number): number {
  if (!capable(t, t.ns.mnt.owner ?? k.initUser)) return -EPERM;
  const found = resolve(t, target, true);
  if (typeof found === 'number') return found;
  // LOOKUP_MOUNTPOINT: the last component goes through mounts stacked on it (so after
  // pivot_root(".", ".") umount2(".") takes the old root from on top of the new one).
  const at = crossMounts(found);
  const m = at.mnt;
  if (at.inode !== m.root || !m.parent || !m.mountpoint) return -EINVAL;
  if (!(flags & MNT_DETACH) && (m.children.size > 0 || busy(k, m))) return -EBUSY;
  m.parent.children.delete(m.mountpoint);
  k.emit({ type: 'mountRemoved', id: m.id });
  return 0;
}
