// What the daemon does to the host filesystem, through system calls only: materialise a layer's
// tree into an overlay2 `diff` directory (whiteouts as 0/0 character devices, opaque directories
// as trusted.overlay.opaque="y", hard links as links), read an upper directory back into a tree
// (for docker diff and commit), write small state files, and remove a directory tree.

import { O_CREAT, O_TRUNC, O_WRONLY } from '../../kernel/abi/fcntl';
import { S_IFCHR, S_IFMT, S_IFBLK, S_IFDIR, S_IFIFO, S_IFLNK, S_IFREG, makedev } from '../../kernel/abi/stat';
import { AT_SYMLINK_NOFOLLOW } from '../../kernel/abi/fcntl';
import type { Gen, Sys } from '../../userland/sys';
import { readDir } from '../../userland/libc/walk';
import { readFile, readText, writeAll } from '../../userland/libc/io';
import type { DirNode, FileNode, TreeNode } from '../image';
import { dirNode, sortedNames } from '../image';
import { encode } from '../../lib/utf8';

export const OPAQUE_XATTR = 'trusted.overlay.opaque';

/** mkdir -p with mode for the new directories; 0 or -errno. Tries the whole path first. */
export function* mkdirAll(sys: Sys, path: string, mode = 0o755): Gen<number> {
  const first = yield* sys.mkdir(path, mode);
  if (first === 0 || first === -17) return 0;
  if (first !== -2) return first;
  let at = '';
  for (const part of path.split('/').filter((p) => p !== '')) {
    at += `/${part}`;
    const r = yield* sys.mkdir(at, mode);
    if (r < 0 && r !== -17) return r;
  }
  return 0;
}

/** Open `path`, or /dev/null when there is none or it cannot be opened (unattached streams). */
export function* openOrNull(sys: Sys, path: string | undefined, flags: number): Gen<number> {
  const fd = path ? yield* sys.open(path, flags) : -1;
  return fd >= 0 ? fd : yield* sys.open('/dev/null', flags);
}

/** Create or replace a file with this content; 0 or -errno. */
export function* writeFileAt(sys: Sys, path: string, data: Uint8Array | string, mode = 0o644): Gen<number> {
  const fd = yield* sys.open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
  if (fd < 0) return fd;
  const n = yield* writeAll(sys, fd, typeof data === 'string' ? encode(data) : data);
  yield* sys.close(fd);
  return n < 0 ? n : 0;
}

/** Write `tree`'s children under the existing directory `dir`. */
export function* writeTree(sys: Sys, dir: string, tree: DirNode): Gen<number> {
  const links = new Map<FileNode, string>();
  if (tree.opaque) yield* sys.setxattr(dir, OPAQUE_XATTR, encode('y'), 0);
  return yield* writeChildren(sys, dir, tree, links);
}

function* writeChildren(sys: Sys, dir: string, tree: DirNode, links: Map<FileNode, string>): Gen<number> {
  for (const name of sortedNames(tree)) {
    const node = tree.children.get(name);
    if (!node) continue;
    const r = yield* writeNode(sys, `${dir}/${name}`, node, links);
    if (r < 0) return r;
  }
  return 0;
}

function* writeNode(sys: Sys, path: string, node: TreeNode, links: Map<FileNode, string>): Gen<number> {
  switch (node.kind) {
    case 'whiteout':
      return yield* sys.mknod(path, S_IFCHR, makedev(0, 0));
    case 'dir': {
      const r = yield* sys.mkdir(path, node.mode);
      if (r < 0 && r !== -17) return r;
      if (node.opaque) yield* sys.setxattr(path, OPAQUE_XATTR, encode('y'), 0);
      const c = yield* writeChildren(sys, path, node, links);
      if (c < 0) return c;
      break;
    }
    case 'file': {
      const first = links.get(node);
      if (first !== undefined) return yield* sys.link(first, path);
      links.set(node, path);
      const r = yield* writeFileAt(sys, path, node.data, node.mode);
      if (r < 0) return r;
      yield* sys.chmod(path, node.mode);
      break;
    }
    case 'symlink': {
      const r = yield* sys.symlink(node.target, path);
      if (r < 0) return r;
      return node.uid !== 0 || node.gid !== 0 ? yield* sys.lchown(path, node.uid, node.gid) : 0;
    }
    default: {
      const type = node.kind === 'chr' ? S_IFCHR : node.kind === 'blk' ? S_IFBLK : S_IFIFO;
      const r = yield* sys.mknod(path, type | node.mode, makedev(node.major, node.minor));
      if (r < 0) return r;
    }
  }
  const own = node.uid !== 0 || node.gid !== 0 ? yield* sys.chown(path, node.uid, node.gid) : 0;
  if (own < 0) return own;
  yield* sys.utimensat(path, null, { sec: node.mtime, nsec: 0 }, AT_SYMLINK_NOFOLLOW);
  return 0;
}

