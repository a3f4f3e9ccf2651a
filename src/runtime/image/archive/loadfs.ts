// The unpacked `docker load` input as the daemon sees it under its temporary directory
// /var/lib/docker/tmp/docker-import-NNN: files are found through safePath (symlinks followed
// without leaving the directory) and missing ones fail with Go's os.PathError text.

import { decode } from '../../../lib/utf8';
import { chainId } from '../digest';
import type { Digest } from '../digest';
import type { ImageRef } from '../reference';
import { familiarString } from '../reference';
import type { LayerRecord, ImageStore } from '../store';
import type { Unpacked } from './untar';
import { readGoTar, resolveInScope } from './untar';

export type Read = { readonly data: Uint8Array } | { readonly error: string };

/** A layer read from the archive: what the "Loading layer" progress bar shows on a terminal. */
export interface LoadedLayer {
  /** stringid.TruncateID of the DiffID (or v1 ID): 12 hex digits. */
  readonly id: string;
  /** Size of the layer file in bytes. */
  readonly size: number;
}

export class LoadDir {
  /** Layers read so far, in order (those already stored are skipped and not shown). */
  readonly progress: LoadedLayer[] = [];

  constructor(
    readonly tree: Unpacked,
    /** The absolute temporary directory ("/var/lib/docker/tmp/docker-import-123"). */
    readonly dir: string,
  ) {}

  /** The absolute path a name resolves to. */
  full(path: string): string {
    const rel = resolveInScope(this.tree, path);
    return rel === '' ? this.dir : `${this.dir}/${rel}`;
  }

  exists(path: string): boolean {
    const rel = resolveInScope(this.tree, path);
    return rel === '' || this.tree.has(rel);
  }

  /** os.ReadFile(safePath(dir, path)). */
  read(path: string): Read {
    const rel = resolveInScope(this.tree, path);
    const node = rel === '' ? { kind: 'dir' as const } : this.tree.get(rel);
    const full = this.full(path);
    if (!node) return { error: `open ${full}: no such file or directory` };
    if (node.kind === 'dir') return { error: `read ${full}: is a directory` };
    if (node.kind === 'symlink') return { error: `open ${full}: too many levels of symbolic links` };
    return { data: node.data };
  }

  readText(path: string): { readonly text: string } | { readonly error: string } {
    const r = this.read(path);
    return 'error' in r ? r : { text: decode(r.data) };
  }

  /** Top-level directory names in order (ioutil.ReadDir sorts them). */
  topDirs(): string[] {
    return [...this.tree.entries()]
      .filter(([p, n]) => !p.includes('/') && n.kind === 'dir')
      .map(([p]) => p)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  }
}

/**
 * loadLayer: the layer at `path` registered on top of `parent` unless its ChainID is stored
 * already. The tar must read cleanly (Go's errors otherwise).
 */
export function loadLayer(
  store: ImageStore,
  dir: LoadDir,
  path: string,
  parent: Digest | undefined,
  /** The DiffID the manifest promises, or the v1 ID of a pre-1.10 layer. */
  expected: Digest | string,
): LayerRecord | { error: string } {
  if (expected.startsWith('sha256:')) {
    const have = store.layer(chainId(parent, expected as Digest));
    if (have) return have;
  }
  const r = dir.read(path);
  if ('error' in r) return r;
  dir.progress.push({ id: expected.replace(/^sha256:/, '').slice(0, 12), size: r.data.length });
  const check = readGoTar(r.data);
  if ('error' in check) return check;
  return store.addLayer(parent, r.data);
}

/** Point a tag at an image, noting a tag taken from another image (setLoadedTag). */
export function setLoadedTag(store: ImageStore, ref: ImageRef, id: Digest, out: string[]): void {
  const prev = store.byRef(ref);
  if (prev && prev.id !== id) {
    out.push(
      `The image ${familiarString(ref)} already exists, renaming the old one with ID ${prev.id} to empty string`,
    );
  }
  store.tag(ref, id);
}
