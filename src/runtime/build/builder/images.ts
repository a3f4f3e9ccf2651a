// Images as the legacy builder makes them: the cache lookup among an image's children (moby
// image/cache LocalImageCache), flattened root filesystems for COPY and WORKDIR to look at, and
// the commit of a step (image.NewChildImage): the parent's history plus one entry whose
// created_by is the step's Cmd joined with spaces, `empty_layer` when the step changed no file.

import type { Digest, HistoryEntry, ImageConfig, ImageRecord, ImageStore, RunConfig } from '../../image';
import { applyLayer, encodeConfig, goTime } from '../../image';
import type { DirNode } from '../../image/tree';
import { dirNode } from '../../image/tree';
import { readTar } from '../../../userland/libc/tar';
import type { Gen } from '../../../userland/sys';
import type { BuildEnv, DispatchState } from './state';
import { copyRunConfig, sameConfig } from './runconfig';
import { BuildFailure } from './types';

/** `docker_version` of Debian 12's docker.io, the daemon of the reference host. */
export const DOCKER_VERSION = '20.10.24+dfsg1';

/** The cache: once a step misses, every later step of the stage misses too. */
export class Prober {
  private busted = false;

  constructor(
    private readonly store: ImageStore,
    private readonly noCache: boolean,
  ) {}

  reset(): void {
    this.busted = false;
  }

  /** The newest child of `parent` committed with the same container config. */
  probe(parent: Digest | '', config: RunConfig): ImageRecord | undefined {
    if (this.noCache || this.busted) return undefined;
    const hit = this.store
      .images()
      .find(
        (img) =>
          (img.parent ?? '') === parent &&
          img.config.container_config !== undefined &&
          sameConfig(img.config.container_config, config),
      );
    if (!hit) this.busted = true;
    return hit;
  }
}

/** Flattened image trees, kept for the last few images (read-only: never modify them). */
export class TreeCache {
  private readonly cache = new Map<string, DirNode>();

  constructor(private readonly store: ImageStore) {}

  tree(image: ImageRecord | undefined): DirNode {
    const top = image?.layers[image.layers.length - 1];
    if (!image || top === undefined) return dirNode();
    const hit = this.cache.get(top);
    if (hit) return hit;
    const root = dirNode();
    for (const chain of image.layers) {
      const layer = this.store.layer(chain);
      if (!layer) throw new BuildFailure(`layer does not exist: ${chain}`);
      const r = applyLayer(root, layer.tar);
      if (!r.ok) throw new BuildFailure(`failed to register layer: ${r.error}`);
    }
    if (this.cache.size >= 8) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(top, root);
    return root;
  }
}

/** True when a layer tar has no entries (Docker compares with the empty layer's DiffID). */
export function isEmptyLayer(tar: Uint8Array | undefined): boolean {
  return !tar || readTar(tar).members.length === 0;
}

export interface CommitInput {
  readonly containerConfig: RunConfig;
  /** The step's filesystem changes; undefined or empty: a history entry only. */
  readonly layer?: Uint8Array;
  /** The container committed (RUN and metadata steps; COPY/ADD have none). */
  readonly containerId?: string;
}

/** Commit a step on top of the state's image; the state moves to the new image. */
export function* commitStep(env: BuildEnv, state: DispatchState, input: CommitInput): Gen<void> {
  const created = goTime(yield* env.backend.now());
  const parent = state.image;
  const pc = parent?.config;
  const empty = isEmptyLayer(input.layer);
  const top = parent?.layers[parent.layers.length - 1];
  const layer = empty || !input.layer ? undefined : env.store.addLayer(top, input.layer);
  const author = state.maintainer;
  const entry: HistoryEntry = {
    created,
    ...(author ? { author } : {}),
    created_by: (input.containerConfig.Cmd ?? []).join(' '),
    ...(empty ? { empty_layer: true } : {}),
  };
  const config: ImageConfig = {
    architecture: pc?.architecture || 'amd64',
    ...(pc?.variant ? { variant: pc.variant } : {}),
    ...(author ? { author } : {}),
    config: copyRunConfig(state.runConfig),
    ...(input.containerId ? { container: input.containerId } : {}),
    container_config: input.containerConfig,
    created,
    docker_version: DOCKER_VERSION,
    history: [...(pc?.history ?? []), entry],
    os: pc?.os || 'linux',
    rootfs: { type: 'layers', diff_ids: [...(pc?.rootfs.diff_ids ?? []), ...(layer ? [layer.diffId] : [])] },
  };
  const added = env.store.addImage(encodeConfig(config).bytes, parent?.id);
  if (!added.ok) throw new BuildFailure(added.error);
  state.setImage(added.image);
}
