// Container subcommands: ps, start, stop, restart, kill, rm, logs, wait, diff, commit.

import type { Gen } from '../../../userland/sys';
import type { Json } from '../../engine/wire';
import { flagBool, flagStr, parseArgs } from './args';
import type { OptSpec } from './args';
import type { Ctx } from './common';
import { daemonError, err, needsArgs, out, result, usageError } from './common';
import { nowSec } from './images';
import { psTable } from './tables';

export function* psMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {
    bools: ['all', 'quiet', 'no-trunc', 'latest', 'size'],
    values: ['format', 'last'],
    multi: ['filter'],
    short: { a: 'all', q: 'quiet', l: 'latest', s: 'size', n: 'last', f: 'filter' },
  });
  if ('error' in p) return yield* usageError(ctx, 'ps', p.error);
  const r = yield* ctx.client.api('container.list', { all: flagBool(p, 'all') });
  if ('error' in r) return yield* daemonError(ctx, r);
  const text = psTable((result(r) as Json[]) ?? [], p, yield* nowSec(ctx));
  if (typeof text !== 'string') {
    yield* err(ctx, `${text.error}\n`);
    return 1;
  }
  yield* out(ctx, text);
  return 0;
}

export interface EachSpec {
  readonly cmd: string;
  readonly usage: string;
  readonly short: string;
  readonly op: string;
  readonly opts?: OptSpec;
  readonly fields?: (p: ReturnType<typeof parseArgs> & object) => Record<string, Json>;
  /** Print the name back on success (stop, start, kill, rm, restart). */
  readonly echo: boolean;
}

/** A subcommand that calls one endpoint per container named on the command line. */
export function* forEach(ctx: Ctx, argv: readonly string[], spec: EachSpec): Gen<number> {
  const p = parseArgs(argv, ctx.known, spec.opts ?? {});
  if ('error' in p) return yield* usageError(ctx, spec.cmd, p.error);
  if (p.args.length === 0) return yield* needsArgs(ctx, spec.cmd, spec.usage, spec.short);
  let status = 0;
  for (const id of p.args) {
    const r = yield* ctx.client.api(spec.op, { id, ...(spec.fields?.(p) ?? {}) });
    if ('error' in r) status = yield* daemonError(ctx, r);
    else if (spec.echo) yield* out(ctx, `${id}\n`);
  }
  return status;
}

export const stopMain = (ctx: Ctx, argv: readonly string[]) =>
  forEach(ctx, argv, {
    cmd: 'stop',
    usage: 'docker stop [OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Stop one or more running containers',
    op: 'container.stop',
    opts: { values: ['time'], short: { t: 'time' } },
    fields: (p) => ('flags' in p ? { timeout: Number(flagStr(p, 'time') ?? 10) } : {}),
    echo: true,
  });

export const restartMain = (ctx: Ctx, argv: readonly string[]) =>
  forEach(ctx, argv, {
    cmd: 'restart',
    usage: 'docker restart [OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Restart one or more containers',
    op: 'container.restart',
    opts: { values: ['time'], short: { t: 'time' } },
    fields: (p) => ('flags' in p ? { timeout: Number(flagStr(p, 'time') ?? 10) } : {}),
    echo: true,
  });

export const killMain = (ctx: Ctx, argv: readonly string[]) =>
  forEach(ctx, argv, {
    cmd: 'kill',
    usage: 'docker kill [OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Kill one or more running containers',
    op: 'container.kill',
    opts: { values: ['signal'], short: { s: 'signal' } },
    fields: (p) => ('flags' in p ? { signal: flagStr(p, 'signal') ?? '' } : {}),
    echo: true,
  });

export const rmMain = (ctx: Ctx, argv: readonly string[]) =>
  forEach(ctx, argv, {
    cmd: 'rm',
    usage: 'docker rm [OPTIONS] CONTAINER [CONTAINER...]',
    short: 'Remove one or more containers',
    op: 'container.remove',
    opts: { bools: ['force', 'volumes', 'link'], short: { f: 'force', v: 'volumes', l: 'link' } },
    fields: (p) => ('flags' in p ? { force: flagBool(p, 'force') } : {}),
    echo: true,
  });

