// docker exec, top, stats and system df.

import type { Gen } from '../../../userland/sys';
import type { DiskUsageLine, StatsEntry, TemplateValue } from '../format';
import {
  DF_HEADERS,
  STATS_HEADERS,
  diskUsageContext,
  dfFormat,
  renderTable,
  statsContext,
  statsFormat,
  tabwrite,
} from '../format';
import { flagBool, flagStr, parseArgs } from './args';
import type { Ctx } from './common';
import { restore, setRaw } from './tty';
import { daemonError, err, needsArgs, out, result, usageError } from './common';

export function* execMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {
    bools: ['detach', 'interactive', 'tty', 'privileged'],
    values: ['user', 'workdir', 'detach-keys'],
    multi: ['env', 'env-file'],
    short: { d: 'detach', i: 'interactive', t: 'tty', u: 'user', w: 'workdir', e: 'env' },
    interspersed: false,
  });
  if ('error' in p) return yield* usageError(ctx, 'exec', p.error);
  const [id, ...cmd] = p.args;
  if (id === undefined || cmd.length === 0)
    return yield* needsArgs(
      ctx,
      'exec',
      'docker exec [OPTIONS] CONTAINER COMMAND [ARG...]',
      'Run a command in a running container',
      'at least 2 arguments',
    );
  const tty = flagBool(p, 'tty') && !flagBool(p, 'detach');
  const saved = tty ? yield* setRaw(ctx.sys) : undefined;
  const r = yield* ctx.client.api(
    'container.exec',
    {
      tty,
      id,
      cmd,
      env: p.lists.get('env') ?? [],
      user: flagStr(p, 'user') ?? '',
      workdir: flagStr(p, 'workdir') ?? '',
      interactive: flagBool(p, 'interactive'),
      detach: flagBool(p, 'detach'),
    },
    undefined,
    tty && flagBool(p, 'interactive'),
  );
  yield* restore(ctx.sys, saved);
  if ('error' in r) {
    if (r.code === 126 || r.code === 127) {
      yield* err(ctx, `${r.error}\n`);
      return r.code;
    }
    return yield* daemonError(ctx, r);
  }
  const res = result(r) as { ExitCode?: number; Error?: string } | undefined;
  if (res?.Error) yield* err(ctx, `${res.Error}\n`);
  return res?.ExitCode ?? 0;
}

export function* topMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, { interspersed: false });
  if ('error' in p) return yield* usageError(ctx, 'top', p.error);
  const [id, ...args] = p.args;
  if (id === undefined)
    return yield* needsArgs(
      ctx,
      'top',
      'docker top CONTAINER [ps OPTIONS]',
      'Display the running processes of a container',
    );
  const r = yield* ctx.client.api('container.top', { id, args });
  if ('error' in r) return yield* daemonError(ctx, r);
  const t = result(r) as { Titles: string[]; Processes: string[][] };
  const rows = [t.Titles, ...t.Processes].map((row) => `${row.join('\t')}\n`).join('');
  yield* out(ctx, tabwrite(rows, { minwidth: 20, tabwidth: 1, padding: 3, padchar: ' ' }));
  return 0;
}

export function* statsMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {
    bools: ['all', 'no-stream', 'no-trunc'],
    values: ['format'],
    short: { a: 'all' },
  });
  if ('error' in p) return yield* usageError(ctx, 'stats', p.error);
  let ids = p.args;
  if (ids.length === 0) {
    const list = yield* ctx.client.api('container.list', { all: false });
    if ('error' in list) return yield* daemonError(ctx, list);
    ids = ((result(list) as { Id: string }[] | undefined) ?? []).map((c) => c.Id);
  }
  const rows: TemplateValue[] = [];
  for (const id of ids) {
    const r = yield* ctx.client.api('container.stats', { id });
    if ('error' in r) return yield* daemonError(ctx, r);
    rows.push(statsContext(result(r) as unknown as StatsEntry, !flagBool(p, 'no-trunc')));
  }
  const t = renderTable({ format: statsFormat(flagStr(p, 'format') ?? ''), rows, header: STATS_HEADERS });
  if (!t.ok) {
    yield* err(ctx, `${t.error}\n`);
    return 1;
  }
  yield* out(ctx, t.output);
  return 0;
}

export function* systemDfMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, { bools: ['verbose'], values: ['format'], short: { v: 'verbose' } });
  if ('error' in p) return yield* usageError(ctx, 'system df', p.error);
  const r = yield* ctx.client.api('system.df', {});
  if ('error' in r) return yield* daemonError(ctx, r);
  const d = result(r) as { Images: { Size: number; Containers: number }[]; Containers: { State: string }[] };
  const imgSize = d.Images.reduce((n, i) => n + i.Size, 0);
  const unused = d.Images.filter((i) => i.Containers === 0).reduce((n, i) => n + i.Size, 0);
  const lines: DiskUsageLine[] = [
    {
      type: 'Images',
      totalCount: d.Images.length,
      active: d.Images.filter((i) => i.Containers > 0).length,
      size: imgSize,
      reclaimable: unused,
    },
    {
      type: 'Containers',
      totalCount: d.Containers.length,
      active: d.Containers.filter((c) => c.State === 'running').length,
      size: 0,
      reclaimable: 0,
    },
    { type: 'Local Volumes', totalCount: 0, active: 0, size: 0, reclaimable: 0 },
    { type: 'Build Cache', totalCount: 0, active: 0, size: 0, reclaimable: 0 },
  ];
  const t = renderTable({
    format: dfFormat(flagStr(p, 'format') ?? ''),
    rows: lines.map(diskUsageContext),
    header: DF_HEADERS,
  });
  if (!t.ok) {
    yield* err(ctx, `${t.error}\n`);
    return 1;
  }
  yield* out(ctx, t.output);
  return 0;
}
