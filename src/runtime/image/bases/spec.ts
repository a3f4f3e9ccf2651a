// How a base image is described: its build steps in order (each a history entry; steps with
// files make a layer) and its final run config. Layers are generated on first use and memoised,
// so booting costs nothing and every pull yields the same bytes.

import type { HistoryEntry, ImageConfig, RunConfig } from '../config';
import { encodeConfig } from '../config';
import type { Digest } from '../digest';
import { diffId, digestHex } from '../digest';
import { encodeLayer } from '../changeset';
import { TreeBuilder, epochSeconds } from './fs';

export interface Step {
  /** When the step ran (RFC 3339, as in the image's history). */
  readonly at: string;
  /** The history's created_by; "{file}" becomes "file:<sha256 of the layer>". */
  readonly by: string;
  /** The files this step added (its layer); absent for metadata-only steps. */
  readonly files?: (b: TreeBuilder) => void;
}

export interface ImageSpec {
  /** Repository path on docker.io ("library/busybox"). */
  readonly repo: string;
  readonly tags: readonly string[];
  readonly steps: readonly Step[];
  readonly config: RunConfig;
  readonly dockerVersion: string;
}

/** The generated blobs of an image. */
export interface BuiltImage {
  readonly layers: readonly Uint8Array[];
  readonly configBytes: Uint8Array;
  readonly id: Digest;
}

const layerCache = new WeakMap<Step, Uint8Array>();

/** The layer tar of a step (memoised: base layers shared by several images are built once). */
export function stepLayer(step: Step): Uint8Array | undefined {
  const make = step.files;
  if (!make) return undefined;
  let tar = layerCache.get(step);
  if (!tar) {
    const b = new TreeBuilder(epochSeconds(step.at));
    make(b);
    tar = encodeLayer(b.root);
    layerCache.set(step, tar);
  }
  return tar;
}

const builtCache = new WeakMap<ImageSpec, BuiltImage>();

/** Layers, config JSON and ID of a spec (memoised). */
export function buildImage(spec: ImageSpec): BuiltImage {
  const cached = builtCache.get(spec);
  if (cached) return cached;
  const layers: Uint8Array[] = [];
  const history: HistoryEntry[] = [];
  for (const step of spec.steps) {
    const tar = stepLayer(step);
    if (tar) layers.push(tar);
    const by = tar ? step.by.replace('{file}', `file:${digestHex(diffId(tar))}`) : step.by;
    history.push(
      tar ? { created: step.at, created_by: by } : { created: step.at, created_by: by, empty_layer: true },
    );
  }
  const last = spec.steps[spec.steps.length - 1];
  const config: ImageConfig = {
    architecture: 'amd64',
    config: spec.config,
    created: last ? last.at : '1970-01-01T00:00:00Z',
    docker_version: spec.dockerVersion,
    history,
    os: 'linux',
    rootfs: { type: 'layers', diff_ids: layers.map(diffId) },
  };
  const { bytes, id } = encodeConfig(config);
  const built: BuiltImage = { layers, configBytes: bytes, id };
  builtCache.set(spec, built);
  return built;
}

export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** The two steps of a distribution's base image: ADD the root filesystem, set CMD. */
export function rootSteps(at: string, cmdAt: string, cmd: string, root: (b: TreeBuilder) => void): Step[] {
  return [
    { at, by: '/bin/sh -c #(nop) ADD {file} in / ', files: root },
    { at: cmdAt, by: `/bin/sh -c #(nop)  CMD [${JSON.stringify(cmd)}]` },
  ];
}
