// Reading an overlay directory (fs/overlayfs/readdir.c). A merged directory lists the names of
// its upper and middle layers in the order each layer lists them, the first occurrence winning,
// then moves the lowest layer's names, in that layer's order, in front of them all
// (ovl_fill_lowest); the caller's lookup drops whited-out names. Reading a non-merged upper
// directory marked impure removes the mark when no entry shows an inode number other than its
// real one (ovl_cache_get_impure: nothing copied up with an origin is left in it).

import type { DirInode, Inode } from '../../vfs/inode';
import { IMPURE_XATTR } from './whiteout';

/** The names of a directory made of `layers` (top first), in the order readdir returns them. */
export function mergedNames(layers: readonly DirInode[]): string[] {
  const rest = new Set<string>();
  const front: string[] = [];
  layers.forEach((layer, i) => {
    const lowest = layers.length > 1 && i === layers.length - 1;
    for (const [name] of layer.list()) {
      if (lowest) {
        rest.delete(name);
        front.push(name);
      } else rest.add(name);
    }
  });
  return [...front, ...rest];
}

/** After reading the non-merged directory `upper`: drop a stale impure mark. */
export function dropStaleImpure(upper: DirInode, entries: ReadonlyArray<[string, Inode]>): void {
  if (!(upper.getxattr(IMPURE_XATTR) instanceof Uint8Array)) return;
  if (entries.some(([name, node]) => node.ino !== upper.lookup(name)?.ino)) return;
  upper.removexattr(IMPURE_XATTR);
}
