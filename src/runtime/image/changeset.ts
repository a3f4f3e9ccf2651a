// Layer changesets (image-spec layer.md; moby pkg/archive with the overlay whiteout converter):
// an overlay upper directory becomes a layer tar and a layer tar becomes either an overlay lower
// directory (whiteouts kept as markers) or changes applied onto a flattened tree.
//   upper: 0/0 char device NAME   ⇄ tar: empty regular file .wh.NAME, mode 0600
//   upper: opaque directory D     ⇄ tar: D/ followed by D/.wh..wh..opq (mode = D's permissions)
// Member names are relative without "./" ("etc/", "etc/.wh.old"); the root itself is not stored.
//
// Simplification: headers are GNU tar's (libc/tar), not Go archive/tar's ustar/pax headers with
// file-type bits in the mode; the archive ends with two zero blocks and no record padding, as Go's
// writer does. No xattrs other than the opaque marker.

import type { TarEntryInput } from '../../userland/libc/tar';
import {
  BLKTYPE,
  CHRTYPE,
  DIRTYPE,
  FIFOTYPE,
  LNKTYPE,
  REGTYPE,
  SYMTYPE,
  TarWriter,
} from '../../userland/libc/tar';
import type { DirNode, FileNode, NodeMeta, TreeNode } from './tree';
import { sortedNames } from './tree';

export const WHITEOUT_PREFIX = '.wh.';
export const OPAQUE_WHITEOUT = '.wh..wh..opq';

/** Docker writes whiteout files with mode 0600. */
export const WHITEOUT_MODE = 0o600;

function meta(n: Partial<NodeMeta>): Omit<TarEntryInput, 'name'> {
  return {
    mode: n.mode ?? 0,
    uid: n.uid ?? 0,
    gid: n.gid ?? 0,
    mtime: n.mtime ?? 0,
    uname: n.uname ?? '',
    gname: n.gname ?? '',
  };
}

const DEVICE_TYPES = { chr: CHRTYPE, blk: BLKTYPE, fifo: FIFOTYPE } as const;

class LayerEncoder {
  readonly tar = new TarWriter({ recordSize: 512 });
  private readonly linked = new Map<FileNode, string>();

  dir(dir: DirNode, prefix: string): void {
    for (const name of sortedNames(dir)) {
      const node = dir.children.get(name);
      if (node) this.node(prefix, name, node);
    }
  }

  private node(prefix: string, name: string, node: TreeNode): void {
    const path = prefix + name;
    switch (node.kind) {
      case 'whiteout':
        this.tar.add({ ...meta(node), name: prefix + WHITEOUT_PREFIX + name, mode: WHITEOUT_MODE });
        return;
      case 'dir':
        this.tar.add({ ...meta(node), name: path + '/', typeflag: DIRTYPE });
        if (node.opaque) {
          this.tar.add({
            ...meta(node),
            name: `${path}/${OPAQUE_WHITEOUT}`,
            mode: node.mode & 0o777,
            mtime: 0,
          });
        }
        this.dir(node, path + '/');
        return;
      case 'file': {
        const first = this.linked.get(node);
        if (first !== undefined) {
          this.tar.add({ ...meta(node), name: path, typeflag: LNKTYPE, linkname: first });
          return;
        }
        this.linked.set(node, path);
        this.tar.add({ ...meta(node), name: path, typeflag: REGTYPE }, node.data);
        return;
      }
      case 'symlink':
        this.tar.add({ ...meta(node), name: path, typeflag: SYMTYPE, linkname: node.target });
        return;
      default:
        this.tar.add({
          ...meta(node),
          name: path,
          typeflag: DEVICE_TYPES[node.kind],
          devmajor: node.major,
          devminor: node.minor,
        });
    }
  }
}

/**
 * The layer tar of a tree: an overlay upper directory (whiteouts and opaque dirs become .wh.
 * entries) or a whole root filesystem (a base layer). Entries in byte order of the names, depth
 * first; hard links (one FileNode under several names) become link entries to the first name.
 */
export function encodeLayer(root: DirNode): Uint8Array {
  const enc = new LayerEncoder();
  enc.dir(root, '');
  return enc.tar.finish();
}
