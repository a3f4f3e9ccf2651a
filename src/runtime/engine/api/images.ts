// Image endpoints of the Engine API (daemon/images): list, inspect, history, tag, remove, pull,
// import. Answers have the Engine API's field names and order, so the CLI's templates
// ({{json .RootFS}}, {{.Config.Env}}) see what they see on a real daemon.

import type { Digest, ImageRecord } from '../../image';
import {
  familiarString,
  goTimeSeconds,
  importImage,
  parseNormalizedNamed,
  pullImage,
  shortId,
  withDefaultTag,
} from '../../image';
import { decode } from '../../../lib/utf8';
import { readAll } from '../../../userland/libc/io';
import { O_RDONLY } from '../../../kernel/abi/fcntl';
import { strerror } from '../../../kernel/abi/errno';
import type { Gen } from '../../../userland/sys';
import type { Engine } from '../state';
import { OVERLAY_ROOT, nowNs } from '../state';
import { registerImage } from '../layers';
import type { Json, Reply } from '../wire';
import type { Ctx, Handler } from './context';
import { bool, clientFd, fail, ok, str, stream } from './context';

export function imageSize(eng: Engine, image: ImageRecord): number {
  return image.layers.reduce((n, c) => n + (eng.store.layer(c)?.size ?? 0), 0);
}

function createdSec(image: ImageRecord): number {
  return goTimeSeconds(image.config.created);
}

function rawConfig(image: ImageRecord): Record<string, Json> {
  return JSON.parse(decode(image.configBytes)) as Record<string, Json>;
}

function graphDriver(eng: Engine, image: ImageRecord): Json {
  const dirs = [...image.layers]
    .reverse()
    .map((c) => `${OVERLAY_ROOT}/${eng.disk.get(c)?.cacheId ?? ''}/diff`);
  const [upper = '', ...lower] = dirs;
  const last = image.layers[image.layers.length - 1];
  const top = (last && eng.disk.get(last)?.cacheId) ?? '';
  const data: Record<string, Json> = {};
  if (lower.length > 0) data.LowerDir = lower.join(':');
  data.MergedDir = `${OVERLAY_ROOT}/${top}/merged`;
  data.UpperDir = upper;
  data.WorkDir = `${OVERLAY_ROOT}/${top}/work`;
  return { Data: data, Name: 'overlay2' };
}

/** `docker image inspect`'s object (api/types.ImageInspect). */
export function inspectImage(eng: Engine, image: ImageRecord): Json {
  const raw = rawConfig(image);
  const size = imageSize(eng, image);
  return {
    Id: image.id,
    RepoTags: eng.store.repoTags(image.id),
    RepoDigests: image.repoDigests,
    Parent: image.parent ?? '',
    Comment: image.config.comment ?? '',
    Created: image.config.created,
    Container: image.config.container ?? '',
    ContainerConfig: raw.container_config ?? {},
    DockerVersion: image.config.docker_version ?? '',
    Author: image.config.author ?? '',
    Config: raw.config ?? null,
    Architecture: image.config.architecture,
    Os: image.config.os,
    Size: size,
    VirtualSize: size,
    GraphDriver: graphDriver(eng, image),
    RootFS: { Type: 'layers', Layers: [...image.config.rootfs.diff_ids] },
    Metadata: { LastTagTime: '0001-01-01T00:00:00Z' },
  };
}

/** docker history: newest first; steps of local parent images carry their ids. */
export function imageHistory(eng: Engine, image: ImageRecord): Json[] {
  const ids = new Map<number, Digest>();
  for (
    let img: ImageRecord | undefined = image;
    img;
    img = img.parent ? eng.store.image(img.parent) : undefined
  )
    ids.set(img.config.history.length - 1, img.id);
  const out: Json[] = [];
  let layer = image.layers.length - 1;
  const hist = image.config.history;
  for (let i = hist.length - 1; i >= 0; i--) {
    const h = hist[i];
    if (!h) continue;
    const chain = h.empty_layer ? undefined : image.layers[layer--];
    const size = chain ? (eng.store.layer(chain)?.size ?? 0) : 0;
    const id = ids.get(i);
    out.push({
      Comment: h.comment ?? '',
      Created: goTimeSeconds(h.created),
      CreatedBy: h.created_by ?? '',
      Id: id ?? '<missing>',
      Size: size,
      Tags: id ? eng.store.repoTags(id) : null,
    });
  }
  return out;
}

function summary(eng: Engine, image: ImageRecord): Json {
  const tags = eng.store.repoTags(image.id);
  const untagged = tags.length === 0 && image.repoDigests.length === 0;
  return {
    Containers: -1,
    Created: createdSec(image),
    Id: image.id,
    Labels: null,
    ParentId: image.parent ?? '',
    RepoDigests: untagged ? ['<none>@<none>'] : image.repoDigests,
    RepoTags: tags.length > 0 ? tags : ['<none>:<none>'],
    SharedSize: -1,
    Size: imageSize(eng, image),
    VirtualSize: imageSize(eng, image),
  };
}

function* lookupImage(ctx: Ctx, name: string): Gen<ImageRecord | Reply> {
  const r = ctx.eng.store.resolve(name);
  return r.ok ? r.image : fail(r.error, 404);
}

