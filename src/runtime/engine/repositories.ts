// What the daemon mirrors to disk after each API request, so that what `ls` and `cat` show under
// /var/lib/docker matches its memory (moby reference/store.go saves repositories.json on every
// tag change; image/store.go deletes imagedb content when an image goes):
// image/overlay2/repositories.json maps repository → reference → image ID, and the config files
// of deleted images are removed from imagedb/content.
//
// Simplification: written after the request that changed them rather than inside the change.

import type { Gen, Sys } from '../../userland/sys';
import { digestHex, familiarString, goJson, parseNormalizedNamed } from '../image';
import type { Digest, GoValue } from '../image';
import type { Engine } from './state';
import { IMAGE_ROOT } from './state';
import { removeAll, writeFileAt } from './fsio';

const saved = new WeakMap<Engine, string>();
/** Images whose config files this daemon wrote (registered ones, seen after each request). */
const onDisk = new WeakMap<Engine, Set<Digest>>();

/** repositories.json's text for the store's references. */
export function repositoriesJson(eng: Engine): string {
  const repos = new Map<string, Map<string, GoValue>>();
  for (const [ref, id] of eng.store.references()) {
    const parsed = parseNormalizedNamed(ref);
    if (!parsed.ok) continue;
    const name = familiarString({ domain: parsed.ref.domain, path: parsed.ref.path });
    let refs = repos.get(name);
    if (!refs) repos.set(name, (refs = new Map()));
    refs.set(familiarString(parsed.ref), id);
  }
  return goJson(new Map([['Repositories', new Map([...repos].sort(([a], [b]) => (a < b ? -1 : 1)))]]));
}

/** Bring repositories.json and imagedb/content in line with the engine's memory. */
export function* syncImageFiles(sys: Sys, eng: Engine): Gen<void> {
  const text = repositoriesJson(eng);
  if (saved.get(eng) !== text) {
    saved.set(eng, text);
    yield* writeFileAt(sys, `${IMAGE_ROOT}/repositories.json`, text, 0o600);
  }
  let known = onDisk.get(eng);
  if (!known) onDisk.set(eng, (known = new Set()));
  for (const id of eng.registered) known.add(id);
  for (const id of [...known]) {
    if (eng.store.image(id)) continue;
    known.delete(id);
    yield* sys.unlink(`${IMAGE_ROOT}/imagedb/content/sha256/${digestHex(id)}`);
    yield* removeAll(sys, `${IMAGE_ROOT}/imagedb/metadata/sha256/${digestHex(id)}`);
  }
}
