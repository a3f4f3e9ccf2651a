// Path resolution (path_resolution(7), fs/namei.c): walk components from the task's root or cwd,
// cross into mounts, follow symlinks (at most 40: ELOOP), check search permission on each directory.

import { EACCES, ELOOP, ENAMETOOLONG, ENOENT, ENOTDIR } from '../abi/errno';
import { S_IFDIR, S_IFLNK, S_IFMT } from '../abi/stat';
import { DirInode } from './inode';
import type { Inode, SymlinkInode } from './inode';
import type { Path } from './mount';
import { MAY_EXEC, permission } from './permission';
import type { Cred } from './permission';

export const MAXSYMLINKS = 40;
export const PATH_MAX = 4096;

export interface FsContext {
  root: Path;
  cwd: Path;
  umask: number;
}

export interface WalkOptions {
  /** Follow a symlink in the last component (stat vs lstat). */
  readonly follow: boolean;
  /** Treat a trailing slash as "must be a directory". */
  readonly dirOnly?: boolean;
}

interface Walker {
  readonly fs: FsContext;
  readonly cred: Cred;
  links: number;
}

const isDir = (i: Inode): boolean => (i.mode & S_IFMT) === S_IFDIR;

/** Step into whatever is mounted on `p`, repeatedly (stacked mounts). */
export function crossMounts(p: Path): Path {
  let cur = p;
  for (;;) {
    const m = cur.mnt.children.get(cur.inode);
    if (!m) return cur;
    cur = { mnt: m, inode: m.root };
  }
}

/** `..` of a path, staying inside the task's root (chroot). */
export function parentOf(p: Path, root: Path): Path {
  let cur = p;
  for (;;) {
    if (cur.mnt === root.mnt && cur.inode === root.inode) return cur;
    if (cur.inode === cur.mnt.root && cur.mnt.parent && cur.mnt.mountpoint) {
      cur = { mnt: cur.mnt.parent, inode: cur.mnt.mountpoint };
      continue;
    }
    break;
  }
  const parent = cur.inode instanceof DirInode ? cur.inode.parent : cur.inode;
  return crossMounts({ mnt: cur.mnt, inode: parent });
}

function walk(w: Walker, start: Path, path: string, opts: WalkOptions): Path | number {
  if (path.length >= PATH_MAX) return -ENAMETOOLONG;
  let cur = path.startsWith('/') ? w.fs.root : start;
  const parts = path.split('/').filter((c) => c !== '');
  const trailingSlash = path.endsWith('/') && parts.length > 0;
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i]!;
    if (!isDir(cur.inode)) return -ENOTDIR;
    const denied = permission(w.cred, cur.inode, MAY_EXEC);
    if (denied < 0) return denied;
    if (name.length > 255) return -ENAMETOOLONG;
    if (name === '.') continue;
    if (name === '..') {
      cur = parentOf(cur, w.fs.root);
      continue;
    }
    const dir = cur.inode as DirInode;
    const child = dir.lookup(name);
    if (!child) return -ENOENT;
    const next = crossMounts({ mnt: cur.mnt, inode: child });
    const last = i === parts.length - 1;
    if ((next.inode.mode & S_IFMT) === S_IFLNK && (!last || opts.follow || trailingSlash)) {
      if (++w.links > MAXSYMLINKS) return -ELOOP;
      const link = next.inode as SymlinkInode;
      const magic = link.follow();
      if (typeof magic === 'number') return magic;
      if (magic) {
        cur = magic;
        continue;
      }
      const target = link.readlink();
      if (typeof target === 'number') return target;
      const rest = parts.slice(i + 1).join('/');
      const joined = rest === '' ? target + (trailingSlash ? '/' : '') : `${target}/${rest}`;
      return walk(w, cur, joined, opts);
    }
    cur = next;
  }
  if ((trailingSlash || opts.dirOnly) && !isDir(cur.inode)) return -ENOTDIR;
  return cur;
}

/** Resolve a whole path. */
export function lookupPath(fs: FsContext, cred: Cred, path: string, opts: WalkOptions): Path | number {
  if (path === '') return -ENOENT;
  return walk({ fs, cred, links: 0 }, fs.cwd, path, opts);
}

export interface ParentLookup {
  readonly dir: Path;
  /** The final component ('' for "/", may be '.' or '..'). */
  readonly name: string;
  readonly trailingSlash: boolean;
}

/** Resolve all but the last component (for create, unlink, rename, mkdir). */
export function lookupParent(fs: FsContext, cred: Cred, path: string): ParentLookup | number {
  if (path === '') return -ENOENT;
  if (path.length >= PATH_MAX) return -ENAMETOOLONG;
  const trimmed = path.replace(/\/+$/, '');
  const trailingSlash = trimmed.length !== path.length;
  if (trimmed === '') return { dir: fs.root, name: '', trailingSlash };
  const slash = trimmed.lastIndexOf('/');
  const dirPart = slash < 0 ? '.' : slash === 0 ? '/' : trimmed.slice(0, slash);
  const name = trimmed.slice(slash + 1);
  const dir = walk({ fs, cred, links: 0 }, fs.cwd, dirPart, { follow: true });
  if (typeof dir === 'number') return dir;
  if (!isDir(dir.inode)) return -ENOTDIR;
  const denied = permission(cred, dir.inode, MAY_EXEC);
  if (denied < 0) return denied === -EACCES ? denied : denied;
  if (name.length > 255) return -ENAMETOOLONG;
  return { dir, name, trailingSlash };
}

/** The absolute path of `p` as seen from `root` (getcwd, /proc/PID/cwd, mountinfo). */
export function pathName(p: Path, root: Path): string {
  const names: string[] = [];
  let cur = p;
  for (let guard = 0; guard < 4096; guard++) {
    if (cur.mnt === root.mnt && cur.inode === root.inode) break;
    if (cur.inode === cur.mnt.root) {
      if (!cur.mnt.parent || !cur.mnt.mountpoint) break;
      const leaf = cur.mnt.leaf;
      if (leaf) {
        names.push(leaf.name);
        cur = { mnt: cur.mnt.parent, inode: leaf.dir };
        continue;
      }
      cur = { mnt: cur.mnt.parent, inode: cur.mnt.mountpoint };
      continue;
    }
    if (!(cur.inode instanceof DirInode)) break;
    names.push(cur.inode.name);
    cur = { mnt: cur.mnt, inode: cur.inode.parent };
  }
  return '/' + names.reverse().join('/');
}
