// A step's filesystem changes, built without a container: an overlay-style upper directory over
// the (read-only) flattened image. Directories on the way to a change are copied up with their
// attributes; a directory that gains an entry gets the step's time as mtime; new directories are
// 0755. encodeLayer turns the upper into the layer tar.

import type { DirNode, TreeNode } from '../../image/tree';
import { dirNode } from '../../image/tree';
import type { Lookup } from './scope';

/** Owner and the names Docker's layer tars carry for them ("root" for 0). */
export function setOwner<T extends TreeNode>(node: T, uid: number, gid: number): T {
  if (node.kind === 'whiteout') return node;
  node.uid = uid;
  node.gid = gid;
  if (uid === 0) node.uname = 'root';
  else delete node.uname;
  if (gid === 0) node.gname = 'root';
  else delete node.gname;
  return node;
}

export class Upper {
  readonly root: DirNode = dirNode();

  constructor(
    private readonly lower: DirNode,
    /** The step's time, seconds. */
    readonly now: number,
  ) {}

  /** The merged view (upper over lower), without following symlinks. */
  readonly lookup: Lookup = (path) => {
    let up: TreeNode | undefined = this.root;
    let low: TreeNode | undefined = this.lower;
    let node: TreeNode = this.root;
    for (const c of path.split('/')) {
      if (c === '') continue;
      if (node.kind !== 'dir') return 'notdir';
      const nu: TreeNode | undefined = up && up.kind === 'dir' ? up.children.get(c) : undefined;
      const nl: TreeNode | undefined = low && low.kind === 'dir' ? low.children.get(c) : undefined;
      const next = nu ?? nl;
      if (!next || next.kind === 'whiteout') return 'missing';
      low = nu && (nu.kind !== 'dir' || nu.opaque) ? undefined : nl;
      up = nu;
      node = next;
    }
    return node;
  };

  /** The upper directory at `path` (components of a resolved path), copied up or created. */
  dir(path: string, uid = 0, gid = 0): DirNode | { error: string } {
    let dir = this.root;
    let prefix = '';
    for (const c of path.split('/')) {
      if (c === '') continue;
      prefix = prefix === '' ? c : `${prefix}/${c}`;
      const existing = dir.children.get(c);
      if (existing && existing.kind === 'dir') {
        dir = existing;
        continue;
      }
      const merged = this.lookup(prefix);
      if (merged !== 'missing' && merged !== 'notdir' && merged.kind !== 'dir') {
        return { error: `mkdir /${prefix}: not a directory` };
      }
      let made: DirNode;
      if (merged !== 'missing' && merged !== 'notdir' && merged.kind === 'dir') {
        const { children: _c, opaque: _o, ...meta } = merged;
        made = { ...meta, kind: 'dir', children: new Map() };
      } else {
        made = setOwner(dirNode(0o755, this.now), uid, gid);
        dir.mtime = this.now;
      }
      dir.children.set(c, made);
      dir = made;
    }
    return dir;
  }

  /** Put a node at `path` (its parent must be a directory in the merged view). */
  put(path: string, node: TreeNode, uid = 0, gid = 0): string | undefined {
    const parts = path.split('/').filter((c) => c !== '');
    const base = parts.pop();
    if (base === undefined) return undefined;
    const parent = this.dir(parts.join('/'), uid, gid);
    if ('error' in parent) return parent.error;
    parent.children.set(base, node);
    parent.mtime = this.now;
    return undefined;
  }
}
