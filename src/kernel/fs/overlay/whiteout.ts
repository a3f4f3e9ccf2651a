// How overlayfs marks deletions in the upper layer (Documentation/filesystems/overlayfs.rst,
// fs/overlayfs/dir.c ovl_whiteout): a whiteout is a character device 0/0 with mode 000; a mount
// makes one in its work directory (named "#N" like every overlay temp file) and hard-links every
// further whiteout to it. An opaque directory carries trusted.overlay.opaque="y" and hides
// everything below it; trusted.overlay.impure="y" marks an upper directory that holds copied-up
// objects. Unlinking from the upper layer drops the real link count (shared whiteouts included).

import { S_IFCHR, S_IFMT } from '../../abi/stat';
import { DirInode } from '../../vfs/inode';
import type { Inode } from '../../vfs/inode';
import { encode } from '../../../lib/utf8';

export const OPAQUE_XATTR = 'trusted.overlay.opaque';
export const REDIRECT_XATTR = 'trusted.overlay.redirect';
export const ORIGIN_XATTR = 'trusted.overlay.origin';
export const UUID_XATTR = 'trusted.overlay.uuid';
export const IMPURE_XATTR = 'trusted.overlay.impure';

/** The mount's work directory (workdir/work) and its shared whiteout, once made. */
export interface WorkDir {
  work: DirInode | undefined;
  whiteout: Inode | undefined;
}

export function isWhiteout(inode: Inode | undefined): boolean {
  return inode !== undefined && (inode.mode & S_IFMT) === S_IFCHR && inode.rdev === 0;
}

export function isOpaque(dir: Inode): boolean {
  const v = dir.getxattr(OPAQUE_XATTR);
  return v instanceof Uint8Array && v.length === 1 && v[0] === 0x79;
}

export function markOpaque(dir: Inode): void {
  dir.setxattr(OPAQUE_XATTR, encode('y'), 0);
}

export function markImpure(dir: Inode): void {
  if (!(dir.getxattr(IMPURE_XATTR) instanceof Uint8Array)) dir.setxattr(IMPURE_XATTR, encode('y'), 0);
}

/** Overlay temp names ("#1", "#2", ... in hex) count per kernel, like the module's temp_id. */
const tempIds = new WeakMap<object, number>();

export function tempName(kernel: object): string {
  const id = (tempIds.get(kernel) ?? 0) + 1;
  tempIds.set(kernel, id);
  return `#${id.toString(16)}`;
}

/** Remove `name` from a real directory, dropping the link counts it held (vfs_unlink, vfs_rmdir). */
export function dropEntry(dir: DirInode, name: string): void {
  const child = dir.lookup(name);
  if (!child) return;
  dir.detach(name);
  if (child instanceof DirInode) {
    for (const [n] of [...child.entries]) dropEntry(child, n);
  } else child.nlink--;
}

/**
 * Put a whiteout named `name` in the upper directory, replacing what is there: a link to the
 * shared one, or (`wd` undefined: rename(RENAME_WHITEOUT) leaving one behind) a whiteout of its own.
 */
export function makeWhiteout(wd: WorkDir | undefined, upper: DirInode, name: string): void {
  dropEntry(upper, name);
  if (!wd) {
    upper.create(name, S_IFCHR, 0);
    return;
  }
  if (!wd.whiteout && wd.work) {
    const made = wd.work.create(tempName(wd.work.sb.kernel), S_IFCHR, 0);
    if (typeof made !== 'number') wd.whiteout = made;
  }
  if (!wd.whiteout) {
    upper.create(name, S_IFCHR, 0);
    return;
  }
  upper.attach(name, wd.whiteout);
  wd.whiteout.nlink++;
}
