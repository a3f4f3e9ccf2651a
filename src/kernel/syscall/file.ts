// File-descriptor system calls: open, read, write, lseek, dup, fcntl, pipe2, ioctl, getdents64
// (fs/open.c, fs/read_write.c, fs/fcntl.c, fs/pipe.c, fs/readdir.c).

import { EBADF, EEXIST, EINVAL, EISDIR, ELOOP, ENOENT, ENOTDIR, ESPIPE, EROFS } from '../abi/errno';
import {
  F_DUPFD,
  F_DUPFD_CLOEXEC,
  F_GETFD,
  F_GETFL,
  F_SETFD,
  F_SETFL,
  FD_CLOEXEC,
  O_ACCMODE,
  O_APPEND,
  O_CLOEXEC,
  O_CREAT,
  O_DIRECTORY,
  O_EXCL,
  O_NOFOLLOW,
  O_NONBLOCK,
  O_RDONLY,
  O_TRUNC,
  O_WRONLY,
  SEEK_CUR,
  SEEK_END,
  SEEK_SET,
} from '../abi/fcntl';
import { S_IFDIR, S_IFIFO, S_IFLNK, S_IFMT, S_IFREG, dtFromMode } from '../abi/stat';
import type { Dirent, Stat } from '../abi/stat';
import { encode } from '../../lib/utf8';
import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import { DirInode, isBlock } from '../vfs/inode';
import type { Block, Inode } from '../vfs/inode';
import { OpenFile } from '../vfs/file';
import type { Path } from '../vfs/mount';
import { parentOf } from '../vfs/lookup';
import { MAY_EXEC, MAY_READ, MAY_WRITE, permission } from '../vfs/permission';
import { FifoInode } from '../ipc/pipe';
import { absolute, checkWritable, fileOf, resolve, resolveParent, statFor } from './util';

function openCreate(k: KernelCore, t: Task, path: string, flags: number, mode: number): Path | number {
  const parent = resolveParent(t, path);
  if (typeof parent === 'number') return parent;
  const dir = parent.dir.inode as DirInode;
  if (parent.name === '' || parent.name === '.' || parent.name === '..') return -EISDIR;
  const existing = dir.lookup(parent.name);
  if (existing) {
    if (flags & O_EXCL) return -EEXIST;
    return resolve(t, path, !(flags & O_NOFOLLOW));
  }
  if (parent.trailingSlash) return -EISDIR;
  const denied = permission(t.cred, dir, MAY_WRITE | MAY_EXEC);
  if (denied < 0) return denied;
  const ro = checkWritable(parent.dir.mnt);
  if (ro < 0) return ro;
  const refused = dir.mutable();
  if (refused < 0) return refused;
  const inode = dir.create(parent.name, S_IFREG | (mode & ~t.fs.umask & 0o7777), 0);
  if (typeof inode === 'number') return inode;
  inode.setattr((real) => {
    real.uid = t.cred.euid;
    real.gid = t.cred.egid;
    return 0;
  });
  void k;
  return { mnt: parent.dir.mnt, inode };
}

function checkOpen(t: Task, p: Path, flags: number): number {
  const inode = p.inode;
  const type = inode.mode & S_IFMT;
  const acc = flags & O_ACCMODE;
  if (type === S_IFLNK) return -ELOOP;
  if (flags & O_DIRECTORY && type !== S_IFDIR) return -ENOTDIR;
  if (type === S_IFDIR && (acc !== O_RDONLY || flags & O_TRUNC)) return -EISDIR;
  const mask = (acc !== O_WRONLY ? MAY_READ : 0) | (acc !== O_RDONLY || flags & O_TRUNC ? MAY_WRITE : 0);
  const denied = permission(t.cred, inode, mask);
  if (denied < 0) return denied;
  if (mask & MAY_WRITE && (type === S_IFREG || type === S_IFDIR) && checkWritable(p.mnt) < 0) return -EROFS;
  return 0;
}

export function sysOpen(k: KernelCore, t: Task, path: string, flags: number, mode = 0o666): number | Block {
  const found =
    flags & O_CREAT ? openCreate(k, t, path, flags, mode) : resolve(t, path, !(flags & O_NOFOLLOW));
  if (typeof found === 'number') return found;
  const bad = checkOpen(t, found, flags);
  if (bad < 0) return bad;
  const file = new OpenFile(
    found.inode,
    found.mnt,
    flags & ~(O_CREAT | O_EXCL | O_TRUNC | O_CLOEXEC),
    absolute(t, path),
  );
  const r = found.inode.open(file);
  if (isBlock(r) || r < 0) return r;
  if (flags & O_TRUNC && (found.inode.mode & S_IFMT) === S_IFREG && (flags & O_ACCMODE) !== O_RDONLY) {
    found.inode.truncate(0);
  }
  return t.fds.install(file, (flags & O_CLOEXEC) !== 0);
}

export function sysClose(_k: KernelCore, t: Task, fd: number): number {
  return t.fds.close(fd);
}

export function sysRead(_k: KernelCore, t: Task, fd: number, count: number): Uint8Array | number | Block {
  const file = fileOf(t, fd);
  if (typeof file === 'number') return file;
  if (!file.canRead()) return -EBADF;
  if ((file.inode.mode & S_IFMT) === S_IFDIR) return -EISDIR;
  const r = file.inode.read(file, file.pos, Math.max(0, count));
  if (r instanceof Uint8Array) file.pos += r.length;
  return r;
}

