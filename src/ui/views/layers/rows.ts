// The rows of the layer view's file tree: one layer's own directory (marked against the layers
// below) or the merged view (each entry with the layer that provides it), flattened depth first
// through the expanded directories only. Each directory is listed once per stack and cached, so
// expanding, scrolling and live re-snapshots that left a layer alone cost nothing.

import { layerDir, mergedDir } from '../../../world/inspect/layers/merge';
import type { Mark } from '../../../world/inspect/layers/merge';
import type { LayerNode } from '../../../world/inspect/layers/types';

/** What the tree shows: one layer (by index, 0 = bottom) or everything merged. */
export type TreeMode = { readonly layer: number } | 'merged';

export interface Row {
  readonly path: string;
  readonly name: string;
  /** 1 for the entries of /. */
  readonly level: number;
  readonly node: LayerNode;
  /** Layer mode: the entry's mark against the layers below. */
  readonly mark?: Mark;
  /** Merged mode: the layer that provides the entry. */
  readonly layer?: number;
  readonly expandable: boolean;
  readonly expanded: boolean;
  /** Position among its siblings (1-based) and their number, for aria-posinset/setsize. */
  readonly pos: number;
  readonly siblings: number;
}

interface Entry {
  readonly name: string;
  readonly path: string;
  readonly node: LayerNode;
  readonly mark?: Mark;
  readonly layer?: number;
}

/** A lister with its own per-directory cache, valid for one stack of trees and one mode. */
export function makeLister(trees: readonly LayerNode[], mode: TreeMode): (path: string) => readonly Entry[] {
  const cache = new Map<string, readonly Entry[]>();
  return (path) => {
    let list = cache.get(path);
    if (!list) {
      list = mode === 'merged' ? mergedDir(trees, trees.length - 1, path) : layerDir(trees, mode.layer, path);
      cache.set(path, list);
    }
    return list;
  };
}

const expandable = (n: LayerNode): boolean => n.kind === 'dir' && (n.children?.length ?? 0) > 0;

/** The visible rows: `/`'s entries and, under every expanded directory, its own. */
export function buildRows(
  list: (path: string) => readonly Entry[],
  isOpen: (path: string) => boolean,
): Row[] {
  const rows: Row[] = [];
  const walk = (path: string, level: number): void => {
    const entries = list(path);
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i]!;
      const canOpen = e.node.kind === 'dir' && (expandable(e.node) || e.layer !== undefined);
      const open = canOpen && isOpen(e.path);
      rows.push({
        path: e.path,
        name: e.name,
        level,
        node: e.node,
        ...(e.mark === undefined ? {} : { mark: e.mark }),
        ...(e.layer === undefined ? {} : { layer: e.layer }),
        expandable: canOpen,
        expanded: open,
        pos: i + 1,
        siblings: entries.length,
      });
      if (open) walk(e.path, level + 1);
    }
  };
  walk('/', 1);
  return rows;
}

/** docker's sizes (go-units HumanSize: decimal units, 3 significant digits): 807B, 3kB, 1.23MB. */
export function humanSize(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let n = bytes;
  let u = 0;
  while (n >= 1000 && u < units.length - 1) {
    n /= 1000;
    u++;
  }
  return `${Number(n.toPrecision(3))}${units[u]}`;
}
