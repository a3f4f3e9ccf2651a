// An in-world registry: Docker Hub's official images (generated lazily from bases/) plus whatever
// is pushed to it. It answers what a registry's /v2/ API would — a manifest and blobs for a
// reference — with the error texts the Docker 20.10 daemon passes on for `docker pull`.
//
// Simplification: one registry object answers for every domain it hosts (docker.io by default);
// other domains fail as an unresolvable host would.

import type { BuiltImage, ImageSpec } from './bases';
import { BASE_IMAGES, buildImage } from './bases';
import type { Digest } from './digest';
import { imageId } from './digest';
import type { Manifest } from './manifest';
import { encodeManifest, makeManifest } from './manifest';
import type { ImageRef } from './reference';
import { DEFAULT_DOMAIN, familiarName, familiarString, withDefaultTag } from './reference';

/** What a pull receives. */
export interface RegistryImage {
  readonly manifest: Manifest;
  readonly manifestBytes: Uint8Array;
  /** The manifest digest ("Digest: sha256:…" in docker pull's output). */
  readonly digest: Digest;
  readonly configBytes: Uint8Array;
  /** Uncompressed layer tars, bottom to top. */
  readonly layers: readonly Uint8Array[];
}

export type RegistryAnswer =
  { readonly ok: true; readonly image: RegistryImage } | { readonly ok: false; readonly error: string };

type Source = ImageSpec | BuiltImage;

function manifestUnknown(r: ImageRef): string {
  return `manifest for ${familiarString(r)} not found: manifest unknown: manifest unknown`;
}

export class Registry {
  /** "docker.io/library/busybox" → tag → source. */
  private readonly repos = new Map<string, Map<string, Source>>();
  private readonly answered = new WeakMap<Source, RegistryImage>();

  constructor(images: readonly ImageSpec[] = BASE_IMAGES) {
    for (const spec of images) {
      for (const tag of spec.tags) this.put(`${DEFAULT_DOMAIN}/${spec.repo}`, tag, spec);
    }
  }

  private put(repo: string, tag: string, src: Source): void {
    let tags = this.repos.get(repo);
    if (!tags) this.repos.set(repo, (tags = new Map()));
    tags.set(tag, src);
  }

  /** Store an image under a reference (docker push). */
  push(ref: ImageRef, configBytes: Uint8Array, layers: readonly Uint8Array[]): RegistryImage {
    const r = withDefaultTag(ref);
    const built: BuiltImage = { configBytes, layers, id: imageId(configBytes) };
    this.put(`${r.domain}/${r.path}`, r.tag ?? 'latest', built);
    return this.answer(built);
  }

  /** Repository names ("docker.io/library/busybox"), sorted. */
  repositories(): string[] {
    return [...this.repos.keys()].sort();
  }

  /** Tags of a repository, sorted. */
  tags(repo: string): string[] {
    return [...(this.repos.get(repo)?.keys() ?? [])].sort();
  }

  private answer(src: Source): RegistryImage {
    const old = this.answered.get(src);
    if (old) return old;
    const built = 'steps' in src ? buildImage(src) : src;
    const manifest = makeManifest(built.configBytes, built.layers);
    const { bytes, digest } = encodeManifest(manifest);
    const image: RegistryImage = {
      manifest,
      manifestBytes: bytes,
      digest,
      configBytes: built.configBytes,
      layers: built.layers,
    };
    this.answered.set(src, image);
    return image;
  }

  /** The image for a reference (tag, digest, or latest). */
  fetch(ref: ImageRef): RegistryAnswer {
    const r = withDefaultTag(ref);
    const repo = `${r.domain}/${r.path}`;
    const tags = this.repos.get(repo);
    if (!tags) {
      if (r.domain !== DEFAULT_DOMAIN && ![...this.repos.keys()].some((k) => k.startsWith(r.domain + '/'))) {
        const host = r.domain.replace(/:\d+$/, '');
        return { ok: false, error: `Get "https://${r.domain}/v2/": dial tcp: lookup ${host}: no such host` };
      }
      const name = familiarName(r);
      // A private registry (registry:2) answers MANIFEST_UNKNOWN; Docker Hub denies access.
      if (r.domain !== DEFAULT_DOMAIN) return { ok: false, error: manifestUnknown(r) };
      return {
        ok: false,
        error: `pull access denied for ${name}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`,
      };
    }
    let found: RegistryImage | undefined;
    if (r.digest !== undefined) {
      for (const src of tags.values()) {
        const a = this.answer(src);
        if (a.digest === r.digest) found = a;
      }
    } else {
      const src = tags.get(r.tag ?? 'latest');
      if (src) found = this.answer(src);
    }
    if (!found) {
      return {
        ok: false,
        error: `manifest for ${familiarString(r)} not found: manifest unknown: manifest unknown`,
      };
    }
    return { ok: true, image: found };
  }
}