export function sysPread(
  _k: KernelCore,
  t: Task,
  fd: number,
  count: number,
  offset: number,
): Uint8Array | number | Block {
  const file = fileOf(t, fd);
  if (typeof file === 'number') return file;
  if (!file.canRead()) return -EBADF;
  if ((file.inode.mode & S_IFMT) !== S_IFREG) return -ESPIPE;
  return file.inode.read(file, offset, count);
}

export function sysWrite(_k: KernelCore, t: Task, fd: number, data: Uint8Array | string): number | Block {
  const file = fileOf(t, fd);
  if (typeof file === 'number') return file;
  if (!file.canWrite()) return -EBADF;
  const bytes = typeof data === 'string' ? encode(data) : data;
  if (file.flags & O_APPEND) file.pos = file.inode.size();
  const r = file.inode.write(file, file.pos, bytes);
  if (typeof r === 'number' && r > 0) file.pos += r;
  return r;
}

export function sysLseek(_k: KernelCore, t: Task, fd: number, offset: number, whence: number): number {
  const file = fileOf(t, fd);
  if (typeof file === 'number') return file;
  const type = file.inode.mode & S_IFMT;
  if (type === S_IFIFO || file.driver) return -ESPIPE;
  const base =
    whence === SEEK_SET ? 0 : whence === SEEK_CUR ? file.pos : whence === SEEK_END ? file.inode.size() : NaN;
  const pos = base + offset;
  if (!Number.isFinite(pos) || pos < 0) return -EINVAL;
  file.pos = pos;
  if (type === S_IFDIR && pos === 0) file.dirDone = false;
  return pos;
}

export function sysDup(_k: KernelCore, t: Task, fd: number): number {
  const file = fileOf(t, fd);
  return typeof file === 'number' ? file : t.fds.install(file, false);
}

export function sysDup2(_k: KernelCore, t: Task, oldfd: number, newfd: number): number {
  const file = fileOf(t, oldfd);
  if (typeof file === 'number') return file;
  if (oldfd === newfd) return newfd;
  return t.fds.installAt(newfd, file, false);
}

export function sysFcntl(_k: KernelCore, t: Task, fd: number, cmd: number, arg = 0): number {
  const entry = t.fds.fds.get(fd);
  if (!entry) return -EBADF;
  switch (cmd) {
    case F_DUPFD:
    case F_DUPFD_CLOEXEC:
      return t.fds.install(entry.file, cmd === F_DUPFD_CLOEXEC, arg);
    case F_GETFD:
      return entry.cloexec ? FD_CLOEXEC : 0;
    case F_SETFD:
      entry.cloexec = (arg & FD_CLOEXEC) !== 0;
      return 0;
    case F_GETFL:
      return entry.file.flags;
    case F_SETFL:
      entry.file.flags = (entry.file.flags & ~(O_APPEND | O_NONBLOCK)) | (arg & (O_APPEND | O_NONBLOCK));
      return 0;
    default:
      return -EINVAL;
  }
}

export function sysPipe2(k: KernelCore, t: Task, flags: number): readonly [number, number] | number {
  const inode = new FifoInode(k.pipefs, k.pipefs.allocIno(), S_IFIFO | 0o600);
  const name = `pipe:[${inode.ino}]`;
  const extra = flags & O_NONBLOCK;
  const r = new OpenFile(inode, undefined, O_RDONLY | extra, name);
  const w = new OpenFile(inode, undefined, O_WRONLY | extra, name);
  inode.open(r);
  inode.open(w);
  const cloexec = (flags & O_CLOEXEC) !== 0;
  const rfd = t.fds.install(r, cloexec);
  if (rfd < 0) {
    inode.release(r);
    inode.release(w);
    return rfd;
  }
  const wfd = t.fds.install(w, cloexec);
  if (wfd < 0) {
    t.fds.close(rfd);
    inode.release(w);
    return wfd;
  }
  return [rfd, wfd];
}

export function sysIoctl(_k: KernelCore, t: Task, fd: number, request: number, arg: unknown): unknown {
  const file = fileOf(t, fd);
  if (typeof file === 'number') return file;
  return file.inode.ioctl(file, request, arg);
}

export function sysFstat(k: KernelCore, t: Task, fd: number): Stat | number {
  const file = fileOf(t, fd);
  return typeof file === 'number' ? file : statFor(t, file.inode, k.clock);
}

function entry(name: string, inode: Inode): Dirent {
  return { ino: inode.ino, type: dtFromMode(inode.mode), name };
}

export function sysGetdents64(_k: KernelCore, t: Task, fd: number): Dirent[] | number {
  const file = fileOf(t, fd);
  if (typeof file === 'number') return file;
  const dir = file.inode;
  if (!(dir instanceof DirInode)) return -ENOTDIR;
  if (file.dirDone) return [];
  file.dirDone = true;
  if (dir.nlink === 0) return -ENOENT;
  const here: Path = { mnt: file.mount ?? t.fs.root.mnt, inode: dir };
  const up = parentOf(here, t.fs.root).inode;
  const out = [entry('.', dir), entry('..', up)];
  for (const [name, child] of dir.list()) out.push(entry(name, child));
  return out;
}
