// Reading the machine's own files for the layer view, straight from the initial mount namespace's
// inodes (what `ls -l`, `cat` and `getfattr` would show as root), without running a process.
// A layer directory becomes a LayerNode tree: whiteouts are 0/0 character devices, opaque
// directories carry trusted.overlay.opaque="y" (fs/overlay's own tests decide both).

import type { Kernel } from '../../../kernel';
import { S_IFCHR, S_IFDIR, S_IFLNK, S_IFMT, S_IFREG } from '../../../kernel/abi/stat';
import { isOpaque, isWhiteout } from '../../../kernel/fs/overlay/whiteout';
import { DirInode, RegularInode, SymlinkInode } from '../../../kernel/vfs/inode';
import type { Inode } from '../../../kernel/vfs/inode';
import { lookupPath } from '../../../kernel/vfs/lookup';
import { decode } from '../../../lib/utf8';
import type { FileContent, LayerNode, NodeKind } from './types';

const ROOT = { uid: 0, gid: 0, euid: 0, egid: 0, groups: [], caps: true };

/** The inode at an absolute path (symlinks followed), or undefined. */
export function inodeAt(kernel: Kernel, path: string, follow = true): Inode | undefined {
  const p = lookupPath(kernel.core.bootFs(), ROOT, path, { follow });
  return typeof p === 'number' ? undefined : p.inode;
}

/** A small text file's content without its trailing newline, or undefined. */
export function readText(kernel: Kernel, path: string): string | undefined {
  const inode = inodeAt(kernel, path);
  return inode instanceof RegularInode ? decode(inode.bytes()).replace(/\n$/, '') : undefined;
}

/** A whole regular file's bytes (a view: do not keep), or undefined. */
export function readBytes(kernel: Kernel, path: string): Uint8Array | undefined {
  const inode = inodeAt(kernel, path);
  return inode instanceof RegularInode ? inode.bytes() : undefined;
}

/** Names in a directory, sorted, or [] when it is missing. */
export function listDir(kernel: Kernel, path: string): string[] {
  const inode = inodeAt(kernel, path);
  return inode instanceof DirInode
    ? inode
        .list()
        .map(([n]) => n)
        .sort()
    : [];
}

/** The target of a symlink (not followed), or undefined. */
export function readLink(kernel: Kernel, path: string): string | undefined {
  const inode = inodeAt(kernel, path, false);
  if (!(inode instanceof SymlinkInode)) return undefined;
  const t = inode.readlink();
  return typeof t === 'string' ? t : undefined;
}

function kindOf(inode: Inode): NodeKind {
  switch (inode.mode & S_IFMT) {
    case S_IFREG:
      return 'file';
    case S_IFDIR:
      return 'dir';
    case S_IFLNK:
      return 'symlink';
    case S_IFCHR:
      return isWhiteout(inode) ? 'whiteout' : 'other';
    default:
      return 'other';
  }
}

const byName = (a: LayerNode, b: LayerNode): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const same = (a: readonly LayerNode[], b: readonly LayerNode[] | undefined): boolean =>
  b !== undefined && a.length === b.length && a.every((n, i) => n === b[i]);

function childOf(prev: LayerNode | undefined, name: string): LayerNode | undefined {
  const list = prev?.children;
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const n = list[mid]!;
    if (n.name === name) return n;
    if (n.name < name) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/**
 * A directory inode as a LayerNode tree (the whole subtree). With `prev` (the same directory read
 * before), unchanged parts are returned as the very same objects, so a re-read that found no
 * change gives back `prev` itself and the view's caches keyed by tree identity stay valid.
 */
export function treeOf(inode: Inode, name: string, prev?: LayerNode): LayerNode {
  const kind = kindOf(inode);
  const mode = inode.attrSource().mode;
  if (kind === 'dir' && inode instanceof DirInode) {
    const children = inode.list().map(([n, child]) => treeOf(child, n, childOf(prev, n)));
    children.sort(byName);
    const opaque = isOpaque(inode);
    if (prev && prev.mode === mode && prev.opaque === (opaque || undefined) && same(children, prev.children))
      return prev;
    let total = 0;
    let count = 0;
    for (const c of children) {
      total += c.total;
      count += c.count + 1;
    }
    const node = { name, kind, size: 0, mode, children, total, count };
    return opaque ? { ...node, opaque: true } : node;
  }
  const size = kind === 'file' || kind === 'symlink' ? inode.size() : 0;
  const target = inode instanceof SymlinkInode ? inode.target : undefined;
  if (prev && prev.kind === kind && prev.mode === mode && prev.size === size && prev.target === target)
    return prev;
  const node = { name, kind, size, mode, total: size, count: 0 };
  return target === undefined ? node : { ...node, target };
}

/** The tree of a layer directory, or an empty directory when it is missing. */
export function layerTree(kernel: Kernel, dir: string, prev?: LayerNode): LayerNode {
  const inode = inodeAt(kernel, dir);
  if (!inode)
    return { name: '', kind: 'dir', size: 0, mode: S_IFDIR | 0o755, children: [], total: 0, count: 0 };
  return treeOf(inode, '', prev);
}

/** The first `maxBytes` of a regular file (symlinks followed), or undefined. */
export function readFile(kernel: Kernel, path: string, maxBytes = 4096): FileContent | undefined {
  const inode = inodeAt(kernel, path);
  if (!(inode instanceof RegularInode)) return undefined;
  const all = inode.bytes();
  const n = Math.min(all.length, Math.max(0, maxBytes));
  return { path, size: all.length, bytes: all.slice(0, n), truncated: n < all.length };
}
