// The overlay workload of performance.md §9 G2 through a Node-style fs API, and the peers it runs
// on: @zenfs/core CopyOnWrite over InMemory, memfs + unionfs, a flat memfs volume, and Linux
// overlayfs on tmpfs through node:fs (root only). Layout: 10 directories × 100 files of 100 bytes;
// lower 1 holds f0–f49 of each directory, lower 2 holds f50–f99, the upper starts empty.

import { spawnSync } from 'node:child_process';
import * as nodeFs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CopyOnWrite, InMemory, fs as zfs, mount, resolveMountConfig, umount } from '@zenfs/core';
import { Volume } from 'memfs';
import { Union } from 'unionfs';
import type { IFS } from 'unionfs';
import { opsPerSecond } from './stats';

export const DIRS = 10;
export const FILES = 100;
export const SPLIT = 50;
export const DATA = `${'x'.repeat(99)}\n`;
export const dirOf = (i: number): string => `d${i % DIRS}`;
/** The i-th file, cycling through all 1,000 (directory changes fastest). */
export const fileOf = (i: number): string => `d${i % DIRS}/f${Math.floor(i / DIRS) % FILES}.txt`;
/** Relative paths of one lower layer's files (layer 1: f0–f49, layer 2: f50–f99). */
export function layerFiles(layer: 1 | 2): string[] {
  const out: string[] = [];
  for (let d = 0; d < DIRS; d++)
    for (let f = layer === 1 ? 0 : SPLIT; f < (layer === 1 ? SPLIT : FILES); f++) out.push(`d${d}/f${f}.txt`);
  return out;
}

export interface Rates {
  readonly stat: number;
  readonly readFile: number;
  readonly readdir: number;
  readonly writeAfterCopyUp: number;
}

export interface NodeLikeFs {
  statSync(path: string): unknown;
  readFileSync(path: string): { readonly length: number };
  readdirSync(path: string): readonly unknown[];
  writeFileSync(path: string, data: string): void;
}

/** Reads through the merged view, then writes every file once (copy-up), then times rewrites. */
export function measureNodeLike(fs: NodeLikeFs, root: string): Rates {
  const entries = fs.readdirSync(`${root}/d0`).length;
  if (entries !== FILES) throw new Error(`readdir ${root}/d0: ${entries} entries, expected ${FILES}`);
  const stat = opsPerSecond((i) => fs.statSync(`${root}/${fileOf(i)}`));
  const readFile = opsPerSecond((i) => {
    if (fs.readFileSync(`${root}/${fileOf(i)}`).length !== DATA.length) throw new Error('short read');
  });
  const readdir = opsPerSecond((i) => fs.readdirSync(`${root}/${dirOf(i)}`));
  for (let i = 0; i < DIRS * FILES; i++) fs.writeFileSync(`${root}/${fileOf(i)}`, DATA);
  const writeAfterCopyUp = opsPerSecond((i) => fs.writeFileSync(`${root}/${fileOf(i)}`, DATA));
  return { stat, readFile, readdir, writeAfterCopyUp };
}

/** @zenfs/core: CopyOnWrite(readable: CopyOnWrite(lower 1, lower 2), writable: InMemory). */
export async function zenfsRates(): Promise<Rates> {
  const lowers = [1, 2] as const;
  const layers = await Promise.all(lowers.map(() => resolveMountConfig({ backend: InMemory })));
  layers.forEach((layer, n) => {
    const at = `/bench-l${n + 1}`;
    mount(at, layer);
    for (let d = 0; d < DIRS; d++) zfs.mkdirSync(`${at}/d${d}`);
    for (const f of layerFiles(lowers[n] ?? 1)) zfs.writeFileSync(`${at}/${f}`, DATA);
    umount(at);
  });
  const [l1, l2] = layers;
  if (!l1 || !l2) throw new Error('zenfs: no layers');
  const lower = await resolveMountConfig({ backend: CopyOnWrite, readable: l1, writable: l2 });
  const merged = await resolveMountConfig({
    backend: CopyOnWrite,
    readable: lower,
    writable: { backend: InMemory },
  });
  mount('/bench-m', merged);
  try {
    return measureNodeLike(zfs, '/bench-m');
  } finally {
    umount('/bench-m');
  }
}

function volumeJson(layer: 1 | 2): Record<string, string> {
  return Object.fromEntries(layerFiles(layer).map((f) => [`/m/${f}`, DATA]));
}

/** memfs's Volume lacks node's `__promisify__` typings that unionfs's IFS asks for (it works at run time). */
const layer = (volume: Volume): IFS => volume as unknown as IFS;

/** unionfs over memfs volumes: lower 1, lower 2, then an empty "upper" (unionfs has no copy-up). */
export function unionfsRates(): Rates {
  const union = new Union()
    .use(layer(Volume.fromJSON(volumeJson(1))))
    .use(layer(Volume.fromJSON(volumeJson(2))))
    .use(layer(Volume.fromJSON({ '/m': null })));
  return measureNodeLike(union, '/m');
}

/** One flat memfs volume holding all 1,000 files (no overlay): the floor G2 asks to beat. */
export function memfsRates(): Rates {
  return measureNodeLike(Volume.fromJSON({ ...volumeJson(1), ...volumeJson(2) }), '/m');
}

function sh(command: string, ...args: string[]): void {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  if (r.status !== 0)
    throw new Error(`${command} ${args.join(' ')}: ${(r.error?.message ?? r.stderr).trim()}`);
}

/** Linux overlayfs (2 lowers + upper on one tmpfs) through node:fs; a string says why not. */
export function kernelRates(): Rates | string {
  if (process.platform !== 'linux') return 'not Linux';
  if (process.getuid?.() !== 0) return 'not root (mount needs CAP_SYS_ADMIN)';
  const top = nodeFs.mkdtempSync(join(tmpdir(), 'glasshouse-overlay-'));
  try {
    sh('mount', '-t', 'tmpfs', 'tmpfs', top);
    try {
      for (const d of ['l1', 'l2', 'upper', 'work', 'm']) nodeFs.mkdirSync(join(top, d));
      for (const layer of [1, 2] as const)
        for (const f of layerFiles(layer)) {
          nodeFs.mkdirSync(join(top, `l${layer}`, f, '..'), { recursive: true });
          nodeFs.writeFileSync(join(top, `l${layer}`, f), DATA);
        }
      const options = `lowerdir=${top}/l2:${top}/l1,upperdir=${top}/upper,workdir=${top}/work`;
      sh('mount', '-t', 'overlay', 'overlay', '-o', options, join(top, 'm'));
      try {
        return measureNodeLike(nodeFs, join(top, 'm'));
      } finally {
        sh('umount', join(top, 'm'));
      }
    } finally {
      sh('umount', top);
    }
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    nodeFs.rmSync(top, { recursive: true, force: true });
  }
}
