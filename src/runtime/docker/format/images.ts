// How `docker images` turns one image into rows (formatter/image.go imageFormat): a dangling
// image is one <none> <none> row; otherwise a row per repository:tag (with each digest of that
// repository when digests are shown), then rows for repositories known only by digest.
// Simplification: Go walks maps in random order; we keep the order of RepoTags / RepoDigests.

import { familiarName, parseNormalizedNamed } from '../../image/reference';
import type { ImageRow } from './contexts';

/** An Engine API image summary (GET /images/json), Created in Unix seconds. */
export interface ImageSummary {
  readonly Id: string;
  readonly RepoTags: readonly string[] | null;
  readonly RepoDigests: readonly string[] | null;
  readonly Created: number;
  readonly Size: number;
  readonly SharedSize?: number;
  readonly Containers?: number;
}

function isDangling(img: ImageSummary): boolean {
  const tags = img.RepoTags ?? [];
  const digests = img.RepoDigests ?? [];
  if (tags.length === 0 && digests.length === 0) return true;
  return (
    tags.length === 1 && tags[0] === '<none>:<none>' && digests.length === 1 && digests[0] === '<none>@<none>'
  );
}

function group(refs: readonly string[], pick: 'tag' | 'digest'): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of refs) {
    const p = parseNormalizedNamed(s);
    if (!p.ok) continue;
    const v = pick === 'tag' ? p.ref.tag : p.ref.digest;
    if (v === undefined) continue;
    const name = familiarName(p.ref);
    out.set(name, [...(out.get(name) ?? []), v]);
  }
  return out;
}

/**
 * The rows of one image. `digests` is --digests; `formatHasDigest` is whether the format
 * mentions {{.Digest}} (docker then shows tag rows once per digest, too).
 */
export function imageRows(img: ImageSummary, digests: boolean, formatHasDigest: boolean): ImageRow[] {
  const base = {
    Id: img.Id,
    Created: img.Created,
    Size: img.Size,
    SharedSize: img.SharedSize ?? -1,
    Containers: img.Containers ?? -1,
  };
  if (isDangling(img)) return [{ ...base, repository: '<none>', tag: '<none>', digest: '<none>' }];
  const repoTags = group(img.RepoTags ?? [], 'tag');
  const repoDigests = group(img.RepoDigests ?? [], 'digest');
  const rows: ImageRow[] = [];
  const add = (repository: string, tag: string, digest: string) =>
    rows.push({ ...base, repository, tag, digest });
  for (const [repo, tags] of repoTags) {
    const ds = digests || formatHasDigest ? (repoDigests.get(repo) ?? []) : [];
    repoDigests.delete(repo);
    for (const tag of tags) {
      if (ds.length === 0) add(repo, tag, '<none>');
      else for (const d of ds) add(repo, tag, d);
    }
  }
  for (const [repo, ds] of repoDigests) {
    if (digests) for (const d of ds) add(repo, '<none>', d);
    else add(repo, '<none>', '');
  }
  return rows;
}