/** Read a directory back into a tree: 0/0 character devices become whiteouts. */
export function* readTree(sys: Sys, dir: string): Gen<DirNode | number> {
  const st = yield* sys.lstat(dir);
  if (typeof st === 'number') return st;
  const root = dirNode(st.mode & 0o7777, st.mtime.sec, st.uid, st.gid);
  const inodes = new Map<number, FileNode>();
  const r = yield* readChildren(sys, dir, root, inodes);
  return r < 0 ? r : root;
}

function* readChildren(sys: Sys, dir: string, into: DirNode, inodes: Map<number, FileNode>): Gen<number> {
  const entries = yield* readDir(sys, dir);
  if (typeof entries === 'number') return entries;
  for (const e of entries) {
    const path = `${dir}/${e.name}`;
    const st = yield* sys.lstat(path);
    if (typeof st === 'number') continue;
    const meta = { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, mtime: st.mtime.sec };
    const type = st.mode & S_IFMT;
    let node: TreeNode;
    if (type === S_IFDIR) {
      const d = dirNode(meta.mode, meta.mtime, meta.uid, meta.gid);
      const opq = yield* sys.lgetxattr(path, OPAQUE_XATTR);
      if (typeof opq !== 'number' && opq[0] === 0x79) d.opaque = true;
      const r = yield* readChildren(sys, path, d, inodes);
      if (r < 0) return r;
      node = d;
    } else if (type === S_IFREG) {
      const seen = st.nlink > 1 ? inodes.get(st.ino) : undefined;
      if (seen) node = seen;
      else {
        const data = yield* readFile(sys, path);
        const f: FileNode = {
          kind: 'file',
          ...meta,
          data: typeof data === 'number' ? new Uint8Array() : data,
        };
        if (st.nlink > 1) inodes.set(st.ino, f);
        node = f;
      }
    } else if (type === S_IFLNK) {
      const target = yield* sys.readlink(path);
      node = { kind: 'symlink', ...meta, target: typeof target === 'number' ? '' : target };
    } else if (type === S_IFCHR && st.rdev === 0) node = { kind: 'whiteout' };
    else {
      const kind = type === S_IFCHR ? 'chr' : type === S_IFBLK ? 'blk' : 'fifo';
      node = { kind, ...meta, major: (st.rdev >> 8) & 0xfff, minor: st.rdev & 0xff };
    }
    into.children.set(e.name, node);
  }
  return 0;
}

/** rm -rf: unmount nothing, just remove; missing paths are fine. */
export function* removeAll(sys: Sys, path: string): Gen<number> {
  const st = yield* sys.lstat(path);
  if (typeof st === 'number') return st === -2 ? 0 : st;
  if ((st.mode & S_IFMT) !== S_IFDIR) return yield* sys.unlink(path);
  const entries = yield* readDir(sys, path);
  if (typeof entries !== 'number') for (const e of entries) yield* removeAll(sys, `${path}/${e.name}`);
  return yield* sys.rmdir(path);
}

/** A file's text, or undefined. */
export function* readTextFile(sys: Sys, path: string): Gen<string | undefined> {
  const text = yield* readText(sys, path);
  return typeof text === 'string' ? text : undefined;
}
