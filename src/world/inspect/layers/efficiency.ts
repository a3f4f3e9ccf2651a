// Wasted space and the efficiency score, computed as dive computes them (dive/filetree/efficiency.go
// and image analysis): every leaf of every layer's tree (a file, symlink, whiteout or empty
// directory) is a version of its path. A path's versions add up to its cumulative size and the
// smallest one is its minimum; a whiteout weighs the size of the directory tree it deletes
// (dive's rule: a whited-out file weighs 0, so the deleted file's own size is what is wasted).
// Paths with two or more versions are the inefficiencies; wasted bytes = the sum of their
// cumulative sizes; efficiency = Σ minimum / Σ cumulative over all paths (1 when there is nothing).
//
// Fast: directories found in one layer only are summed from their `total` without a visit, the
// rest are merged one directory at a time (and the work can be spread over frames, see
// efficiencySteps), and directories already counted for the same layer objects are not counted
// again. Simplification of that reuse: a whiteout's weight is taken as it was when its directory
// was first counted (it can only differ if an opaque directory appeared above it in between).

import { child, contributors, joinPath, mergedDir, splitPath } from './merge';
import type { LayerNode } from './types';

export interface Inefficiency {
  readonly path: string;
  /** Bytes of all the versions of the path together. */
  readonly cumulative: number;
  /** How many layers hold a version of it. */
  readonly count: number;
}

export interface Efficiency {
  /** Σ minimum / Σ cumulative: 1 is perfect. */
  readonly score: number;
  readonly wastedBytes: number;
  /** Σ cumulative: every version of every path. */
  readonly totalBytes: number;
  /** Largest cumulative size first. */
  readonly inefficiencies: readonly Inefficiency[];
}

interface Acc {
  min: number;
  cum: number;
  readonly found: Inefficiency[];
}

/** Bytes of everything visible under `parts` with layers 0..top mounted (a deleted tree's size). */
function mergedBytes(trees: readonly LayerNode[], top: number, parts: readonly string[]): number {
  let n = 0;
  for (const e of mergedDir(trees, top, joinPath(parts)))
    n += e.node.kind === 'dir' ? mergedBytes(trees, top, [...parts, e.name]) : e.node.size;
  return n;
}

function whiteoutBytes(trees: readonly LayerNode[], layer: number, parts: readonly string[]): number {
  const name = parts[parts.length - 1] ?? '';
  const parent = parts.slice(0, -1);
  for (const { dir } of contributors(trees, layer - 1, parent)) {
    const old = child(dir, name);
    if (!old) continue;
    return old.kind === 'dir' ? mergedBytes(trees, layer - 1, parts) : 0;
  }
  return 0;
}

/** Per-name tallies of one directory, in parallel arrays (no object per leaf). */
interface Tally {
  count: number[];
  cum: number[];
  min: number[];
  dirs: (LayerNode[] | undefined)[];
  layers: (number[] | undefined)[];
  names: string[];
}

function tally(trees: readonly LayerNode[], dirs: LayerNode[], layers: number[], path: string): Tally {
  const slot = new Map<string, number>();
  const t: Tally = { count: [], cum: [], min: [], dirs: [], layers: [], names: [] };
  for (let d = 0; d < dirs.length; d++) {
    const layer = layers[d]!;
    const children = dirs[d]!.children;
    if (!children) continue;
    for (let j = 0; j < children.length; j++) {
      const c = children[j]!;
      let i = slot.get(c.name);
      if (i === undefined) {
        i = t.names.length;
        slot.set(c.name, i);
        t.names.push(c.name);
        t.count.push(0);
        t.cum.push(0);
        t.min.push(-1);
        t.dirs.push(undefined);
        t.layers.push(undefined);
      }
      if (c.kind === 'dir' && c.count > 0) {
        (t.dirs[i] ??= []).push(c);
        (t.layers[i] ??= []).push(layer);
        continue;
      }
      const size = c.kind === 'whiteout' ? whiteoutBytes(trees, layer, splitPath(path + c.name)) : c.size;
      t.count[i]!++;
      t.cum[i]! += size;
      if (t.min[i]! < 0 || size < t.min[i]!) t.min[i] = size;
    }
  }
  return t;
}

/**
 * Results per merged directory, keyed by its path and the very directory objects (and layers)
 * that make it: a re-snapshot that changed only a container's upper dir reuses every directory
 * the upper dir does not touch (layer trees are immutable and re-read into the same objects).
 */
const memo = new Map<string, Acc>();
const ids = new WeakMap<LayerNode, number>();
let nextId = 1;
const MEMO_MAX = 200_000;

function idOf(n: LayerNode): number {
  let id = ids.get(n);
  if (id === undefined) ids.set(n, (id = nextId++));
  return id;
}

function add(acc: Acc, sub: Acc): void {
  acc.min += sub.min;
  acc.cum += sub.cum;
  for (const f of sub.found) acc.found.push(f);
}

function* visit(
  trees: readonly LayerNode[],
  dirs: LayerNode[],
  layers: number[],
  path: string,
  acc: Acc,
): Generator<void, void, void> {
  if (dirs.length === 1) {
    const total = dirs[0]!.total;
    acc.min += total;
    acc.cum += total;
    return;
  }
  const key = `${path}\0${dirs.map(idOf).join(',')}\0${layers.join(',')}`;
  const known = memo.get(key);
  if (known) return add(acc, known);
  const sub: Acc = { min: 0, cum: 0, found: [] };
  const t = tally(trees, dirs, layers, path);
  yield;
  for (let i = 0; i < t.names.length; i++) {
    const count = t.count[i]!;
    if (count > 0) {
      sub.min += t.min[i]!;
      sub.cum += t.cum[i]!;
      if (count >= 2) sub.found.push({ path: path + t.names[i]!, cumulative: t.cum[i]!, count });
    }
    const d = t.dirs[i];
    if (d) yield* visit(trees, d, t.layers[i]!, `${path}${t.names[i]!}/`, sub);
  }
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(key, sub);
  add(acc, sub);
}

/**
 * dive's efficiency of a stack of layer trees (index 0 = bottom), in steps: it pauses after each
 * merged directory, so a caller can spread a big stack over several frames.
 */
export function* efficiencySteps(trees: readonly LayerNode[]): Generator<void, Efficiency, void> {
  const acc: Acc = { min: 0, cum: 0, found: [] };
  yield* visit(
    trees,
    [...trees],
    trees.map((_, i) => i),
    '/',
    acc,
  );
  const found = acc.found.sort((a, b) => b.cumulative - a.cumulative || (a.path < b.path ? -1 : 1));
  const wasted = found.reduce((n, f) => n + f.cumulative, 0);
  return {
    score: acc.cum === 0 ? 1 : acc.min / acc.cum,
    wastedBytes: wasted,
    totalBytes: acc.cum,
    inefficiencies: found,
  };
}

/** dive's efficiency of a stack of layer trees (index 0 = bottom), all at once. */
export function efficiency(trees: readonly LayerNode[]): Efficiency {
  const steps = efficiencySteps(trees);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
