// docker save / load / export: image archives in Docker 20.10's format written to (or read from)
// the client's own stdout/stdin or a file named with -o/-i, and a container's merged tree as a tar.

import { O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY } from '../../../kernel/abi/fcntl';
import { strerror } from '../../../kernel/abi/errno';
import { readAll, writeAll } from '../../../userland/libc/io';
import { exportTree, loadImages, saveImages } from '../../image/archive';
import { readTree } from '../fsio';
import { registerImage } from '../layers';
import { OVERLAY_ROOT } from '../state';
import { mountRootfs } from '../start';
import type { Gen } from '../../../userland/sys';
import type { Reply } from '../wire';
import type { Ctx, Handler } from './context';
import { clientFd, fail, ok, str, stream, strs } from './context';
import { MNT_DETACH } from '../../../kernel/abi/mount';

function* writeOut(ctx: Ctx, bytes: Uint8Array): Gen<Reply> {
  const file = str(ctx.req, 'output');
  const fd = yield* ctx.sys.open(file || clientFd(ctx, 1), O_WRONLY | O_CREAT | O_TRUNC, 0o644);
  if (fd < 0) return fail(`open ${file}: ${strerror(fd).toLowerCase()}`);
  yield* writeAll(ctx.sys, fd, bytes);
  yield* ctx.sys.close(fd);
  return ok(null);
}

export const archiveHandlers: Record<string, Handler> = {
  *'image.save'(ctx) {
    const now = (yield* ctx.sys.clock_gettime(0)).sec;
    const tar = saveImages(ctx.eng.store, strs(ctx.req, 'names'), { now });
    if ('error' in tar) return fail(tar.error, 404);
    return yield* writeOut(ctx, tar);
  },
  *'image.load'(ctx) {
    const file = str(ctx.req, 'input');
    const fd = yield* ctx.sys.open(file || clientFd(ctx, 0), O_RDONLY);
    if (fd < 0) return fail(`open ${file}: ${strerror(fd).toLowerCase()}`);
    const data = yield* readAll(ctx.sys, fd);
    yield* ctx.sys.close(fd);
    if (typeof data === 'number') return fail(strerror(data));
    const suffix = String((yield* ctx.sys.getrandom(4)).reduce((n, b) => n * 256 + b, 0));
    const r = loadImages(ctx.eng.store, data, { tempSuffix: suffix });
    if ('error' in r) return fail(r.error, 500);
    for (const image of ctx.eng.store.images()) yield* registerImage(ctx.sys, ctx.eng, image);
    for (const line of r.loaded) yield* stream(ctx, `${line}\n`);
    return ok(null);
  },
  *'container.export'(ctx) {
    const name = str(ctx.req, 'id');
    const c = ctx.eng.find(name);
    if (!c) return fail(`No such container: ${name}`, 404);
    const merged = `${OVERLAY_ROOT}/${c.mountId}/merged`;
    const mounted = c.status !== 'running';
    if (mounted) yield* mountRootfs(ctx.sys, c);
    const tree = yield* readTree(ctx.sys, merged);
    if (mounted) yield* ctx.sys.umount2(merged, MNT_DETACH);
    if (typeof tree === 'number') return fail(`errno ${-tree}`);
    return yield* writeOut(ctx, exportTree(tree));
  },
};
