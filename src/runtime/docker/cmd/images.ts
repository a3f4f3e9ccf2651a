// Image subcommands: images, pull, tag, rmi, import, history, image inspect.

import type { Gen } from '../../../userland/sys';
import type { Json } from '../../engine/wire';
import { flagBool, flagStr, parseArgs } from './args';
import type { Ctx } from './common';
import { daemonError, err, needsArgs, out, result, usageError } from './common';
import { renderTemplate } from './fmt';
import { historyTable, imagesTable } from './tables';

export function* pullMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {
    bools: ['quiet', 'all-tags'],
    short: { q: 'quiet', a: 'all-tags' },
  });
  if ('error' in p) return yield* usageError(ctx, 'pull', p.error);
  const name = p.args[0];
  if (name === undefined || p.args.length > 1)
    return yield* needsArgs(
      ctx,
      'pull',
      'docker pull [OPTIONS] NAME[:TAG|@DIGEST]',
      'Pull an image or a repository from a registry',
      'exactly 1 argument',
    );
  const quiet = flagBool(p, 'quiet');
  const defaultTag = !/[:@]/.test(name.split('/').pop() ?? '');
  const r = yield* ctx.client.api('image.pull', { name, quiet, defaultTag });
  if ('error' in r) return yield* daemonError(ctx, r);
  yield* out(ctx, `${String(result(r))}\n`);
  return 0;
}

export function* tagMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {});
  if ('error' in p) return yield* usageError(ctx, 'tag', p.error);
  const [source, target] = p.args;
  if (source === undefined || target === undefined || p.args.length > 2)
    return yield* needsArgs(
      ctx,
      'tag',
      'docker tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
      'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
      'exactly 2 arguments',
    );
  const r = yield* ctx.client.api('image.tag', { source, target });
  return 'error' in r ? yield* daemonError(ctx, r) : 0;
}

export function* rmiMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, { bools: ['force', 'no-prune'], short: { f: 'force' } });
  if ('error' in p) return yield* usageError(ctx, 'rmi', p.error);
  if (p.args.length === 0)
    return yield* needsArgs(ctx, 'rmi', 'docker rmi [OPTIONS] IMAGE [IMAGE...]', 'Remove one or more images');
  let status = 0;
  for (const name of p.args) {
    const r = yield* ctx.client.api('image.remove', { name, force: flagBool(p, 'force') });
    if ('error' in r) status = yield* daemonError(ctx, r);
    else for (const line of (result(r) as string[] | undefined) ?? []) yield* out(ctx, `${line}\n`);
  }
  return status;
}

export function* importMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {
    multi: ['change'],
    values: ['message', 'platform'],
    short: { c: 'change', m: 'message' },
  });
  if ('error' in p) return yield* usageError(ctx, 'import', p.error);
  const [source, ref] = p.args;
  if (source === undefined)
    return yield* needsArgs(
      ctx,
      'import',
      'docker import [OPTIONS] file|URL|- [REPOSITORY[:TAG]]',
      'Import the contents from a tarball to create a filesystem image',
    );
  const r = yield* ctx.client.api('image.import', { source, ref: ref ?? '' });
  if ('error' in r) return yield* daemonError(ctx, r);
  yield* out(ctx, `${String(result(r))}\n`);
  return 0;
}

function* inspectEach(
  ctx: Ctx,
  op: string,
  names: readonly string[],
  format: string | undefined,
  what: string,
): Gen<number> {
  const found: Json[] = [];
  let status = 0;
  for (const name of names) {
    const r = yield* ctx.client.api(op, { name, id: name });
    if ('error' in r) {
      yield* err(ctx, `Error: No such ${what}: ${name}\n`);
      status = 1;
    } else found.push(result(r) ?? null);
  }
  if (format !== undefined) {
    for (const v of found) {
      const t = renderTemplate(format, v);
      if ('error' in t) {
        yield* err(ctx, `${t.error}\n`);
        return 1;
      }
      yield* out(ctx, `${t.text}\n`);
    }
  } else if (found.length > 0 || status === 0) yield* out(ctx, `${indentJson(found)}\n`);
  return status;
}

