// `docker export`: a container's merged root filesystem flattened into one tar (moby
// daemon/export.go → archive.Tar of the mounted rootfs, uncompressed). Members are relative
// without "./" ("bin/", "bin/sh"), the root itself is not stored, names are visited in byte order
// depth first (filepath.Walk), a file reached under several names is stored once and then as
// hard links, and the archive ends with two zero blocks and no record padding.
//
// Simplification: the tree is the merged view the engine already built, so overlay markers
// (whiteouts, opaque flags) should not occur; any left over are dropped rather than exported.

import type { DirNode, TreeNode } from '../tree';
import { encodeLayer } from '../changeset';

/** A copy of the directory structure without overlay markers (file nodes shared, keeping links). */
function merged(dir: DirNode): DirNode {
  const children = new Map<string, TreeNode>();
  for (const [name, node] of dir.children) {
    if (node.kind === 'whiteout') continue;
    children.set(name, node.kind === 'dir' ? merged(node) : node);
  }
  const { opaque: _opaque, children: _children, ...meta } = dir;
  return { ...meta, children };
}

/** The tar `docker export CONTAINER` writes for a merged root filesystem. */
export function exportTree(root: DirNode): Uint8Array {
  return encodeLayer(merged(root));
}
