// What a container changed: docker diff (its upper dir against the image), docker commit (the
// upper dir as a new layer on top of the image) and docker export (the merged tree as one tar).

import type { Gen } from '../../../userland/sys';
import type { DirNode, ImageConfig, ImageRecord } from '../../image';
import {
  applyLayer,
  changes,
  dirNode,
  encodeConfig,
  encodeLayer,
  goTime,
  parseNormalizedNamed,
} from '../../image';
import { readTree } from '../fsio';
import { registerImage } from '../layers';
import { OVERLAY_ROOT, nowNs } from '../state';
import type { Container } from '../state';
import type { Reply } from '../wire';
import type { Ctx, Handler } from './context';
import { fail, ok, str } from './context';

/** Paths Docker's init layer owns; never reported or committed. */
const INIT_PATHS = new Set([
  '/etc/hostname',
  '/etc/hosts',
  '/etc/resolv.conf',
  '/etc/mtab',
  '/.dockerenv',
  '/dev',
  '/proc',
  '/sys',
]);

function flatten(ctx: Ctx, image: ImageRecord): DirNode {
  const root = dirNode();
  for (const chain of image.layers) {
    const l = ctx.eng.store.layer(chain);
    if (l) applyLayer(root, l.tar);
  }
  return root;
}

export function dropInit(upper: DirNode): DirNode {
  for (const p of INIT_PATHS) {
    const parts = p.split('/').filter((x) => x !== '');
    let dir: DirNode | undefined = upper;
    for (let i = 0; dir && i < parts.length - 1; i++) {
      const next = dir.children.get(parts[i] ?? '');
      dir = next?.kind === 'dir' ? next : undefined;
    }
    dir?.children.delete(parts[parts.length - 1] ?? '');
  }
  return upper;
}

function* context(ctx: Ctx): Gen<{ c: Container; image: ImageRecord; upper: DirNode } | Reply> {
  const name = str(ctx.req, 'id');
  const c = ctx.eng.find(name);
  if (!c) return fail(`No such container: ${name}`, 404);
  const image = ctx.eng.imageOf(c);
  if (!image) return fail(`No such image: ${c.image}`, 404);
  const upper = yield* readTree(ctx.sys, `${OVERLAY_ROOT}/${c.mountId}/diff`);
  if (typeof upper === 'number') return fail(`error getting container changes: errno ${-upper}`);
  return { c, image, upper };
}

export const changeHandlers: Record<string, Handler> = {
  *'container.changes'(ctx) {
    const r = yield* context(ctx);
    if ('error' in r || 'result' in r) return r;
    const list = changes(r.upper, flatten(ctx, r.image), INIT_PATHS);
    return ok(list.map((ch) => ({ Kind: ch.kind === 'C' ? 0 : ch.kind === 'A' ? 1 : 2, Path: ch.path })));
  },
  *'container.commit'(ctx) {
    const r = yield* context(ctx);
    if ('error' in r || 'result' in r) return r;
    const { eng } = ctx;
    const layer = eng.store.addLayer(
      r.image.layers[r.image.layers.length - 1],
      encodeLayer(dropInit(r.upper)),
    );
    const created = goTime(yield* nowNs(ctx.sys));
    const base = r.image.config;
    const message = str(ctx.req, 'message');
    const author = str(ctx.req, 'author');
    const config: ImageConfig = {
      ...base,
      ...(author ? { author } : {}),
      config: { ...base.config, Image: r.image.id },
      container: r.c.id,
      container_config: { ...r.c.config },
      created,
      docker_version: '20.10.24+dfsg1',
      history: [
        ...base.history,
        {
          created,
          ...(author ? { author } : {}),
          created_by: [r.c.path, ...r.c.args].join(' '),
          ...(message ? { comment: message } : {}),
        },
      ],
      rootfs: { type: 'layers', diff_ids: [...base.rootfs.diff_ids, layer.diffId] },
    };
    const added = eng.store.addImage(encodeConfig(config).bytes, r.image.id);
    if (!added.ok) return fail(added.error);
    const refText = str(ctx.req, 'ref');
    if (refText) {
      const ref = parseNormalizedNamed(refText);
      if (!ref.ok) return fail(ref.error, 400);
      eng.store.tag(ref.ref, added.image.id);
    }
    const reg = yield* registerImage(ctx.sys, eng, added.image);
    return reg ? fail(reg) : ok(added.image.id);
  },
};
