// A deterministic synthetic image for the layer view's benchmarks: `layers` layers of `files`
// entries each, laid out like a package-heavy image (/usr/lib/pkgNNN/fileNNN, /etc, /var/cache):
// every layer writes 100-file package directories drawn from a pool shared by all layers, so
// later layers overwrite earlier files, and every fifth layer deletes a few (whiteouts) and
// replaces one directory with an opaque one. The result is what world.inspect.layers gives the
// view: images, containers and a LayerStack (bottom first).

import type {
  ContainerLayersInfo,
  ImageInfo,
  LayerInfo,
  LayerNode,
  LayerStack,
  StackLayer,
} from '../../../src/world/inspect/layers/types';

const DIR = 0o040755;
const FILE = 0o100644;
const CHR = 0o020000;

function dir(name: string, children: LayerNode[], opaque = false): LayerNode {
  children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  let total = 0;
  let count = 0;
  for (const c of children) {
    total += c.total;
    count += c.count + 1;
  }
  const node = { name, kind: 'dir' as const, size: 0, mode: DIR, children, total, count };
  return opaque ? { ...node, opaque: true } : node;
}

const file = (name: string, size: number): LayerNode => ({
  name,
  kind: 'file',
  size,
  mode: FILE,
  total: size,
  count: 0,
});
const whiteout = (name: string): LayerNode => ({
  name,
  kind: 'whiteout',
  size: 0,
  mode: CHR,
  total: 0,
  count: 0,
});
const pad = (n: number, w = 3): string => String(n).padStart(w, '0');
const hex = (n: number, len = 64): string =>
  (n.toString(16).padStart(8, '0').repeat(8) + 'f'.repeat(len)).slice(0, len);

/** One layer's tree: `files` entries (files, with a few whiteouts in every fifth layer). */
export function syntheticLayerTree(layer: number, files: number): LayerNode {
  const perPkg = 100;
  const pkgs = Math.max(1, Math.ceil(files / perPkg));
  const pool = Math.max(pkgs * 2, 10);
  const lib: LayerNode[] = [];
  let left = files;
  for (let p = 0; p < pkgs && left > 0; p++) {
    const pkg = (layer * 7 + p * 3) % pool;
    const entries: LayerNode[] = [];
    for (let f = 0; f < perPkg && left > 0; f++, left--) {
      const deleting = layer % 5 === 4 && f % 25 === 0;
      entries.push(
        deleting
          ? whiteout(`file${pad(f)}.so`)
          : file(`file${pad(f)}.so`, 1000 + ((layer * 31 + f * 17) % 9000)),
      );
    }
    lib.push(dir(`pkg${pad(pkg)}`, entries, layer % 5 === 4 && p === 0));
  }
  const etc = dir('etc', [file(`layer${pad(layer)}.conf`, 64 + layer)]);
  return dir('', [etc, dir('usr', [dir('lib', lib)])]);
}

export interface LayersFixture {
  readonly images: readonly ImageInfo[];
  readonly containers: readonly ContainerLayersInfo[];
  readonly stack: LayerStack;
}

/** An image of `layers` layers × `files` entries, and its stack. Same arguments, same objects' content. */
export function makeLayersFixture(layers: number, files: number): LayersFixture {
  const infos: LayerInfo[] = [];
  const stackLayers: StackLayer[] = [];
  for (let i = 0; i < layers; i++) {
    const tree = syntheticLayerTree(i, files);
    const cacheId = hex(i + 1);
    const createdBy =
      i === 0 ? '/bin/sh -c #(nop) ADD file:base in / ' : `/bin/sh -c apt-get install -y pkg${pad(i)}`;
    const instruction = i === 0 ? 'ADD file:base in /' : `RUN apt-get install -y pkg${pad(i)}`;
    const diffId = `sha256:${hex(i + 1000)}`;
    const diffDir = `/var/lib/docker/overlay2/${cacheId}/diff`;
    const link = `L${pad(i, 25)}`;
    infos.push({
      diffId,
      chainId: diffId,
      cacheId,
      size: tree.total,
      createdBy,
      instruction,
      emptyLayer: false,
      diffDir,
      link,
    });
    stackLayers.push({
      key: cacheId,
      kind: 'image',
      diffDir,
      link,
      size: tree.total,
      diffId,
      createdBy,
      instruction,
      tree,
    });
  }
  const id = `sha256:${hex(42)}`;
  const image: ImageInfo = {
    id,
    tags: ['synthetic:latest'],
    size: infos.reduce((n, l) => n + l.size, 0),
    created: '2024-01-01T00:00:00Z',
    layers: infos,
    history: infos.map((l, i) => ({
      created: '2024-01-01T00:00:00Z',
      createdBy: l.createdBy,
      instruction: l.instruction,
      comment: '',
      emptyLayer: false,
      layer: i,
    })),
  };
  return { images: [image], containers: [], stack: { of: { image: id }, layers: stackLayers } };
}