export function* startMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {
    bools: ['attach', 'interactive'],
    short: { a: 'attach', i: 'interactive' },
  });
  if ('error' in p) return yield* usageError(ctx, 'start', p.error);
  if (p.args.length === 0)
    return yield* needsArgs(
      ctx,
      'start',
      'docker start [OPTIONS] CONTAINER [CONTAINER...]',
      'Start one or more stopped containers',
    );
  const attach = flagBool(p, 'attach');
  let status = 0;
  for (const id of p.args) {
    const r = yield* ctx.client.api('container.start', { id, attach, wait: attach });
    if ('error' in r) {
      yield* err(ctx, `Error response from daemon: ${r.error}\nError: failed to start containers: ${id}\n`);
      status = 1;
      continue;
    }
    if (!attach) {
      yield* out(ctx, `${id}\n`);
      continue;
    }
    status = (result(r) as { StatusCode?: number } | undefined)?.StatusCode ?? 1;
  }
  return status;
}

export function* waitMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {});
  if ('error' in p) return yield* usageError(ctx, 'wait', p.error);
  if (p.args.length === 0)
    return yield* needsArgs(
      ctx,
      'wait',
      'docker wait CONTAINER [CONTAINER...]',
      'Block until one or more containers stop, then print their exit codes',
    );
  let status = 0;
  for (const id of p.args) {
    const r = yield* ctx.client.api('container.wait', { id });
    if ('error' in r) status = yield* daemonError(ctx, r);
    else yield* out(ctx, `${(result(r) as { StatusCode?: number } | undefined)?.StatusCode ?? 0}\n`);
  }
  return status;
}

export function* logsMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {
    bools: ['follow', 'timestamps', 'details'],
    values: ['tail', 'since', 'until'],
    short: { f: 'follow', t: 'timestamps', n: 'tail' },
  });
  if ('error' in p) return yield* usageError(ctx, 'logs', p.error);
  const id = p.args[0];
  if (id === undefined || p.args.length > 1)
    return yield* needsArgs(
      ctx,
      'logs',
      'docker logs [OPTIONS] CONTAINER',
      'Fetch the logs of a container',
      'exactly 1 argument',
    );
  if (flagBool(p, 'follow')) {
    const f = yield* ctx.client.api('container.logs.follow', { id, follow: true });
    return 'error' in f ? yield* daemonError(ctx, f) : 0;
  }
  const r = yield* ctx.client.api('container.logs', { id });
  if ('error' in r) return yield* daemonError(ctx, r);
  let entries = (result(r) as { log: string; stream: string; time: string }[] | undefined) ?? [];
  const tail = flagStr(p, 'tail');
  if (tail !== undefined && tail !== 'all')
    entries = entries.slice(Math.max(0, entries.length - Number(tail)));
  for (const e of entries) {
    const line = flagBool(p, 'timestamps') ? `${e.time} ${e.log}` : e.log;
    if (e.stream === 'stderr') yield* err(ctx, line);
    else yield* out(ctx, line);
  }
  return 0;
}

export function* diffMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {});
  if ('error' in p) return yield* usageError(ctx, 'diff', p.error);
  const id = p.args[0];
  if (id === undefined || p.args.length > 1)
    return yield* needsArgs(
      ctx,
      'diff',
      'docker diff CONTAINER',
      "Inspect changes to files or directories on a container's filesystem",
      'exactly 1 argument',
    );
  const r = yield* ctx.client.api('container.changes', { id });
  if ('error' in r) return yield* daemonError(ctx, r);
  for (const c of (result(r) as { Kind: number; Path: string }[] | undefined) ?? [])
    yield* out(ctx, `${'CAD'[c.Kind] ?? 'C'} ${c.Path}\n`);
  return 0;
}

export function* commitMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {
    bools: ['pause'],
    values: ['message', 'author'],
    multi: ['change'],
    short: { m: 'message', a: 'author', c: 'change', p: 'pause' },
  });
  if ('error' in p) return yield* usageError(ctx, 'commit', p.error);
  const [id, ref] = p.args;
  if (id === undefined)
    return yield* needsArgs(
      ctx,
      'commit',
      'docker commit [OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
      "Create a new image from a container's changes",
    );
  const r = yield* ctx.client.api('container.commit', {
    id,
    ref: ref ?? '',
    message: flagStr(p, 'message') ?? '',
    author: flagStr(p, 'author') ?? '',
  });
  if ('error' in r) return yield* daemonError(ctx, r);
  yield* out(ctx, `${String(result(r))}\n`);
  return 0;
}
