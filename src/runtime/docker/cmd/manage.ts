// docker pause, unpause, rename, port, container prune and image prune.

import type { Gen } from '../../../userland/sys';
import { humanSize } from '../format';
import { flagBool, parseArgs } from './args';
import { forEach } from './containers';
import type { Ctx } from './common';
import { daemonError, err, needsArgs, out, result, usageError } from './common';

export const pauseMain = (ctx: Ctx, argv: readonly string[]) =>
  forEach(ctx, argv, {
    cmd: 'pause',
    op: 'container.pause',
    usage: 'docker pause CONTAINER [CONTAINER...]',
    short: 'Pause all processes within one or more containers',
    echo: true,
  });
export const unpauseMain = (ctx: Ctx, argv: readonly string[]) =>
  forEach(ctx, argv, {
    cmd: 'unpause',
    op: 'container.unpause',
    usage: 'docker unpause CONTAINER [CONTAINER...]',
    short: 'Unpause all processes within one or more containers',
    echo: true,
  });

export function* renameMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {});
  if ('error' in p) return yield* usageError(ctx, 'rename', p.error);
  const [id, name] = p.args;
  if (id === undefined || name === undefined || p.args.length > 2)
    return yield* needsArgs(
      ctx,
      'rename',
      'docker rename CONTAINER NEW_NAME',
      'Rename a container',
      'exactly 2 arguments',
    );
  const r = yield* ctx.client.api('container.rename', { id, name });
  if (!('error' in r)) return 0;
  yield* daemonError(ctx, r);
  yield* err(ctx, `Error: failed to rename container named ${id}\n`);
  return 1;
}

export function* portMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {});
  if ('error' in p) return yield* usageError(ctx, 'port', p.error);
  const [id] = p.args;
  if (id === undefined)
    return yield* needsArgs(
      ctx,
      'port',
      'docker port CONTAINER [PRIVATE_PORT[/PROTO]]',
      'List port mappings or a specific mapping for the container',
    );
  const r = yield* ctx.client.api('container.port', { id });
  if ('error' in r) return yield* daemonError(ctx, r);
  for (const line of (result(r) as string[] | undefined) ?? []) yield* out(ctx, `${line}\n`);
  return 0;
}

/** The [y/N] prompt of the prune commands; true when the answer starts with y. */
function* confirm(ctx: Ctx, warning: string): Gen<boolean> {
  yield* out(ctx, `WARNING! ${warning}\nAre you sure you want to continue? [y/N] `);
  const answer = yield* ctx.sys.read(0, 1024);
  return typeof answer !== 'number' && (answer[0] === 0x79 || answer[0] === 0x59);
}

export function* containerPruneMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, { bools: ['force'], values: ['filter'], short: { f: 'force' } });
  if ('error' in p) return yield* usageError(ctx, 'container prune', p.error);
  if (!flagBool(p, 'force') && !(yield* confirm(ctx, 'This will remove all stopped containers.'))) {
    yield* out(ctx, 'Total reclaimed space: 0B\n');
    return 0;
  }
  const r = yield* ctx.client.api('container.prune', {});
  if ('error' in r) return yield* daemonError(ctx, r);
  const gone = (result(r) as { ContainersDeleted: string[] }).ContainersDeleted;
  if (gone.length > 0) yield* out(ctx, `Deleted Containers:\n${gone.map((g) => `${g}\n`).join('')}\n`);
  yield* out(ctx, 'Total reclaimed space: 0B\n');
  return 0;
}

export function* imagePruneMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {
    bools: ['force', 'all'],
    values: ['filter'],
    short: { f: 'force', a: 'all' },
  });
  if ('error' in p) return yield* usageError(ctx, 'image prune', p.error);
  const all = flagBool(p, 'all');
  const warning = all
    ? 'This will remove all images without at least one container associated to them.'
    : 'This will remove all dangling images.';
  if (!flagBool(p, 'force') && !(yield* confirm(ctx, warning))) {
    yield* out(ctx, 'Total reclaimed space: 0B\n');
    return 0;
  }
  const r = yield* ctx.client.api('image.prune', { all });
  if ('error' in r) return yield* daemonError(ctx, r);
  const res = result(r) as { ImagesDeleted: string[]; SpaceReclaimed: number };
  if (res.ImagesDeleted.length > 0)
    yield* out(ctx, `Deleted Images:\n${res.ImagesDeleted.map((g) => `${g}\n`).join('')}\n`);
  yield* out(ctx, `Total reclaimed space: ${humanSize(res.SpaceReclaimed)}\n`);
  return 0;
}
