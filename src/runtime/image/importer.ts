// `docker import`: a root filesystem tar becomes a one-layer image (moby
// daemon/images/image_import.go). Its DiffID is the sha256 of the tar exactly as given; the
// config has an empty run config (and the always-present container_config of Docker 20.10), the
// comment "Imported from SRC" and a single history entry carrying that comment.
//
// Simplification: no --change instructions; the architecture is always amd64.

import type { ImageConfig } from './config';
import { encodeConfig } from './config';
import type { Digest } from './digest';
import { goTime } from './gotime';
import type { ImageRef } from './reference';
import type { ImageRecord, ImageStore } from './store';

export interface ImportOptions {
  /** Where the tar came from: "-" for stdin (the comment becomes "Imported from -"). */
  readonly source: string;
  /** The import time, nanoseconds since the epoch (the model's CLOCK_REALTIME). */
  readonly now: bigint;
  readonly dockerVersion?: string;
  /** Tag to set (docker import TAR REPO[:TAG]). */
  readonly ref?: ImageRef;
}

export function importImage(store: ImageStore, tar: Uint8Array, opts: ImportOptions): ImageRecord | string {
  const layer = store.addLayer(undefined, tar);
  const created = goTime(opts.now);
  const comment = `Imported from ${opts.source}`;
  const config: ImageConfig = {
    architecture: 'amd64',
    comment,
    config: {},
    container_config: {},
    created,
    docker_version: opts.dockerVersion ?? '20.10.24',
    history: [{ created, comment }],
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: [layer.diffId] },
  };
  const { bytes } = encodeConfig(config);
  const added = store.addImage(bytes);
  if (!added.ok) return added.error;
  if (opts.ref) store.tag(opts.ref, added.image.id);
  return added.image;
}

/** The DiffID `docker import` records for a tar: its sha256 (dk-01). */
export function importedDiffId(store: ImageStore, image: ImageRecord): Digest | undefined {
  const top = image.layers[image.layers.length - 1];
  return top ? store.layer(top)?.diffId : undefined;
}
