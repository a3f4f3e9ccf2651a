// docker pause/unpause (the cgroup freezer: cgroup.freeze on v2, freezer.state on v1), rename,
// port, and the prune commands.

import type { Gen } from '../../../userland/sys';
import { cgroupDirs } from '../cgroups';
import { writeFileAt } from '../fsio';
import { removeContainer } from '../remove';
import { saveConfig } from '../create';
import type { Container } from '../state';
import type { Ctx, Handler } from './context';
import { bool, fail, ok, str } from './context';
import { target } from './containers';

function* freeze(ctx: Ctx, c: Container, on: boolean): Gen<number> {
  const dirs = cgroupDirs(ctx.eng, c.id);
  if (ctx.eng.cgroupV2) return yield* writeFileAt(ctx.sys, `${dirs[0] ?? ''}/cgroup.freeze`, on ? '1' : '0');
  const dir = dirs.find((d) => d.includes('/freezer/')) ?? '';
  return yield* writeFileAt(ctx.sys, `${dir}/freezer.state`, on ? 'FROZEN' : 'THAWED');
}

export const manageHandlers: Record<string, Handler> = {
  *'container.pause'(ctx) {
    const c = yield* target(ctx);
    if ('error' in c || 'result' in c) return c;
    if (c.status !== 'running') return fail(`Container ${c.id} is not running`, 409);
    if (c.paused) return fail(`Container ${c.id} is already paused`, 409);
    yield* freeze(ctx, c, true);
    c.paused = true;
    yield* saveConfig(ctx.sys, c);
    return ok(null);
  },
  *'container.unpause'(ctx) {
    const c = yield* target(ctx);
    if ('error' in c || 'result' in c) return c;
    if (!c.paused) return fail(`Container ${c.id} is not paused`, 409);
    yield* freeze(ctx, c, false);
    c.paused = false;
    yield* saveConfig(ctx.sys, c);
    return ok(null);
  },
  *'container.rename'(ctx) {
    const c = yield* target(ctx);
    if ('error' in c || 'result' in c) return c;
    const name = str(ctx.req, 'name').replace(/^\//, '');
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name))
      return fail(`Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`, 400);
    if (name === c.name) return fail(`Renaming a container with the same name as its current name`, 400);
    const other = ctx.eng.find(name);
    if (other && other.name === name)
      return fail(
        `Error when allocating new name: Conflict. The container name "/${name}" is already in use by container "${other.id}". You have to remove (or rename) that container to be able to reuse that name.`,
        409,
      );
    c.name = name;
    yield* saveConfig(ctx.sys, c);
    return ok(null);
  },
  *'container.port'(ctx) {
    const c = yield* target(ctx);
    if ('error' in c || 'result' in c) return c;
    return ok(
      c.hostConfig.portBindings.map(
        (p) => `${p.containerPort}/${p.proto} -> ${p.hostIp || '0.0.0.0'}:${p.hostPort}`,
      ),
    );
  },
  *'container.prune'(ctx) {
    const gone: string[] = [];
    for (const c of [...ctx.eng.containers.values()]) {
      if (c.status === 'running') continue;
      yield* removeContainer(ctx.sys, ctx.eng, c);
      gone.push(c.id);
    }
    return ok({ ContainersDeleted: gone, SpaceReclaimed: 0 });
  },
  *'image.prune'(ctx) {
    const { eng } = ctx;
    const all = bool(ctx.req, 'all');
    const used = new Set([...eng.containers.values()].map((c) => c.image));
    const deleted: string[] = [];
    const layers = new Map<string, number>();
    for (const image of eng.store.images()) {
      if (used.has(image.id)) continue;
      if (!all && eng.store.repoTags(image.id).length > 0) continue;
      if ([...eng.store.images()].some((i) => i.parent === image.id)) continue;
      for (const l of image.layers) layers.set(l, eng.store.layer(l)?.size ?? 0);
      for (const t of eng.store.repoTags(image.id)) deleted.push(`untagged: ${t}`);
      eng.store.deleteImage(image.id);
      eng.registered.delete(image.id);
      deleted.push(`deleted: ${image.id}`);
    }
    // SpaceReclaimed counts the layers that no remaining image uses (image_prune.go), once each.
    const kept = new Set<string>(eng.store.images().flatMap((i) => i.layers));
    let space = 0;
    for (const [l, size] of layers) if (!kept.has(l)) space += size;
    return ok({ ImagesDeleted: deleted, SpaceReclaimed: space });
  },
};
