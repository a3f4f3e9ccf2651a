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

/** A directory (its children sorted by name, unless they already are). */
function dir(name: string, children: LayerNode[], opaque = false): LayerNode {
  let sorted = true;
  for (let i = 1; i < children.length && sorted; i++) sorted = children[i - 1]!.name < children[i]!.name;
  if (!sorted) children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
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

/**
 * File nodes are immutable, so equal ones are shared between directories and layers (as the
 * world's cache shares unchanged trees): the fixture stays small and cheap to build, and the
 * benchmark measures the view rather than the collection of a million fresh objects.
 */
const files = new Map<string, LayerNode>();
const wh = new Map<string, LayerNode>();

function sharedFile(name: string, size: number): LayerNode {
  const key = `${name}:${size}`;
  let n = files.get(key);
  if (!n) files.set(key, (n = file(name, size)));
  return n;
}

function sharedWhiteout(name: string): LayerNode {
  let n = wh.get(name);
  if (!n) wh.set(name, (n = whiteout(name)));
  return n;
}

/** One layer's tree: `files` entries (files, with a few whiteouts in every fifth layer). */
export function syntheticLayerTree(layer: number, count: number): LayerNode {
  const perPkg = 100;
  const pkgs = Math.max(1, Math.ceil(count / perPkg));
  const pool = Math.max(pkgs * 2, 10);
  const lib: LayerNode[] = [];
  let left = count;
  for (let p = 0; p < pkgs && left > 0; p++) {
    const pkg = (layer * 7 + p * 3) % pool;
    const entries: LayerNode[] = [];
    for (let f = 0; f < perPkg && left > 0; f++, left--) {
      const name = `file${pad(f)}.so`;
      const deleting = layer % 5 === 4 && f % 25 === 0;
      entries.push(
        deleting ? sharedWhiteout(name) : sharedFile(name, 1000 + (((layer % 7) * 31 + f * 17) % 9000)),
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
