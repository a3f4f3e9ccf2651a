// Path-based system calls that create, remove and rename names (fs/namei.c): mkdir, rmdir,
// unlink, rename, link, symlink, mknod.

import { EBUSY, EEXIST, EINVAL, EISDIR, ENOENT, ENOTDIR, ENOTEMPTY, EPERM, EXDEV } from '../abi/errno';
import { RENAME_NOREPLACE } from '../abi/fcntl';
import { S_IFCHR, S_IFBLK, S_IFDIR, S_IFIFO, S_IFLNK, S_IFMT, S_IFREG, S_IFSOCK, S_ISVTX } from '../abi/stat';
import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import { DirInode } from '../vfs/inode';
import type { Inode } from '../vfs/inode';
import type { ParentLookup } from '../vfs/lookup';
import { MAY_EXEC, MAY_WRITE, permission } from '../vfs/permission';
import { checkWritable, resolve, resolveParent } from './util';

/** may_create / may_delete: write+search on the directory, a writable mount, a mutable dir. */
function mayModify(t: Task, p: ParentLookup, victim?: Inode): number {
  const dir = p.dir.inode as DirInode;
  const denied = permission(t.cred, dir, MAY_WRITE | MAY_EXEC);
  if (denied < 0) return denied;
  const ro = checkWritable(p.dir.mnt);
  if (ro < 0) return ro;
  if (
    victim &&
    dir.mode & S_ISVTX &&
    t.cred.euid !== 0 &&
    t.cred.euid !== dir.uid &&
    t.cred.euid !== victim.uid
  ) {
    return -EPERM;
  }
  return dir.mutable();
}

function isMountpoint(p: ParentLookup, inode: Inode): boolean {
  return p.dir.mnt.children.has(inode);
}

function create(t: Task, path: string, mode: number, rdev: number, target?: string): number {
  const p = resolveParent(t, path);
  if (typeof p === 'number') return p;
  const dir = p.dir.inode as DirInode;
  if (p.name === '' || p.name === '.' || p.name === '..' || dir.lookup(p.name)) return -EEXIST;
  if (p.trailingSlash && (mode & S_IFMT) !== S_IFDIR) return -ENOENT;
  const bad = mayModify(t, p);
  if (bad < 0) return bad;
  const inode = dir.create(p.name, mode, rdev, target);
  if (typeof inode === 'number') return inode;
  const gid = dir.attrSource().mode & 0o2000 ? dir.attrSource().gid : t.cred.egid;
  return inode.setattr((real) => {
    real.uid = t.cred.euid;
    real.gid = gid;
    return 0;
  });
}

export function sysMkdir(_k: KernelCore, t: Task, path: string, mode: number): number {
  return create(t, path, S_IFDIR | (mode & ~t.fs.umask & 0o7777), 0);
}

export function sysSymlink(_k: KernelCore, t: Task, target: string, linkpath: string): number {
  if (target === '') return -ENOENT;
  return create(t, linkpath, S_IFLNK | 0o777, 0, target);
}

export function sysMknod(_k: KernelCore, t: Task, path: string, mode: number, dev: number): number {
  const type = mode & S_IFMT || S_IFREG;
  if (![S_IFREG, S_IFCHR, S_IFBLK, S_IFIFO, S_IFSOCK].includes(type)) return -EINVAL;
  if ((type === S_IFCHR || type === S_IFBLK) && t.cred.euid !== 0) return -EPERM;
  return create(t, path, type | (mode & ~t.fs.umask & 0o7777), dev);
}

export function sysRmdir(_k: KernelCore, t: Task, path: string): number {
  const p = resolveParent(t, path);
  if (typeof p === 'number') return p;
  if (p.name === '.') return -EINVAL;
  if (p.name === '..') return -ENOTEMPTY;
  if (p.name === '') return -EBUSY;
  const dir = p.dir.inode as DirInode;
  const child = dir.lookup(p.name);
  if (!child) return -ENOENT;
  if (!(child instanceof DirInode)) return -ENOTDIR;
  const bad = mayModify(t, p, child);
  if (bad < 0) return bad;
  if (isMountpoint(p, child)) return -EBUSY;
  const nonEmpty = child.rmdirCheck();
  if (nonEmpty < 0) return nonEmpty;
  const r = dir.removeDir(p.name, child);
  if (r === 0) child.nlink = 0;
  return r;
}

