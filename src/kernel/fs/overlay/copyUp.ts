// Copy-up (fs/overlayfs/copy_up.c): before an object from a lower layer is changed, it is copied
// into the upper layer — parents first — keeping mode, owner, times and xattrs, and marked with
// trusted.overlay.origin (not for a lower hard link: copying one up breaks the link), and the
// upper parent is marked impure. Only the upper copy is changed afterwards; the lower layer
// never is. Preconditions: the overlay has an upper layer (callers check for EROFS first).
// Simplification: the origin xattr holds the lower inode and device numbers instead of a file
// handle; `originOf` stands for decoding it back to the lower inode.

import { S_IFDIR, S_IFMT, S_IFREG } from '../../abi/stat';
import { RegularInode, SymlinkInode } from '../../vfs/inode';
import type { Inode, DirInode } from '../../vfs/inode';
import type { OvlDir } from './inode';

/** A non-directory of the merged tree (a file, device, fifo or symlink). */
export interface OvlLeaf {
  upper: Inode | undefined;
  lower: Inode | undefined;
  readonly ovlParent: OvlDir;
  readonly name: string;
}
import { ORIGIN_XATTR, markImpure } from './whiteout';

/** The lower inode an upper object was copied up from (what its origin xattr names). */
export const originOf = new WeakMap<Inode, Inode>();

function copyAttrs(from: Inode, to: Inode): void {
  to.uid = from.uid;
  to.gid = from.gid;
  to.atimeNs = from.atimeNs;
  to.mtimeNs = from.mtimeNs;
  for (const name of from.listxattr()) {
    if (name.startsWith('trusted.overlay.')) continue;
    const v = from.getxattr(name);
    if (v instanceof Uint8Array) to.setxattr(name, v, 0);
  }
  if ((from.mode & S_IFMT) !== S_IFDIR && from.nlink !== 1) return;
  setOrigin(from, to);
}

/** Record that `to` (upper) was copied up from `from` (lower): trusted.overlay.origin. */
export function setOrigin(from: Inode, to: Inode): void {
  const origin = new Uint8Array(12);
  new DataView(origin.buffer).setUint32(0, from.ino);
  new DataView(origin.buffer).setUint32(4, from.sb.dev);
  to.setxattr(ORIGIN_XATTR, origin, 0);
  originOf.set(to, from);
}

/** Make sure a merged directory has its upper directory; returns it. */
export function copyUpDir(dir: OvlDir): DirInode {
  if (dir.upper) return dir.upper;
  const parent = dir.ovlParent;
  const src = dir.lowers[0];
  if (!parent || !src) throw new Error('overlay: copy-up of a root without upper');
  const upParent = copyUpDir(parent);
  markImpure(upParent);
  const made = upParent.create(dir.name, S_IFDIR | (src.mode & 0o7777), 0) as DirInode;
  copyAttrs(src, made);
  dir.upper = made;
  return made;
}

/** Copy a lower non-directory up; returns the upper copy. */
export function copyUpFile(file: OvlLeaf): Inode {
  if (file.upper) return file.upper;
  const src = file.lower!;
  const upParent = copyUpDir(file.ovlParent);
  markImpure(upParent);
  const type = src.mode & S_IFMT;
  const target = src instanceof SymlinkInode ? src.readlink() : undefined;
  const made = upParent.create(
    file.name,
    type | (src.mode & 0o7777),
    src.rdev,
    typeof target === 'string' ? target : undefined,
  ) as Inode;
  if (type === S_IFREG && src instanceof RegularInode && made instanceof RegularInode)
    made.setBytes(src.bytes());
  copyAttrs(src, made);
  made.mtimeNs = src.mtimeNs;
  file.upper = made;
  return made;
}
