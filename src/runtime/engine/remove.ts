// After a container stops, and docker rm: unmount its root filesystem, remove its cgroups and its
// veth, give back its address; on removal also delete its overlay2 layer, init layer, layerdb
// mount record and /var/lib/docker/containers/<id>.

import { MNT_DETACH } from '../../kernel/abi/mount';
import type { Gen, Sys } from '../../userland/sys';
import { removeCgroups } from './cgroups';
import { readTextFile, removeAll } from './fsio';
import { deleteVeth } from './network';
import { CONTAINERS_ROOT, LAYERDB, OVERLAY_ROOT } from './state';
import type { Container, Engine } from './state';

/** Undo what start set up (the container's processes are gone). */
export function* cleanupContainer(sys: Sys, eng: Engine, c: Container, veth: string | undefined): Gen<void> {
  yield* sys.umount2(`${OVERLAY_ROOT}/${c.mountId}/merged`, MNT_DETACH);
  yield* removeCgroups(sys, eng, c.id);
  if (veth) yield* deleteVeth(sys, veth);
  if (c.ip) eng.usedIps.delete(c.ip);
}

/** Delete a stopped container's files and forget it. */
export function* removeContainer(sys: Sys, eng: Engine, c: Container): Gen<void> {
  c.status = 'removing';
  for (const dir of [`${OVERLAY_ROOT}/${c.mountId}`, `${OVERLAY_ROOT}/${c.mountId}-init`]) {
    const link = yield* readTextFile(sys, `${dir}/link`);
    if (link) yield* sys.unlink(`${OVERLAY_ROOT}/l/${link}`);
    yield* removeAll(sys, dir);
  }
  yield* removeAll(sys, `${LAYERDB}/mounts/${c.id}`);
  yield* removeAll(sys, `${CONTAINERS_ROOT}/${c.id}`);
  eng.containers.delete(c.id);
}
