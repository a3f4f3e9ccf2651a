// What stat and getxattr see of an overlay object (fs/overlayfs/inode.c ovl_getattr, xattrs.c):
// the attributes of the real inode on top, except that a merged directory (an upper joined with
// lower ones, or several lowers) reports one link, and overlay's own trusted.overlay.* xattrs are
// hidden (getxattr: ENODATA). Inode numbers: a copied-up object keeps its origin's number
// (samefs, xino=off), unless the origin was a hard link.

import { ENODATA } from '../../abi/errno';
import type { Inode } from '../../vfs/inode';
import { originOf } from './copyUp';
import { ORIGIN_XATTR } from './whiteout';

const PRIVATE = 'trusted.overlay.';

const views = [new WeakMap<Inode, Inode>(), new WeakMap<Inode, Inode>()];

/** A read-only stand-in for `real` as the merged object shows it (made once per inode). */
export function attrView(real: Inode, merged: boolean): Inode {
  const cache = views[merged ? 1 : 0]!;
  const known = cache.get(real);
  if (known) return known;
  const view = Object.create(real) as Inode;
  cache.set(real, view);
  if (merged) Object.defineProperty(view, 'nlink', { value: 1 });
  view.listxattr = () => real.listxattr().filter((n) => !n.startsWith(PRIVATE));
  view.getxattr = (name) => (name.startsWith(PRIVATE) ? -ENODATA : real.getxattr(name));
  return view;
}

/** The lower inode an upper object was copied up from, if its origin xattr is there. */
export function originFor(upper: Inode): Inode | undefined {
  return upper.getxattr(ORIGIN_XATTR) instanceof Uint8Array ? originOf.get(upper) : undefined;
}

/** st_ino of a non-directory made of `upper` and/or `lower`. */
export function leafIno(upper: Inode | undefined, lower: Inode | undefined): number {
  if (!upper) return lower!.ino;
  const origin = originFor(upper);
  return origin && origin.nlink === 1 ? origin.ino : upper.ino;
}
