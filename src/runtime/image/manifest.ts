// Image manifests (image-spec manifest.md, descriptor.md): the registry-side description of an
// image — its config blob and layer blobs by digest and size. The manifest digest is what
// `docker pull` prints as "Digest:" and what RepoDigests record.
//
// Simplification: layer blobs are stored uncompressed (media type …layer.v1.tar), so a layer's
// blob digest equals its DiffID; real registries serve gzip blobs with different digests.

import { encode } from '../../lib/utf8';
import type { Digest } from './digest';
import { sha256Digest } from './digest';
import { goJson } from './gojson';

export const MEDIA_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const MEDIA_CONFIG = 'application/vnd.oci.image.config.v1+json';
export const MEDIA_LAYER = 'application/vnd.oci.image.layer.v1.tar';

export interface Descriptor {
  readonly mediaType: string;
  readonly digest: Digest;
  readonly size: number;
}

export interface Manifest {
  readonly schemaVersion: 2;
  readonly mediaType: string;
  readonly config: Descriptor;
  readonly layers: readonly Descriptor[];
}

export function descriptor(mediaType: string, bytes: Uint8Array): Descriptor {
  return { mediaType, digest: sha256Digest(bytes), size: bytes.length };
}

/** The manifest of a config blob and layer blobs (bottom to top). */
export function makeManifest(config: Uint8Array, layers: readonly Uint8Array[]): Manifest {
  return {
    schemaVersion: 2,
    mediaType: MEDIA_MANIFEST,
    config: descriptor(MEDIA_CONFIG, config),
    layers: layers.map((l) => descriptor(MEDIA_LAYER, l)),
  };
}

/** Manifest JSON bytes (Go struct order: schemaVersion, mediaType, config, layers) and digest. */
export function encodeManifest(m: Manifest): { bytes: Uint8Array; digest: Digest } {
  const desc = (d: Descriptor) => ({ mediaType: d.mediaType, digest: d.digest, size: d.size });
  const bytes = encode(
    goJson({
      schemaVersion: m.schemaVersion,
      mediaType: m.mediaType,
      config: desc(m.config),
      layers: m.layers.map(desc),
    }),
  );
  return { bytes, digest: sha256Digest(bytes) };
}
