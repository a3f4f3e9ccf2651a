// Helpers shared by the syscall handlers: path resolution for the calling task, stat building,
// and the file-descriptor lookups with their EBADF checks.

import { EBADF, EROFS } from '../abi/errno';
import type { Stat } from '../abi/stat';
import type { Clock } from '../clock';
import { idIn } from '../ns/idmap';
import { MS_RDONLY } from '../abi/mount';
import { normalizePath } from '../../lib/path';
import type { Task } from '../task/task';
import type { Inode } from '../vfs/inode';
import type { OpenFile } from '../vfs/file';
import type { Mount, Path } from '../vfs/mount';
import { lookupParent, lookupPath, pathName } from '../vfs/lookup';
import type { ParentLookup } from '../vfs/lookup';

export function resolve(t: Task, path: string, follow = true): Path | number {
  return lookupPath(t.fs, t.cred, path, { follow });
}

export function resolveParent(t: Task, path: string): ParentLookup | number {
  return lookupParent(t.fs, t.cred, path);
}

export function fileOf(t: Task, fd: number): OpenFile | number {
  return t.fds.get(fd) ?? -EBADF;
}

export function cwdName(t: Task): string {
  return pathName(t.fs.cwd, t.fs.root);
}

/** The absolute, normalised spelling of a path the task used (for /proc/PID/fd and exe). */
export function absolute(t: Task, path: string): string {
  return normalizePath(path.startsWith('/') ? path : `${cwdName(t)}/${path}`);
}

export function readOnly(mnt: Mount): boolean {
  return (mnt.flags & MS_RDONLY) !== 0 || mnt.sb.readOnly;
}

export function checkWritable(mnt: Mount): number {
  return readOnly(mnt) ? -EROFS : 0;
}

/** stat for the calling task: owner ids as seen from its user namespace. */
export function statFor(t: Task, inode: Inode, clock: Clock): Stat {
  const st = statOf(inode, clock);
  if (!t.ns.user.parent) return st;
  return { ...st, uid: idIn(t.ns.user, st.uid, 'uid'), gid: idIn(t.ns.user, st.gid, 'gid') };
}

export function statOf(object: Inode, clock: Clock): Stat {
  const inode = object.attrSource();
  const size = inode.size();
  const base = clock.bootEpochSec * 1e9;
  return {
    dev: object.sb.dev,
    ino: object.ino,
    mode: inode.mode,
    nlink: inode.nlink,
    uid: inode.uid,
    gid: inode.gid,
    rdev: inode.rdev,
    size,
    blksize: 4096,
    blocks: inode.sb.backed ? Math.ceil(size / 4096) * 8 : 0,
    atimeNs: base + inode.atimeNs,
    mtimeNs: base + inode.mtimeNs,
    ctimeNs: base + inode.ctimeNs,
    btimeNs: base + inode.btimeNs,
    atime: clock.toTimespec(inode.atimeNs),
    mtime: clock.toTimespec(inode.mtimeNs),
    ctime: clock.toTimespec(inode.ctimeNs),
    btime: clock.toTimespec(inode.btimeNs),
  };
}

/** Owner of the inode or root (inode_owner_or_capable). */
export function ownerOrRoot(t: Task, inode: Inode): boolean {
  return t.cred.euid === 0 || t.cred.euid === inode.attrSource().uid;
}
