// docker push and docker logs -f.
//
// Simplification: every repository, whatever its registry host, is pushed to the in-world
// registry (no authentication); layer blobs are uncompressed, so a layer's digest is its DiffID.

import type { Gen } from '../../../userland/sys';
import { familiarName, parseNormalizedNamed, shortId, withDefaultTag } from '../../image';
import { readLog } from '../logs';
import type { Container } from '../state';
import type { Ctx, Handler } from './context';
import { bool, fail, ok, str, stream } from './context';

function* follow(ctx: Ctx, c: Container): Gen<void> {
  let sent = 0;
  for (;;) {
    const entries = yield* readLog(ctx.sys, c);
    for (const e of entries.slice(sent)) yield* stream(ctx, e.log, e.stream === 'stderr');
    sent = entries.length;
    if (c.status !== 'running') return;
    yield* ctx.sys.nanosleep(100_000_000);
  }
}

export const pushHandlers: Record<string, Handler> = {
  *'image.push'(ctx) {
    const name = str(ctx.req, 'name');
    const parsed = parseNormalizedNamed(name);
    if (!parsed.ok) return fail(parsed.error, 400);
    const ref = withDefaultTag(parsed.ref);
    const image = ctx.eng.store.byRef(ref);
    if (!image) return fail(`An image does not exist locally with the tag: ${familiarName(ref)}`, 404);
    yield* stream(ctx, `The push refers to repository [${ref.domain}/${ref.path}]\n`);
    const layers = image.layers.map((chain) => ctx.eng.store.layer(chain));
    for (const l of [...layers].reverse()) if (l) yield* stream(ctx, `${shortId(l.diffId)}: Pushed\n`);
    const pushed = ctx.eng.registry.push(
      ref,
      image.configBytes,
      layers.map((l) => l?.tar ?? new Uint8Array()),
    );
    yield* stream(
      ctx,
      `${ref.tag ?? 'latest'}: digest: ${pushed.digest} size: ${pushed.manifestBytes.length}\n`,
    );
    return ok(null);
  },
  *'container.logs.follow'(ctx) {
    const name = str(ctx.req, 'id');
    const c = ctx.eng.find(name);
    if (!c) return fail(`No such container: ${name}`, 404);
    if (bool(ctx.req, 'follow')) yield* follow(ctx, c);
    return ok(null);
  },
};
