// What COPY/ADD do to the filesystem (moby performCopyForInfo), written into an Upper:
//   a directory source: its contents go into the destination (created 0755 if missing), each
//     copied directory keeps its mode and mtime;
//   a file: into DEST/ when DEST ends in '/' or is a directory, else to DEST; missing parents
//     are created 0755 and owned like the copy;
//   ADD of a local tar archive: unpacked into the destination, owners as in the archive.
// Copies are owned by the --chown identity (0:0 by default); COPY --from without --chown keeps
// the owners of the source image. Directories that receive entries get the step's time.

import { basename } from '../../../lib/path';
import { readTar } from '../../../userland/libc/tar';
import type { DirNode, FileNode, TreeNode } from '../../image/tree';
import { decodeLayer } from '../../image/unpack';
import type { Identity } from './chown';
import { resolveInScope } from './scope';
import type { CopyInfo } from './sources';
import type { Upper } from './upper';
import { setOwner } from './upper';

const join = (dir: string, name: string): string => (dir === '' ? name : `${dir}/${name}`);

class TreeCopier {
  private readonly files = new Map<FileNode, FileNode>();

  constructor(
    private readonly upper: Upper,
    private readonly owner: Identity | undefined,
  ) {}

  /** A copy of a node (without children), owned as the copy must be. */
  clone(node: Exclude<TreeNode, { kind: 'whiteout' | 'dir' }>): TreeNode {
    if (node.kind === 'file') {
      const seen = this.files.get(node);
      if (seen) return seen;
      const copy = this.own({ ...node });
      this.files.set(node, copy);
      return copy;
    }
    return this.own({ ...node });
  }

  own<T extends TreeNode>(node: T): T {
    if (node.kind === 'whiteout') return node;
    return this.owner ? setOwner(node, this.owner.uid, this.owner.gid) : setOwner(node, node.uid, node.gid);
  }

  /** Copy the children of `src` into the upper directory at `dest` (untar semantics). */
  contents(src: DirNode, dest: string): string | undefined {
    const names = [...src.children.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (const name of names) {
      const child = src.children.get(name);
      if (!child || child.kind === 'whiteout') continue;
      const path = join(dest, name);
      if (child.kind !== 'dir') {
        const err = this.upper.put(path, this.clone(child));
        if (err !== undefined) return err;
        continue;
      }
      const merged = this.upper.lookup(path);
      if (merged !== 'missing' && merged !== 'notdir' && merged.kind !== 'dir') {
        const err = this.upper.put(path, this.own({ ...child, children: new Map() }));
        if (err !== undefined) return err;
      }
      const dir = this.upper.dir(path);
      if ('error' in dir) return dir.error;
      const err = this.contents(child, path);
      if (err !== undefined) return err;
      Object.assign(dir, { mode: child.mode, mtime: child.mtime });
      this.own(Object.assign(dir, { uid: child.uid, gid: child.gid }));
    }
    return undefined;
  }
}

/** ADD's isArchivePath: a non-empty file that reads as a tar archive. */
export function isArchive(node: TreeNode): node is FileNode {
  if (node.kind !== 'file' || node.data.length === 0) return false;
  const { members, issues } = readTar(node.data);
  return members.length > 0 && !issues.some((i) => i.problem === 'not-tar');
}

export interface CopyTarget {
  readonly upper: Upper;
  /** The image root's name in errors (the daemon's overlay mount). */
  readonly shown: string;
  /** The destination as normalized (absolute, trailing '/' kept). */
  readonly dest: string;
  readonly owner: Identity | undefined;
  readonly decompress: boolean;
}

/** Copy one source into the upper; an error text when something is in the way. */
export function copyInfo(t: CopyTarget, info: CopyInfo): string | undefined {
  const src = resolveInScope(info.fs.lookup, info.path);
  const node = typeof src === 'string' ? info.fs.lookup(src) : 'missing';
  if (node === 'missing' || node === 'notdir' || node.kind === 'whiteout') {
    return `source path not found: stat ${info.path}: no such file or directory`;
  }
  const dest = resolveInScope(t.upper.lookup, t.dest, t.shown);
  if (typeof dest !== 'string') return dest.error;
  const root = { uid: 0, gid: 0 };
  if (node.kind === 'dir') {
    const existed = t.upper.lookup(dest);
    const dir = t.upper.dir(dest);
    if ('error' in dir) return `failed to copy directory: ${dir.error}`;
    const copier = new TreeCopier(t.upper, t.owner);
    if (existed === 'missing' && t.owner) setOwner(dir, t.owner.uid, t.owner.gid);
    return copier.contents(node, dest);
  }
  if (t.decompress && !info.noDecompress && isArchive(node)) {
    const unpacked = decodeLayer(node.data);
    if (!unpacked.ok) return unpacked.error;
    const dir = t.upper.dir(dest);
    if ('error' in dir) return dir.error;
    return new TreeCopier(t.upper, undefined).contents(unpacked.root, dest);
  }
  const existing = t.upper.lookup(dest);
  const isDir = existing !== 'missing' && existing !== 'notdir' && existing.kind === 'dir';
  const target = t.dest.endsWith('/') || isDir ? join(dest, basename(info.path)) : dest;
  const owner = t.owner ?? root;
  const copy = new TreeCopier(t.upper, t.owner).clone(node);
  return t.upper.put(target, copy, owner.uid, owner.gid);
}