export const imageHandlers: Record<string, Handler> = {
  *'image.list'(ctx) {
    // daemon/images/images.go: an image without tags or digests is listed as <none> when it is
    // dangling (no child image) or with -a; otherwise it is an intermediate build step, hidden.
    const images = ctx.eng.store.images();
    const parents = new Set(images.map((i) => i.parent).filter((p) => p !== undefined));
    const shown = images.filter(
      (i) =>
        bool(ctx.req, 'all') ||
        !parents.has(i.id) ||
        ctx.eng.store.repoTags(i.id).length > 0 ||
        i.repoDigests.length > 0,
    );
    return ok(shown.map((i) => summary(ctx.eng, i)));
  },
  *'image.inspect'(ctx) {
    const r = yield* lookupImage(ctx, str(ctx.req, 'name'));
    return 'id' in r ? ok(inspectImage(ctx.eng, r)) : r;
  },
  *'image.history'(ctx) {
    const r = yield* lookupImage(ctx, str(ctx.req, 'name'));
    return 'id' in r ? ok(imageHistory(ctx.eng, r)) : r;
  },
  *'image.tag'(ctx) {
    const r = yield* lookupImage(ctx, str(ctx.req, 'source'));
    if (!('id' in r)) return r;
    const target = parseNormalizedNamed(str(ctx.req, 'target'));
    if (!target.ok) return fail(target.error, 400);
    ctx.eng.store.tag(target.ref, r.id);
    return ok(null);
  },
  *'image.pull'(ctx) {
    const name = str(ctx.req, 'name');
    const r = pullImage(ctx.eng.store, ctx.eng.registry, name);
    if (!r.ok) return fail(r.error, 404);
    const tag = withDefaultTag(r.ref).tag ?? 'latest';
    if (!bool(ctx.req, 'quiet')) {
      if (bool(ctx.req, 'defaultTag')) yield* stream(ctx, `Using default tag: ${tag}\n`);
      if (!r.upToDate) yield* stream(ctx, `${tag}: Pulling from ${r.ref.path}\n`);
      if (!r.upToDate)
        for (const l of r.layers)
          yield* stream(ctx, `${shortId(l.digest)}: ${l.existed ? 'Already exists' : 'Pull complete'}\n`);
      yield* stream(ctx, `Digest: ${r.digest}\n`);
      const full = familiarString(withDefaultTag(r.ref));
      yield* stream(
        ctx,
        r.upToDate
          ? `Status: Image is up to date for ${full}\n`
          : `Status: Downloaded newer image for ${full}\n`,
      );
    }
    const reg = yield* registerImage(ctx.sys, ctx.eng, r.image);
    if (reg) return fail(reg);
    return ok(`docker.io/${r.ref.path}:${tag}`);
  },
  *'image.import'(ctx) {
    const src = str(ctx.req, 'source');
    const path = src === '-' ? clientFd(ctx, 0) : src;
    const fd = yield* ctx.sys.open(path, O_RDONLY);
    if (fd < 0) return fail(`open ${src}: ${strerror(fd).toLowerCase()}`, 500);
    const data = yield* readAll(ctx.sys, fd);
    yield* ctx.sys.close(fd);
    if (typeof data === 'number') return fail(strerror(data));
    const refText = str(ctx.req, 'ref');
    const parsed = refText ? parseNormalizedNamed(refText) : undefined;
    if (parsed && !parsed.ok) return fail(parsed.error, 400);
    const image = importImage(ctx.eng.store, data, {
      source: src,
      now: yield* nowNs(ctx.sys),
      ...(parsed?.ok ? { ref: parsed.ref } : {}),
    });
    if (typeof image === 'string') return fail(image);
    const reg = yield* registerImage(ctx.sys, ctx.eng, image);
    return reg ? fail(reg) : ok(image.id);
  },
  *'image.remove'(ctx) {
    return yield* removeImage(ctx, str(ctx.req, 'name'), bool(ctx.req, 'force'));
  },
};

function* removeImage(ctx: Ctx, name: string, force: boolean): Gen<Reply> {
  const { eng } = ctx;
  const r = yield* lookupImage(ctx, name);
  if (!('id' in r)) return r;
  const parsed = parseNormalizedNamed(name);
  const tags = eng.store.repoTags(r.id);
  const lines: string[] = [];
  const byName = parsed.ok && !/^[0-9a-f]{12,64}$/.test(name) && !name.startsWith('sha256:');
  if (byName && parsed.ok && tags.length > 1) {
    eng.store.untag(parsed.ref);
    return ok([`Untagged: ${familiarString(withDefaultTag(parsed.ref))}`]);
  }
  const user = [...eng.containers.values()].find((c) => c.image === r.id);
  if (user && !force)
    return fail(
      `conflict: unable to ${byName ? `remove repository reference "${name}"` : `delete ${shortId(r.id)}`} (must force) - container ${shortId(user.id)} is using its referenced image ${shortId(r.id)}`,
      409,
    );
  for (const t of tags) lines.push(`Untagged: ${t}`);
  eng.store.deleteImage(r.id);
  eng.registered.delete(r.id);
  lines.push(`Deleted: ${r.id}`);
  return ok(lines);
}
