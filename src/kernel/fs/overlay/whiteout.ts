// How overlayfs marks deletions in the upper layer (Documentation/filesystems/overlayfs.rst):
// a whiteout is a character device 0/0 with mode 000; an opaque directory carries the xattr
// trusted.overlay.opaque="y" and hides everything below it.

import { S_IFCHR, S_IFMT } from '../../abi/stat';
import type { DirInode, Inode } from '../../vfs/inode';
import { encode } from '../../../lib/utf8';

export const OPAQUE_XATTR = 'trusted.overlay.opaque';
export const REDIRECT_XATTR = 'trusted.overlay.redirect';
export const ORIGIN_XATTR = 'trusted.overlay.origin';
export const UUID_XATTR = 'trusted.overlay.uuid';

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

/** Put a whiteout named `name` in the upper directory, replacing what is there. */
export function makeWhiteout(upper: DirInode, name: string): void {
  if (upper.lookup(name)) upper.detach(name);
  upper.create(name, S_IFCHR, 0);
}
