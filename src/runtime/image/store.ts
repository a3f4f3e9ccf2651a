// The daemon's content-addressed image store (moby image/store.go, layer/layer_store.go,
// reference/store.go): layers keyed by ChainID, images by ID (the config digest), and
// repository:tag references pointing at image IDs.
//
// Simplification: one flat in-memory store; no reference counting of layers by containers, no
// on-disk layout (the engine may mirror it under /var/lib/docker through Sys).

import type { ImageConfig } from './config';
import { parseConfig } from './config';
import type { Digest } from './digest';
import { chainId, diffId, imageId, isDigest } from './digest';
import type { ImageRef } from './reference';
import { familiarString, parseNormalizedNamed, referenceString, withDefaultTag } from './reference';
import { decode } from '../../lib/utf8';
import { layerSize } from './unpack';

export interface LayerRecord {
  readonly chainId: Digest;
  readonly diffId: Digest;
  readonly parent: Digest | undefined;
  /** The uncompressed layer tar. */
  readonly tar: Uint8Array;
  /** Bytes of file data in the layer (docker history SIZE). */
  readonly size: number;
}

export interface ImageRecord {
  readonly id: Digest;
  readonly configBytes: Uint8Array;
  readonly config: ImageConfig;
  /** ChainIDs of the image's layers, bottom to top. */
  readonly layers: readonly Digest[];
  /** Image built on top of (for locally built images). */
  readonly parent?: Digest;
  /** "busybox@sha256:…" for images that came from a registry. */
  readonly repoDigests: string[];
}

export type Lookup =
  { readonly ok: true; readonly image: ImageRecord } | { readonly ok: false; readonly error: string };

export class ImageStore {
  private readonly layerMap = new Map<Digest, LayerRecord>();
  private readonly imageMap = new Map<Digest, ImageRecord>();
  /** Full reference string ("docker.io/library/busybox:latest") → image ID, in tagging order. */
  private readonly refs = new Map<string, Digest>();

  /** Register a layer on top of `parent` (a ChainID); the same content is stored once. */
  addLayer(parent: Digest | undefined, tar: Uint8Array, knownDiffId?: Digest): LayerRecord {
    const diff = knownDiffId ?? diffId(tar);
    const id = chainId(parent, diff);
    const old = this.layerMap.get(id);
    if (old) return old;
    const rec: LayerRecord = { chainId: id, diffId: diff, parent, tar, size: layerSize(tar) };
    this.layerMap.set(id, rec);
    return rec;
  }

  layer(chain: Digest): LayerRecord | undefined {
    return this.layerMap.get(chain);
  }

  /**
   * Register an image from its config bytes; its layers (the config's diff_ids) must be stored.
   * Returns the existing record when the same config was added before.
   */
  addImage(configBytes: Uint8Array, parent?: Digest): Lookup {
    const id = imageId(configBytes);
    const old = this.imageMap.get(id);
    if (old) return { ok: true, image: old };
    const config = parseConfig(decode(configBytes));
    if (!config) return { ok: false, error: 'invalid image config' };
    const layers: Digest[] = [];
    let chain: Digest | undefined;
    for (const d of config.rootfs.diff_ids) {
      chain = chainId(chain, d);
      if (!this.layerMap.has(chain)) return { ok: false, error: `layer does not exist: ${d}` };
      layers.push(chain);
    }
    const image: ImageRecord = {
      id,
      configBytes,
      config,
      layers,
      repoDigests: [],
      ...(parent ? { parent } : {}),
    };
    this.imageMap.set(id, image);
    return { ok: true, image };
  }

  image(id: Digest): ImageRecord | undefined {
    return this.imageMap.get(id);
  }

  /** All images, newest first by config `created` then by ID (docker images order). */
  images(): ImageRecord[] {
    return [...this.imageMap.values()].sort((a, b) =>
      a.config.created === b.config.created
        ? a.id < b.id
          ? -1
          : 1
        : a.config.created < b.config.created
          ? 1
          : -1,
    );
  }

  /** Point a reference (tag defaulting to latest) at an image. */
  tag(ref: ImageRef, id: Digest): void {
    this.refs.set(referenceString(withDefaultTag(ref)), id);
  }

  /** Remove a reference; false if it did not exist. */
  untag(ref: ImageRef): boolean {
    return this.refs.delete(referenceString(withDefaultTag(ref)));
  }

  /** The image a reference points at. */
  byRef(ref: ImageRef): ImageRecord | undefined {
    const id = this.refs.get(referenceString(withDefaultTag(ref)));
    return id ? this.imageMap.get(id) : undefined;
  }

  /** Every reference with its image, in tagging order (repositories.json's content). */
  references(): [string, Digest][] {
    return [...this.refs];
  }

  /** RepoTags of an image in familiar form ("busybox:latest"), sorted. */
  repoTags(id: Digest): string[] {
    const out: string[] = [];
    for (const [ref, target] of this.refs) {
      if (target !== id) continue;
      const parsed = parseNormalizedNamed(ref);
      if (parsed.ok) out.push(familiarString(parsed.ref));
    }
    return out.sort();
  }

  /** Remove an image and its references (layers stay; they may be shared). */
  deleteImage(id: Digest): boolean {
    for (const [ref, target] of [...this.refs]) if (target === id) this.refs.delete(ref);
    return this.imageMap.delete(id);
  }

  /**
   * Find an image as the daemon's GetImage does: a full ID ("sha256:<64 hex>" or 64 hex), a
   * reference ("busybox", "busybox:1.36"), or an unambiguous ID prefix.
   */
  resolve(refOrId: string): Lookup {
    const full = /^[0-9a-f]{64}$/.test(refOrId) ? `sha256:${refOrId}` : refOrId;
    if (isDigest(full)) {
      const image = this.imageMap.get(full);
      return image ? { ok: true, image } : { ok: false, error: `No such image: ${refOrId}` };
    }
    const parsed = parseNormalizedNamed(refOrId);
    if (parsed.ok) {
      const image = this.byRef(parsed.ref);
      if (image) return { ok: true, image };
    }
    const prefix = refOrId.startsWith('sha256:') ? refOrId.slice(7) : refOrId;
    if (/^[0-9a-f]+$/.test(prefix)) {
      const hits = [...this.imageMap.keys()].filter((id) => id.startsWith(`sha256:${prefix}`));
      const image = hits.length === 1 && hits[0] ? this.imageMap.get(hits[0]) : undefined;
      if (image) return { ok: true, image };
    }
    const shown = parsed.ok ? familiarString(withDefaultTag(parsed.ref)) : refOrId;
    return { ok: false, error: `No such image: ${shown}` };
  }
}
