// System calls that read or change attributes and the task's filesystem context: stat, access,
// chmod, chown, truncate, utimensat, readlink, xattrs, chdir, getcwd, chroot, umask, statfs.

import { EACCES, EINVAL, EISDIR, ENOTDIR, EOPNOTSUPP, EPERM } from '../abi/errno';
import { AT_SYMLINK_NOFOLLOW, F_OK, R_OK, W_OK, X_OK } from '../abi/fcntl';
import { S_IFDIR, S_IFLNK, S_IFMT, S_IFREG } from '../abi/stat';
import type { Stat } from '../abi/stat';
import type { StatFs, Timespec } from '../abi/sys';
import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import { capable } from '../ns/capable';
import { DirInode, SymlinkInode } from '../vfs/inode';
import type { Inode } from '../vfs/inode';
import { pathName } from '../vfs/lookup';
import { MAY_EXEC, MAY_READ, MAY_WRITE, permission } from '../vfs/permission';
import { checkWritable, fileOf, ownerOrRoot, readOnly, resolve, statFor } from './util';

export function sysStat(_k: KernelCore, t: Task, path: string): Stat | number {
  const p = resolve(t, path, true);
  return typeof p === 'number' ? p : statFor(t, p.inode, _k.clock);
}

export function sysLstat(_k: KernelCore, t: Task, path: string): Stat | number {
  const p = resolve(t, path, false);
  return typeof p === 'number' ? p : statFor(t, p.inode, _k.clock);
}

export function sysAccess(_k: KernelCore, t: Task, path: string, mode: number): number {
  const p = resolve(t, path, true);
  if (typeof p === 'number') return p;
  if (mode === F_OK) return 0;
  const mask = (mode & R_OK ? MAY_READ : 0) | (mode & W_OK ? MAY_WRITE : 0) | (mode & X_OK ? MAY_EXEC : 0);
  const real = { ...t.cred, euid: t.cred.uid, egid: t.cred.gid };
  const denied = permission(real, p.inode, mask);
  if (denied < 0) return denied;
  if (mode & W_OK && readOnly(p.mnt) && (p.inode.mode & S_IFMT) !== S_IFLNK) return -30;
  return 0;
}

function changeAttr(t: Task, path: string, follow: boolean, apply: (inode: Inode) => number): number {
  const p = resolve(t, path, follow);
  if (typeof p === 'number') return p;
  const ro = checkWritable(p.mnt);
  if (ro < 0) return ro;
  if (!p.inode.isSettable()) return -EPERM;
  return p.inode.setattr((target) => {
    const r = apply(target);
    if (r === 0) target.touch('c');
    return r;
  });
}

function chmodInode(t: Task, inode: Inode, mode: number): number {
  if (!ownerOrRoot(t, inode)) return -EPERM;
  inode.mode = (inode.mode & S_IFMT) | (mode & 0o7777);
  return 0;
}

export function sysChmod(_k: KernelCore, t: Task, path: string, mode: number): number {
  return changeAttr(t, path, true, (inode) => chmodInode(t, inode, mode));
}

export function sysFchmod(_k: KernelCore, t: Task, fd: number, mode: number): number {
  const file = fileOf(t, fd);
  if (typeof file === 'number') return file;
  const r = chmodInode(t, file.inode, mode);
  if (r === 0) file.inode.touch('c');
  return r;
}

function chownInode(t: Task, inode: Inode, uid: number, gid: number): number {
  const changesUid = uid !== -1 && uid !== inode.uid;
  const changesGid = gid !== -1 && gid !== inode.gid;
  if (t.cred.euid !== 0 && (changesUid || (changesGid && !ownerOrRoot(t, inode)))) return -EPERM;
  if (uid !== -1) inode.uid = uid;
  if (gid !== -1) inode.gid = gid;
  if ((changesUid || changesGid) && (inode.mode & S_IFMT) === S_IFREG) inode.mode &= ~0o6000;
  return 0;
}

export function sysChown(_k: KernelCore, t: Task, path: string, uid: number, gid: number): number {
  return changeAttr(t, path, true, (inode) => chownInode(t, inode, uid, gid));
}

export function sysLchown(_k: KernelCore, t: Task, path: string, uid: number, gid: number): number {
  return changeAttr(t, path, false, (inode) => chownInode(t, inode, uid, gid));
}

function truncateInode(t: Task, inode: Inode, length: number): number {
  if (length < 0) return -EINVAL;
  if ((inode.mode & S_IFMT) === S_IFDIR) return -EISDIR;
  if ((inode.mode & S_IFMT) !== S_IFREG) return -EINVAL;
  const denied = permission(t.cred, inode, MAY_WRITE);
  if (denied < 0) return denied;
  return inode.truncate(length);
}

export function sysTruncate(_k: KernelCore, t: Task, path: string, length: number): number {
  const p = resolve(t, path, true);
  if (typeof p === 'number') return p;
  const ro = checkWritable(p.mnt);
  return ro < 0 ? ro : truncateInode(t, p.inode, length);
}