/** json.MarshalIndent(v, "", "    ") as the CLI prints inspect output. */
export function indentJson(v: Json): string {
  return JSON.stringify(v, null, 4).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

export function* inspectMain(
  ctx: Ctx,
  argv: readonly string[],
  kind: 'image' | 'container' | 'any',
): Gen<number> {
  const p = parseArgs(argv, ctx.known, {
    values: ['format', 'type'],
    bools: ['size'],
    short: { f: 'format', s: 'size' },
  });
  const cmd = kind === 'any' ? 'inspect' : `${kind} inspect`;
  if ('error' in p) return yield* usageError(ctx, cmd, p.error);
  if (p.args.length === 0)
    return yield* needsArgs(
      ctx,
      cmd,
      `docker ${cmd} [OPTIONS] ${kind === 'image' ? 'IMAGE [IMAGE...]' : kind === 'container' ? 'CONTAINER [CONTAINER...]' : 'NAME|ID [NAME|ID...]'}`,
      'Return low-level information on Docker objects',
    );
  const format = flagStr(p, 'format');
  if (kind === 'image') return yield* inspectEach(ctx, 'image.inspect', p.args, format, 'image');
  if (kind === 'container') return yield* inspectEach(ctx, 'container.inspect', p.args, format, 'container');
  const found: string[] = [];
  for (const name of p.args) {
    const c = yield* ctx.client.api('container.inspect', { id: name });
    found.push('error' in c ? 'image.inspect' : 'container.inspect');
  }
  return yield* inspectEach(ctx, found[0] ?? 'image.inspect', p.args, format, 'object');
}

export function* imagesMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {
    bools: ['quiet', 'all', 'no-trunc', 'digests'],
    values: ['format', 'filter'],
    short: { q: 'quiet', a: 'all', f: 'filter' },
  });
  if ('error' in p) return yield* usageError(ctx, 'images', p.error);
  const r = yield* ctx.client.api('image.list', { all: flagBool(p, 'all') });
  if ('error' in r) return yield* daemonError(ctx, r);
  const text = imagesTable((result(r) as Json[]) ?? [], p, yield* nowSec(ctx), p.args[0]);
  if (typeof text !== 'string') {
    yield* err(ctx, `${text.error}\n`);
    return 1;
  }
  yield* out(ctx, text);
  return 0;
}

export function* historyMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {
    bools: ['quiet', 'no-trunc', 'human'],
    values: ['format'],
    short: { q: 'quiet', H: 'human' },
  });
  if ('error' in p) return yield* usageError(ctx, 'history', p.error);
  const name = p.args[0];
  if (name === undefined || p.args.length > 1)
    return yield* needsArgs(
      ctx,
      'history',
      'docker history [OPTIONS] IMAGE',
      'Show the history of an image',
      'exactly 1 argument',
    );
  const r = yield* ctx.client.api('image.history', { name });
  if ('error' in r) return yield* daemonError(ctx, r);
  const text = historyTable((result(r) as Json[]) ?? [], p, yield* nowSec(ctx));
  if (typeof text !== 'string') {
    yield* err(ctx, `${text.error}\n`);
    return 1;
  }
  yield* out(ctx, text);
  return 0;
}

export function* nowSec(ctx: Ctx): Gen<number> {
  return (yield* ctx.sys.clock_gettime(0)).sec;
}

export function* pushMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {
    bools: ['all-tags', 'quiet', 'disable-content-trust'],
    short: { a: 'all-tags', q: 'quiet' },
  });
  if ('error' in p) return yield* usageError(ctx, 'push', p.error);
  const name = p.args[0];
  if (name === undefined || p.args.length > 1)
    return yield* needsArgs(
      ctx,
      'push',
      'docker push [OPTIONS] NAME[:TAG]',
      'Push an image or a repository to a registry',
      'exactly 1 argument',
    );
  const r = yield* ctx.client.api('image.push', { name });
  return 'error' in r ? yield* daemonError(ctx, r) : 0;
}
