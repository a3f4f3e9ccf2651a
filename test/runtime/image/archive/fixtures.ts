// Test images built with the store API: a base layer, a layer adding a file, and a layer whose
// changeset deletes /etc/old (whiteout etc/.wh.old, mode 0600), as `RUN rm /etc/old` leaves it.

import { encode } from '../../../../src/lib/utf8';
import { encodeLayer } from '../../../../src/runtime/image/changeset';
import type { ImageConfig } from '../../../../src/runtime/image/config';
import { encodeConfig } from '../../../../src/runtime/image/config';
import type { Digest } from '../../../../src/runtime/image/digest';
import { parseNormalizedNamed } from '../../../../src/runtime/image/reference';
import type { ImageRecord } from '../../../../src/runtime/image/store';
import { ImageStore } from '../../../../src/runtime/image/store';
import type { DirNode } from '../../../../src/runtime/image/tree';
import { dirNode } from '../../../../src/runtime/image/tree';

export const T0 = 1700000000; // 2023-11-14 22:13:20 UTC

function file(text: string, mode = 0o644): DirNode['children'] extends Map<string, infer N> ? N : never {
  return { kind: 'file', mode, uid: 0, gid: 0, mtime: T0, data: encode(text) };
}

export function baseTree(): DirNode {
  const root = dirNode(0o755, T0);
  const etc = dirNode(0o755, T0);
  etc.children.set('old', file('old\n'));
  etc.children.set('passwd', file('root:x:0:0:root:/root:/bin/sh\n'));
  root.children.set('etc', etc);
  const bin = dirNode(0o755, T0);
  bin.children.set('sh', file('#!glasshouse sh\n', 0o755));
  root.children.set('bin', bin);
  return root;
}

export function addFileTree(): DirNode {
  const root = dirNode(0o755, T0);
  root.children.set('built.txt', file('built\n'));
  return root;
}

export function whiteoutTree(): DirNode {
  const root = dirNode(0o755, T0);
  const etc = dirNode(0o755, T0 + 60);
  etc.children.set('old', { kind: 'whiteout', mode: 0o600, uid: 0, gid: 0, mtime: T0 + 60 });
  root.children.set('etc', etc);
  return root;
}

export function tag(store: ImageStore, name: string, id: Digest): void {
  const ref = parseNormalizedNamed(name);
  if (!ref.ok) throw new Error(ref.error);
  store.tag(ref.ref, id);
}

/** An image from layer trees (bottom to top), with one history entry per layer. */
export function makeImage(
  store: ImageStore,
  trees: readonly DirNode[],
  created = '2023-11-14T22:13:20.123456789Z',
  parent?: Digest,
): ImageRecord {
  let chain: Digest | undefined;
  const diffIds: Digest[] = [];
  for (const t of trees) {
    const layer = store.addLayer(chain, encodeLayer(t));
    chain = layer.chainId;
    diffIds.push(layer.diffId);
  }
  const config: ImageConfig = {
    architecture: 'amd64',
    config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['sh'] },
    container: '3d6f1c7b0c2e9a4f5b8e1d2c3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b',
    container_config: { Cmd: ['/bin/sh', '-c', 'rm /etc/old'] },
    created,
    docker_version: '20.10.24',
    history: trees.map((_, i) => ({ created, created_by: `/bin/sh -c step ${i}` })),
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: diffIds },
  };
  const added = store.addImage(encodeConfig(config).bytes, parent);
  if (!added.ok) throw new Error(added.error);
  return added.image;
}

/** bb:v1 = base + built.txt + rm /etc/old. */
export function sampleStore(): { store: ImageStore; image: ImageRecord } {
  const store = new ImageStore();
  const image = makeImage(store, [baseTree(), addFileTree(), whiteoutTree()]);
  tag(store, 'bb:v1', image.id);
  return { store, image };
}
