// Which images `docker save NAME…` writes (moby image/tarexport/save.go parseNames): a full image
// ID saves that image untagged; "repo:tag" saves it with that tag; a bare "repo" saves every tag of
// the repository, or, when there is none, the image whose ID starts with the name.

import type { Digest } from '../digest';
import { digestHex, isDigest } from '../digest';
import type { ImageRef } from '../reference';
import {
  familiarName,
  parseNormalizedNamed,
  referenceString,
  repositoryName,
  withDefaultTag,
} from '../reference';
import type { ImageRecord, ImageStore } from '../store';

export interface SaveTarget {
  readonly image: ImageRecord;
  /** Tagged references to record (RepoTags), in the order named. */
  readonly refs: ImageRef[];
}

type Found = { readonly id: Digest } | { readonly error: string };

/** The image store's Search: an unambiguous ID prefix ("3f57d9401f8d" or "sha256:3f57…"). */
function search(store: ImageStore, term: string): Found {
  const hex = term.startsWith('sha256:') ? term.slice(7) : term;
  const hits = store.images().filter((img) => hex !== '' && digestHex(img.id).startsWith(hex));
  if (hits.length > 1) return { error: 'ambiguous digest string' };
  const hit = hits[0];
  return hit ? { id: hit.id } : { error: `No such image: ${term}` };
}

/** Every reference of a repository with its image, sorted by reference string. */
function referencesByName(store: ImageStore, repo: ImageRef): { ref: ImageRef; id: Digest }[] {
  const out: { ref: ImageRef; id: Digest }[] = [];
  for (const image of store.images()) {
    for (const tag of store.repoTags(image.id)) {
      const parsed = parseNormalizedNamed(tag);
      if (parsed.ok && repositoryName(parsed.ref) === repositoryName(repo))
        out.push({ ref: parsed.ref, id: image.id });
    }
  }
  return out.sort((a, b) => (referenceString(a.ref) < referenceString(b.ref) ? -1 : 1));
}

class Targets {
  readonly map = new Map<Digest, SaveTarget>();

  constructor(private readonly store: ImageStore) {}

  add(id: Digest, ref?: ImageRef): string | undefined {
    let target = this.map.get(id);
    if (!target) {
      const image = this.store.image(id);
      if (!image)
        return `open /var/lib/docker/image/overlay2/imagedb/content/sha256/${digestHex(id)}: no such file or directory`;
      target = { image, refs: [] };
      this.map.set(id, target);
    }
    if (!ref || ref.digest !== undefined) return undefined;
    const tagged = withDefaultTag(ref);
    if (!target.refs.some((r) => referenceString(r) === referenceString(tagged))) target.refs.push(tagged);
    return undefined;
  }

  addFound(found: Found): string | undefined {
    return 'error' in found ? found.error : this.add(found.id);
  }
}

function addName(targets: Targets, store: ImageStore, name: string): string | undefined {
  if (/^[0-9a-f]{64}$/.test(name)) return targets.add(`sha256:${name}`);
  if (isDigest(name)) return targets.add(name);
  const parsed = parseNormalizedNamed(name);
  if (!parsed.ok) return parsed.error;
  const ref = parsed.ref;
  if (familiarName(ref) === 'sha256') return targets.addFound(search(store, name));
  if (ref.tag === undefined && ref.digest === undefined) {
    const assocs = referencesByName(store, ref);
    if (assocs.length === 0) return targets.addFound(search(store, name));
    for (const a of assocs) {
      const err = targets.add(a.id, a.ref);
      if (err) return err;
    }
    return undefined;
  }
  const image = store.byRef(ref);
  return image ? targets.add(image.id, ref) : 'reference does not exist';
}

/** The images to save, keyed by ID in the order first named, or the daemon's error. */
export function resolveSaveNames(
  store: ImageStore,
  names: readonly string[],
): Map<Digest, SaveTarget> | { error: string } {
  const targets = new Targets(store);
  for (const name of names) {
    const error = addName(targets, store, name);
    if (error !== undefined) return { error };
  }
  return targets.map;
}
