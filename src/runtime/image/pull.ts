// `docker pull` against the store: parse and normalise the reference, fetch from the registry,
// register the layers (ChainID by ChainID; those already present are "Already exists"), the
// image and the tag. The result carries what the CLI prints; the engine formats it.

import type { Digest } from './digest';
import { chainId, diffId } from './digest';
import type { Registry } from './registry';
import type { ImageRef } from './reference';
import { familiarName, parseNormalizedNamed, withDefaultTag } from './reference';
import type { ImageRecord, ImageStore } from './store';

export interface PulledLayer {
  /** The layer's blob digest (its 12-hex prefix is the id docker pull prints per layer). */
  readonly digest: Digest;
  readonly chainId: Digest;
  /** True when the layer was already in the store ("Already exists"). */
  readonly existed: boolean;
}

export interface PullOutcome {
  readonly ok: true;
  readonly ref: ImageRef;
  readonly image: ImageRecord;
  /** Manifest digest ("Digest: sha256:…"). */
  readonly digest: Digest;
  readonly layers: readonly PulledLayer[];
  /** True when the reference already pointed at this image ("Image is up to date for …"). */
  readonly upToDate: boolean;
}

export type PullResult = PullOutcome | { readonly ok: false; readonly error: string };

export function pullImage(store: ImageStore, registry: Registry, input: string): PullResult {
  const parsed = parseNormalizedNamed(input);
  if (!parsed.ok) return parsed;
  const ref = withDefaultTag(parsed.ref);
  const answer = registry.fetch(ref);
  if (!answer.ok) return answer;
  const { image: remote } = answer;
  const layers: PulledLayer[] = [];
  let parent: Digest | undefined;
  remote.layers.forEach((tar, i) => {
    const diff = diffId(tar);
    const existed = store.layer(chainId(parent, diff)) !== undefined;
    const rec = store.addLayer(parent, tar, diff);
    layers.push({ digest: remote.manifest.layers[i]?.digest ?? diff, chainId: rec.chainId, existed });
    parent = rec.chainId;
  });
  const previous = ref.digest === undefined ? store.byRef(ref) : undefined;
  const added = store.addImage(remote.configBytes);
  if (!added.ok) return added;
  if (ref.tag !== undefined) store.tag(ref, added.image.id);
  const repoDigest = `${familiarName(ref)}@${remote.digest}`;
  if (!added.image.repoDigests.includes(repoDigest)) added.image.repoDigests.push(repoDigest);
  return {
    ok: true,
    ref,
    image: added.image,
    digest: remote.digest,
    layers,
    upToDate: previous?.id === added.image.id,
  };
}