export function sysFtruncate(_k: KernelCore, t: Task, fd: number, length: number): number {
  const file = fileOf(t, fd);
  if (typeof file === 'number') return file;
  if (!file.canWrite()) return -EINVAL;
  return truncateInode(t, file.inode, length);
}

type TimeArg = number | Timespec | 'now' | null;

/** A time argument as kernel time: ns since the epoch (approximate) or an exact Timespec. */
function kernelTime(k: KernelCore, arg: number | Timespec): number {
  return typeof arg === 'number' ? arg - k.clock.bootEpochSec * 1e9 : k.clock.fromTimespec(arg);
}

export function sysUtimensat(
  k: KernelCore,
  t: Task,
  path: string,
  atime: TimeArg,
  mtime: TimeArg,
  flags: number,
): number {
  const now = k.clock.monotonicNs;
  return changeAttr(t, path, !(flags & AT_SYMLINK_NOFOLLOW), (inode) => {
    const onlyNow = (atime === 'now' || atime === null) && (mtime === 'now' || mtime === null);
    if (!ownerOrRoot(t, inode) && !(onlyNow && permission(t.cred, inode, MAY_WRITE) === 0)) {
      return onlyNow ? -EACCES : -EPERM;
    }
    if (atime !== null) inode.atimeNs = atime === 'now' ? now : kernelTime(k, atime);
    if (mtime !== null) inode.mtimeNs = mtime === 'now' ? now : kernelTime(k, mtime);
    return 0;
  });
}

export function sysReadlink(_k: KernelCore, t: Task, path: string): string | number {
  const p = resolve(t, path, false);
  if (typeof p === 'number') return p;
  if (!(p.inode instanceof SymlinkInode)) return -EINVAL;
  return p.inode.readlink();
}

function xattrAllowed(t: Task, inode: Inode, name: string, write: boolean): number {
  const ns = name.slice(0, name.indexOf('.') + 1);
  if (!['user.', 'trusted.', 'security.', 'system.'].includes(ns) || name.length === ns.length)
    return -EOPNOTSUPP;
  if (ns === 'trusted.' && t.cred.euid !== 0) return write ? -EPERM : -61;
  if (ns === 'user.' && (inode.mode & S_IFMT) !== S_IFREG && (inode.mode & S_IFMT) !== S_IFDIR) {
    return write ? -EPERM : -61;
  }
  if (write && !ownerOrRoot(t, inode)) return -EPERM;
  return 0;
}

export function xattrCall(
  t: Task,
  path: string,
  follow: boolean,
  name: string,
  op: (inode: Inode) => unknown,
  write: boolean,
): unknown {
  const p = resolve(t, path, follow);
  if (typeof p === 'number') return p;
  if (write && checkWritable(p.mnt) < 0) return -30;
  const bad = name === '' ? 0 : xattrAllowed(t, p.inode.attrSource(), name, write);
  if (bad < 0) return bad;
  if (!write) return op(p.inode.attrSource());
  let result: unknown;
  const r = p.inode.setattr((target) => {
    result = op(target);
    return typeof result === 'number' && result < 0 ? result : 0;
  });
  return r < 0 ? r : result;
}

export function sysChdir(_k: KernelCore, t: Task, path: string): number {
  const p = resolve(t, path, true);
  if (typeof p === 'number') return p;
  if (!(p.inode instanceof DirInode)) return -ENOTDIR;
  const denied = permission(t.cred, p.inode, MAY_EXEC);
  if (denied < 0) return denied;
  t.fs.cwd = p;
  return 0;
}

export function sysFchdir(_k: KernelCore, t: Task, fd: number): number {
  const file = fileOf(t, fd);
  if (typeof file === 'number') return file;
  if (!(file.inode instanceof DirInode) || !file.mount) return -ENOTDIR;
  t.fs.cwd = { mnt: file.mount, inode: file.inode };
  return 0;
}

export function sysGetcwd(_k: KernelCore, t: Task): string {
  return pathName(t.fs.cwd, t.fs.root);
}

export function sysChroot(_k: KernelCore, t: Task, path: string): number {
  if (!capable(t, t.ns.user)) return -EPERM;
  const p = resolve(t, path, true);
  if (typeof p === 'number') return p;
  if (!(p.inode instanceof DirInode)) return -ENOTDIR;
  t.fs.root = p;
  return 0;
}

export function sysUmask(_k: KernelCore, t: Task, mask: number): number {
  const old = t.fs.umask;
  t.fs.umask = mask & 0o777;
  return old;
}

export function sysStatfs(_k: KernelCore, t: Task, path: string): StatFs | number {
  const p = resolve(t, path, true);
  if (typeof p === 'number') return p;
  const s = p.mnt.sb.statfs();
  return {
    type: s.type,
    bsize: s.bsize,
    blocks: s.blocks,
    bfree: s.bfree,
    bavail: s.bfree,
    files: s.files,
    ffree: s.ffree,
    namelen: 255,
  };
}
