// The layer inspector: images, containers and their overlay layers read from /var/lib/docker,
// each layer directory as a file tree, and a file's first bytes. world.inspect.layers.
//
// Retaking is cheap: an image layer's tree is read once per cache id (image layers do not change
// once unpacked), a container's -init and upper directories are re-read on every call but give
// back the previous objects where nothing changed (see fs.ts treeOf).
// Simplification: a learner who edits overlay2/<cache-id>/diff of an image layer by hand is not
// seen until the page reloads.

import type { Kernel } from '../../../kernel';
import { containers, images, OVERLAY } from './disk';
import { layerTree, readFile, readText } from './fs';
import type { ContainerLayersInfo, FileContent, ImageInfo, LayerNode, LayerStack, StackLayer } from './types';

export type * from './types';

export interface LayerInspector {
  images(): ImageInfo[];
  containers(): ContainerLayersInfo[];
  /** The file tree of one layer directory (a diff dir, an upper dir, any directory). */
  layerTree(dir: string): LayerNode;
  /** The first `maxBytes` (default 4096) of a file, or undefined if it is not a regular file. */
  readFile(path: string, maxBytes?: number): FileContent | undefined;
  /** An image's or container's layers, bottom first, with their trees; undefined if unknown. */
  stack(of: { readonly image: string } | { readonly container: string }): LayerStack | undefined;
}

function imageLayers(img: ImageInfo, tree: (key: string, dir: string) => LayerNode): StackLayer[] {
  return img.layers.map((l) => ({
    key: l.cacheId,
    kind: 'image',
    diffDir: l.diffDir,
    link: l.link,
    size: l.size,
    diffId: l.diffId,
    createdBy: l.createdBy,
    instruction: l.instruction,
    tree: tree(l.cacheId, l.diffDir),
  }));
}

export function createLayerInspector(kernel: Kernel): LayerInspector {
  const immutable = new Map<string, LayerNode>();
  const live = new Map<string, LayerNode>();
  const cached = (key: string, dir: string): LayerNode => {
    let t = immutable.get(key);
    if (!t) immutable.set(key, (t = layerTree(kernel, dir)));
    return t;
  };
  const reread = (key: string, dir: string): LayerNode => {
    const t = layerTree(kernel, dir, live.get(key));
    live.set(key, t);
    return t;
  };
  const ownLayer = (key: string, kind: 'init' | 'upper', diffDir: string): StackLayer => {
    const tree = reread(key, diffDir);
    const link = readText(kernel, `${OVERLAY}/${key}/link`) ?? '';
    return { key, kind, diffDir, link, size: tree.total, diffId: '', createdBy: '', instruction: '', tree };
  };
  const stackOf = (
    of: { readonly image: string } | { readonly container: string },
  ): LayerStack | undefined => {
    if ('image' in of) {
      const img = images(kernel).find((i) => i.id === of.image);
      return img ? { of, layers: imageLayers(img, cached) } : undefined;
    }
    const c = containers(kernel).find((x) => x.id === of.container);
    if (!c) return undefined;
    const img = images(kernel).find((i) => i.id === c.image);
    const below = img ? imageLayers(img, cached) : [];
    const init = c.lowerdirs.find((l) => l.kind === 'init');
    const own = [
      ...(init ? [ownLayer(`${c.mountId}-init`, 'init', init.diffDir)] : []),
      ownLayer(c.mountId, 'upper', c.upperdir),
    ];
    return { of, layers: [...below, ...own] };
  };
  return {
    images: () => images(kernel),
    containers: () => containers(kernel),
    layerTree: (dir) => layerTree(kernel, dir),
    readFile: (path, maxBytes) => readFile(kernel, path, maxBytes),
    stack: stackOf,
  };
}
