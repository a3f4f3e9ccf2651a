// `docker load` as Docker 20.10 does it (moby image/tarexport/load.go): unpack the input into a
// temporary directory, then read manifest.json (written by docker save since 1.10, and by
// Docker ≥ 25 next to its OCI layout, whose Config and Layers name files under blobs/sha256/).
// For each entry: read the config, check its OS and layer count, register each layer whose
// ChainID is not stored yet (its DiffID must match the config's), store the image, then tag it:
//   Loaded image: bb:v1            one line per RepoTag
//   Loaded image ID: sha256:…      for every image, but only when the last image had no tags
// Without manifest.json the pre-1.10 layout is loaded (legacy.ts).
//
// Simplification: compressed input is not accepted; Parent links are kept only for images new to
// the store (the store has no SetParent).

import { decode } from '../../../lib/utf8';
import { chainId, imageId, isDigest, sha256Digest } from '../digest';
import type { Digest } from '../digest';
import { familiarString, parseNormalizedNamed } from '../reference';
import type { ImageStore } from '../store';
import { decodeFirst } from './gojsonread';
import { legacyLoad } from './legacy';
import type { LoadedLayer } from './loadfs';
import { LoadDir, loadLayer, setLoadedTag } from './loadfs';
import { parseManifest } from './manifestjson';
import type { ManifestItem } from './manifestjson';
import { ERR_HISTORY, checkImageConfig } from './imagejson';
import { untar } from './untar';

export type LoadResult =
  | {
      /** The lines docker load prints on stdout. */
      readonly loaded: string[];
      /** Layers read from the archive (a terminal shows "Loading layer" bars for them first). */
      readonly layers: LoadedLayer[];
    }
  | { readonly error: string };

export interface LoadOptions {
  /** The NNN of /var/lib/docker/tmp/docker-import-NNN (Go picks a random uint32). */
  readonly tempSuffix?: string;
}

/** The layers of one manifest entry, bottom to top; an error text on failure. */
function loadLayers(
  store: ImageStore,
  dir: LoadDir,
  m: ManifestItem,
  diffIds: readonly Digest[],
): string | undefined {
  let parent: Digest | undefined;
  for (const [i, diff] of diffIds.entries()) {
    const layer = loadLayer(store, dir, m.Layers[i] ?? '', parent, diff);
    if ('error' in layer) return layer.error;
    if (layer.diffId !== diff)
      return `invalid diffID for layer ${i}: expected "${diff}", got "${layer.diffId}"`;
    parent = chainId(parent, diff);
  }
  return undefined;
}

/** Parent image IDs that validatedParentLinks keeps: the parent is loaded in the same run. */
function parentLinks(dir: LoadDir, items: readonly ManifestItem[]): Map<number, Digest> {
  const ids = items.map((m) => {
    const r = dir.read(m.Config);
    return 'error' in r ? undefined : imageId(r.data);
  });
  const out = new Map<number, Digest>();
  items.forEach((m, i) => {
    const p = m.Parent;
    if (isDigest(p) && ids.includes(p) && ids[i] !== p) out.set(i, p);
  });
  return out;
}

function loadItem(
  store: ImageStore,
  dir: LoadDir,
  m: ManifestItem,
  parent: Digest | undefined,
  out: string[],
): Digest | string {
  const r = dir.read(m.Config);
  if ('error' in r) return r.error;
  const cfg = checkImageConfig(decode(r.data));
  if ('error' in cfg) return cfg.error;
  if (m.Layers.length !== cfg.diffIds.length) {
    return `invalid manifest, layers length mismatch: expected ${m.Layers.length}, got ${cfg.diffIds.length}`;
  }
  const err = loadLayers(store, dir, m, cfg.diffIds);
  if (err !== undefined) return err;
  if (cfg.nonEmpty > cfg.diffIds.length) return ERR_HISTORY;
  const added = store.addImage(r.data, parent);
  if (!added.ok) return added.error;
  for (const tag of m.RepoTags) {
    const parsed = parseNormalizedNamed(tag);
    if (!parsed.ok) return parsed.error;
    if (parsed.ref.tag === undefined) return `invalid tag ${JSON.stringify(tag)}`;
    setLoadedTag(store, parsed.ref, added.image.id, out);
    out.push(`Loaded image: ${familiarString(parsed.ref)}`);
  }
  return added.image.id;
}

function loadManifest(store: ImageStore, dir: LoadDir, out: string[]): string | undefined {
  const text = dir.readText('manifest.json');
  if ('error' in text) return text.error;
  const decoded = decodeFirst(text.text);
  if ('error' in decoded) return decoded.error;
  const items = parseManifest(decoded.value);
  if (typeof items === 'string') return items;
  const parents = parentLinks(dir, items);
  const ids: string[] = [];
  for (const [i, m] of items.entries()) {
    const id = loadItem(store, dir, m, parents.get(i), out);
    if (!isDigest(id)) return id;
    ids.push(`Loaded image ID: ${id}`);
  }
  const last = items[items.length - 1];
  if (!last || last.RepoTags.length === 0) out.push(...ids);
  return undefined;
}

/**
 * Load a `docker save` archive (or any tar in that layout) into the store: the lines docker load
 * prints, or the daemon's error. The daemon streams that error as a JSON message, so the CLI
 * prints it as it is (no "Error response from daemon: " prefix) and exits 1.
 */
export function loadImages(store: ImageStore, tarBytes: Uint8Array, opts: LoadOptions = {}): LoadResult {
  const suffix = opts.tempSuffix ?? String(parseInt(sha256Digest(tarBytes).slice(7, 15), 16));
  const unpacked = untar(tarBytes);
  if ('error' in unpacked) return unpacked;
  const dir = new LoadDir(unpacked.tree, `/var/lib/docker/tmp/docker-import-${suffix}`);
  const out: string[] = [];
  const error = dir.exists('manifest.json') ? loadManifest(store, dir, out) : legacyLoad(store, dir, out);
  return error === undefined ? { loaded: out, layers: dir.progress } : { error };
}