export function sysUnlink(_k: KernelCore, t: Task, path: string): number {
  const p = resolveParent(t, path);
  if (typeof p === 'number') return p;
  const dir = p.dir.inode as DirInode;
  if (p.name === '' || p.name === '.' || p.name === '..') return -EISDIR;
  const child = dir.lookup(p.name);
  if (!child) return -ENOENT;
  if (p.trailingSlash) return -ENOTDIR;
  if (child instanceof DirInode) return -EISDIR;
  const bad = mayModify(t, p, child);
  if (bad < 0) return bad;
  if (isMountpoint(p, child)) return -EBUSY;
  dir.detach(p.name);
  child.nlink--;
  child.touch('c');
  return 0;
}

export function sysLink(_k: KernelCore, t: Task, oldpath: string, newpath: string): number {
  const src = resolve(t, oldpath, false);
  if (typeof src === 'number') return src;
  const p = resolveParent(t, newpath);
  if (typeof p === 'number') return p;
  if (src.inode instanceof DirInode) return -EPERM;
  const dir = p.dir.inode as DirInode;
  if (p.name === '' || p.name === '.' || p.name === '..' || dir.lookup(p.name)) return -EEXIST;
  if (p.dir.mnt !== src.mnt) return -EXDEV;
  const bad = mayModify(t, p);
  if (bad < 0) return bad;
  return dir.linkEntry(p.name, src.inode);
}

function isAncestor(a: DirInode, b: Inode): boolean {
  for (let d: DirInode = b instanceof DirInode ? b : a; ; d = d.parent) {
    if (d === a && b !== a) return true;
    if (d.parent === d) return false;
  }
}

export function sysRenameat2(
  _k: KernelCore,
  t: Task,
  oldpath: string,
  newpath: string,
  flags: number,
): number {
  const from = resolveParent(t, oldpath);
  if (typeof from === 'number') return from;
  const to = resolveParent(t, newpath);
  if (typeof to === 'number') return to;
  if (from.name === '' || from.name === '.' || from.name === '..') return -EBUSY;
  if (to.name === '' || to.name === '.' || to.name === '..') return -EBUSY;
  const srcDir = from.dir.inode as DirInode;
  const dstDir = to.dir.inode as DirInode;
  const src = srcDir.lookup(from.name);
  if (!src) return -ENOENT;
  const dst = dstDir.lookup(to.name);
  if (from.dir.mnt !== to.dir.mnt) return -EXDEV;
  if (dst && flags & RENAME_NOREPLACE) return -EEXIST;
  if (dst === src) return 0;
  const bad = mayModify(t, from, src);
  if (bad < 0) return bad;
  const bad2 = mayModify(t, to, dst);
  if (bad2 < 0) return bad2;
  if (isMountpoint(from, src) || (dst && isMountpoint(to, dst))) return -EBUSY;
  if (src instanceof DirInode) {
    if (dst && !(dst instanceof DirInode)) return -ENOTDIR;
    if (dst instanceof DirInode && dst.list().length > 0) return -ENOTEMPTY;
    if (src === dstDir || isAncestor(src, dstDir)) return -EINVAL;
  } else if (dst instanceof DirInode) return -EISDIR;
  if (!(src instanceof DirInode) && (from.trailingSlash || to.trailingSlash)) return -ENOTDIR;
  return srcDir.renameEntry(from.name, dstDir, to.name);
}

export function sysRename(k: KernelCore, t: Task, oldpath: string, newpath: string): number {
  return sysRenameat2(k, t, oldpath, newpath, 0);
}
