// The overlay2 graph driver's disk layout (moby daemon/graphdriver/overlay2) and the layer
// database (layer/filestore.go): every image layer is unpacked once into
// /var/lib/docker/overlay2/<cache-id>/diff with a short link in overlay2/l/, a `lower` file
// naming the layers below it, and /var/lib/docker/image/overlay2/layerdb/sha256/<chain-id>/
// holding its diff id, size, cache id and parent. Images' configs go to imagedb/content.

import type { Gen, Sys } from '../../userland/sys';
import type { Digest, ImageRecord } from '../image';
import { decodeLayer, digestHex } from '../image';
import type { DiskLayer, Engine } from './state';
import { IMAGE_ROOT, LAYERDB, OVERLAY_ROOT, randomHex, randomLink } from './state';
import { mkdirAll, writeFileAt, writeTree } from './fsio';

/** Create the daemon's top-level directories. */
export function* initLayout(sys: Sys): Gen<void> {
  for (const d of [
    `${OVERLAY_ROOT}/l`,
    `${LAYERDB}/sha256`,
    `${LAYERDB}/mounts`,
    `${IMAGE_ROOT}/imagedb/content/sha256`,
    `${IMAGE_ROOT}/imagedb/metadata/sha256`,
    '/var/lib/docker/containers',
    '/var/lib/docker/tmp',
    '/var/lib/docker/volumes',
    '/run/docker/containerd',
  ])
    yield* mkdirAll(sys, d, 0o755);
}

/** The `lower` file of a layer whose parent is `parent`: l/<parent link>:l/<below>… */
function lowerChain(eng: Engine, parent: Digest | undefined): string {
  const out: string[] = [];
  for (let c = parent; c; c = eng.store.layer(c)?.parent) {
    const d = eng.disk.get(c);
    if (d) out.push(`l/${d.link}`);
  }
  return out.join(':');
}

/** Unpack one store layer (its parents first) unless it is on disk already. */
export function* ensureLayer(sys: Sys, eng: Engine, chain: Digest): Gen<DiskLayer | string> {
  const known = eng.disk.get(chain);
  if (known) return known;
  const rec = eng.store.layer(chain);
  if (!rec) return `layer does not exist: ${chain}`;
  if (rec.parent) {
    const p = yield* ensureLayer(sys, eng, rec.parent);
    if (typeof p === 'string') return p;
  }
  const cacheId = yield* randomHex(sys, 32);
  const link = yield* randomLink(sys);
  const dir = `${OVERLAY_ROOT}/${cacheId}`;
  yield* mkdirAll(sys, `${dir}/diff`, 0o755);
  const { root, ...res } = decodeLayer(rec.tar);
  if (!res.ok) return res.error;
  const w = yield* writeTree(sys, `${dir}/diff`, root);
  if (w < 0) return `failed to register layer: ${w}`;
  yield* writeFileAt(sys, `${dir}/link`, link);
  yield* sys.symlink(`../${cacheId}/diff`, `${OVERLAY_ROOT}/l/${link}`);
  if (rec.parent) {
    yield* writeFileAt(sys, `${dir}/lower`, lowerChain(eng, rec.parent));
    yield* sys.mkdir(`${dir}/work`, 0o700);
  }
  const db = `${LAYERDB}/sha256/${digestHex(chain)}`;
  yield* mkdirAll(sys, db, 0o755);
  yield* writeFileAt(sys, `${db}/diff`, rec.diffId);
  yield* writeFileAt(sys, `${db}/size`, String(rec.size));
  yield* writeFileAt(sys, `${db}/cache-id`, cacheId);
  if (rec.parent) yield* writeFileAt(sys, `${db}/parent`, rec.parent);
  const disk: DiskLayer = { cacheId, link };
  eng.disk.set(chain, disk);
  return disk;
}

/** Put an image's layers and config on disk (after pull, import, load, build, commit). */
export function* registerImage(sys: Sys, eng: Engine, image: ImageRecord): Gen<string | undefined> {
  if (eng.registered.has(image.id)) return undefined;
  for (const chain of image.layers) {
    const r = yield* ensureLayer(sys, eng, chain);
    if (typeof r === 'string') return r;
  }
  const hex = digestHex(image.id);
  yield* writeFileAt(sys, `${IMAGE_ROOT}/imagedb/content/sha256/${hex}`, image.configBytes);
  if (image.parent) {
    const meta = `${IMAGE_ROOT}/imagedb/metadata/sha256/${hex}`;
    yield* mkdirAll(sys, meta, 0o700);
    yield* writeFileAt(sys, `${meta}/parent`, image.parent);
  }
  eng.registered.add(image.id);
  return undefined;
}

/** The lowerdir list (top first) of a container on this image: its init layer, then the image's. */
export function lowerDirs(eng: Engine, image: ImageRecord, initLink: string): string[] {
  const out = [`${OVERLAY_ROOT}/l/${initLink}`];
  for (let i = image.layers.length - 1; i >= 0; i--) {
    const c = image.layers[i];
    const d = c ? eng.disk.get(c) : undefined;
    if (d) out.push(`${OVERLAY_ROOT}/l/${d.link}`);
  }
  return out;
}
