// Stacking layer trees the way overlayfs merges its layers (Documentation/filesystems/overlayfs.rst),
// lazily, one directory at a time: the merged directory at a path is the union of that directory
// in every layer from the top down to the first layer where it is opaque, replaced by a
// non-directory, or whited out; a whiteout hides the name in the layers below. Pure: the view,
// the tests and the benchmark use it on LayerNode trees (index 0 = the bottom layer).
//
// Marks of one layer's entries, relative to the merged layers below it: 'added' (the path did not
// exist below), 'modified' (it did: the file was replaced, or a directory replaced a file),
// 'deleted' (a whiteout), 'opaque' (a directory that hides the one below), 'unchanged' (a
// directory that was there already and only holds changes).
// Simplification: a file replaced by identical content still reads 'modified' (no content diff).

import type { LayerNode } from './types';

export type Mark = 'added' | 'modified' | 'deleted' | 'opaque' | 'unchanged';

export interface MarkedEntry {
  readonly name: string;
  /** Absolute path in the image ('/etc/passwd'). */
  readonly path: string;
  readonly node: LayerNode;
  readonly mark: Mark;
}

export interface MergedEntry {
  readonly name: string;
  readonly path: string;
  /** The entry as the top-most layer holding it has it. */
  readonly node: LayerNode;
  /** That layer's index (for a directory: the top-most layer that has the directory). */
  readonly layer: number;
}

/** A directory's entry by name (children are sorted), or undefined. */
export function child(dir: LayerNode, name: string): LayerNode | undefined {
  const list = dir.children;
  if (!list) return undefined;
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const n = list[mid]!;
    if (n.name === name) return n;
    if (n.name < name) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** '/a/b/' → ['a', 'b']; '/' → []. */
export function splitPath(path: string): string[] {
  return path.split('/').filter((p) => p !== '');
}

export function joinPath(parts: readonly string[]): string {
  return `/${parts.join('/')}`;
}

/** The node at `parts` in one layer (no stacking), or undefined. */
export function nodeAt(tree: LayerNode, parts: readonly string[]): LayerNode | undefined {
  let cur: LayerNode | undefined = tree;
  for (const p of parts) {
    cur = cur.kind === 'dir' ? child(cur, p) : undefined;
    if (!cur) return undefined;
  }
  return cur;
}

/** The directories that make up the merged directory at `parts`, from layer `top` down. */
export function contributors(
  trees: readonly LayerNode[],
  top: number,
  parts: readonly string[],
): { layer: number; dir: LayerNode }[] {
  const out: { layer: number; dir: LayerNode }[] = [];
  for (let i = Math.min(top, trees.length - 1); i >= 0; i--) {
    let cur: LayerNode | undefined = trees[i]!;
    let stop = false;
    for (const p of parts) {
      if (cur.opaque) stop = true;
      const next: LayerNode | undefined = child(cur, p);
      if (!next) {
        cur = undefined;
        break;
      }
      if (next.kind !== 'dir') return out;
      cur = next;
    }
    if (cur) {
      out.push({ layer: i, dir: cur });
      if (cur.opaque) stop = true;
    }
    if (stop) break;
  }
  return out;
}

const byName = (a: { name: string }, b: { name: string }): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : 0;

/** The merged directory at `path` as seen with layers 0..top mounted, sorted by name. */
export function mergedDir(trees: readonly LayerNode[], top: number, path: string): MergedEntry[] {
  const parts = splitPath(path);
  const prefix = parts.length === 0 ? '/' : `${joinPath(parts)}/`;
  const seen = new Map<string, MergedEntry | null>();
  for (const { layer, dir } of contributors(trees, top, parts))
    for (const node of dir.children ?? []) {
      if (seen.has(node.name)) continue;
      seen.set(
        node.name,
        node.kind === 'whiteout' ? null : { name: node.name, path: prefix + node.name, node, layer },
      );
    }
  const out: MergedEntry[] = [];
  for (const e of seen.values()) if (e) out.push(e);
  return out.sort(byName);
}

/** Which layer provides `path` with layers 0..top mounted, and its node there; undefined if none. */
export function provider(
  trees: readonly LayerNode[],
  top: number,
  path: string,
): { layer: number; node: LayerNode } | undefined {
  const parts = splitPath(path);
  const name = parts.pop();
  if (name === undefined) return top >= 0 && trees[top] ? { layer: top, node: trees[top] } : undefined;
  for (const { layer, dir } of contributors(trees, top, parts)) {
    const node = child(dir, name);
    if (node) return node.kind === 'whiteout' ? undefined : { layer, node };
  }
  return undefined;
}

function below(under: readonly { dir: LayerNode }[], name: string): LayerNode | undefined {
  for (const { dir } of under) {
    const n = child(dir, name);
    if (n) return n.kind === 'whiteout' ? undefined : n;
  }
  return undefined;
}

/** Layer `layer`'s own entries in the directory at `path`, each marked against the layers below. */
export function layerDir(trees: readonly LayerNode[], layer: number, path: string): MarkedEntry[] {
  const tree = trees[layer];
  const parts = splitPath(path);
  const dir = tree ? nodeAt(tree, parts) : undefined;
  if (!dir?.children) return [];
  const under = contributors(trees, layer - 1, parts);
  const prefix = parts.length === 0 ? '/' : `${joinPath(parts)}/`;
  return dir.children.map((node) => {
    const old = node.kind === 'whiteout' ? undefined : below(under, node.name);
    let mark: Mark;
    if (node.kind === 'whiteout') mark = 'deleted';
    else if (node.kind === 'dir')
      mark = node.opaque ? 'opaque' : !old ? 'added' : old.kind === 'dir' ? 'unchanged' : 'modified';
    else mark = old ? 'modified' : 'added';
    return { name: node.name, path: prefix + node.name, node, mark };
  });
}

/** The one-letter sign of a mark, so that marks never rely on colour alone (dive's A/M/D). */
export const MARK_LETTER: Readonly<Record<Mark, string>> = {
  added: 'A',
  modified: 'M',
  deleted: 'D',
  opaque: 'O',
  unchanged: ' ',
};
