// Renamed merged directories with redirect_dir=on (fs/overlayfs/dir.c ovl_set_redirect,
// ovl_get_redirect; namei.c ovl_lookup): the upper directory records where its lower directories
// are in trusted.overlay.redirect — the old name when it stays in the same parent, else the
// absolute path from the overlay root (built from the names, or the redirects, of its ancestors).
// An absolute redirect is looked up from the root of every lower layer.
// Simplification: redirects stored in lower layers themselves are not followed.

import { S_IFDIR, S_IFMT } from '../../abi/stat';
import { DirInode } from '../../vfs/inode';
import type { Inode } from '../../vfs/inode';
import { decode, encode } from '../../../lib/utf8';
import { REDIRECT_XATTR, isOpaque, isWhiteout } from './whiteout';

/** A merged directory as far as redirects need it. */
export interface RedirectNode {
  readonly name: string;
  readonly ovlParent: RedirectNode | undefined;
  readonly upper: DirInode | undefined;
}

export function redirectOf(dir: Inode | undefined): string | undefined {
  const v = dir?.getxattr(REDIRECT_XATTR);
  return v instanceof Uint8Array ? decode(v) : undefined;
}

function absolutePath(node: RedirectNode): string {
  let path = '';
  for (let d: RedirectNode | undefined = node; d?.ovlParent; d = d.ovlParent) {
    const name = redirectOf(d.upper) ?? d.name;
    path = path === '' ? name : `${name}/${path}`;
    if (name.startsWith('/')) return path;
  }
  return `/${path}`;
}

/** Before `node` (merged, copied up to `real`) moves away from `fromName`: record where it was. */
export function setRedirect(node: RedirectNode, real: Inode, fromName: string, samedir: boolean): void {
  const had = redirectOf(real);
  if (had !== undefined && (samedir || had.startsWith('/'))) return;
  real.setxattr(REDIRECT_XATTR, encode(samedir ? fromName : absolutePath(node)), 0);
}

/** The lower objects at absolute `path`, one per layer root, top first (like lowerMatches). */
export function lowersAtPath(layerRoots: readonly DirInode[], path: string): Inode[] {
  const parts = path.split('/').filter((p) => p !== '');
  const out: Inode[] = [];
  for (const root of layerRoots) {
    let cur: Inode | undefined = root;
    for (const part of parts) {
      cur = cur instanceof DirInode ? cur.lookup(part) : undefined;
      if (!cur || isWhiteout(cur)) break;
    }
    if (!cur) continue;
    if (isWhiteout(cur)) break;
    if ((cur.mode & S_IFMT) !== S_IFDIR) {
      if (out.length === 0) out.push(cur);
      break;
    }
    out.push(cur);
    if (isOpaque(cur)) break;
  }
  return out;
}
