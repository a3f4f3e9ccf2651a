// docker update [OPTIONS] CONTAINER...: new CPU and pids limits for running or stopped
// containers (cli/command/container/update.go). Each container updated is echoed as named; the
// daemon's errors are printed after the loop and make the status 1.
//
// Simplification: only --cpus, --cpu-period, --cpu-quota, --cpu-shares and --pids-limit are
// modelled; other update flags are refused as not modelled.

import type { Gen } from '../../../userland/sys';
import { flagStr, parseArgs } from './args';
import type { Ctx } from './common';
import { err, needsArgs, out, usageError } from './common';

const VALUES = ['cpus', 'cpu-period', 'cpu-quota', 'cpu-shares', 'pids-limit'];
const UNMODELLED = [
  'blkio-weight',
  'cpu-rt-period',
  'cpu-rt-runtime',
  'cpuset-cpus',
  'cpuset-mems',
  'kernel-memory',
  'memory',
  'memory-reservation',
  'memory-swap',
  'restart',
];
const USAGE = 'docker update [OPTIONS] CONTAINER [CONTAINER...]';
const SHORT = 'Update configuration of one or more containers';

export function* updateMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {
    values: [...VALUES, ...UNMODELLED],
    short: { c: 'cpu-shares', m: 'memory' },
  });
  if ('error' in p) return yield* usageError(ctx, 'update', p.error);
  const other = UNMODELLED.find((k) => p.flags.has(k));
  if (other !== undefined) {
    yield* err(ctx, `docker: 'update --${other}' is not modelled by Glasshouse's engine.\n`);
    return 1;
  }
  if (p.args.length === 0) return yield* needsArgs(ctx, 'update', USAGE, SHORT);
  if (p.flags.size === 0) {
    yield* err(ctx, 'you must provide one or more flags when using this command\n');
    return 1;
  }
  const n = (name: string): number => Number(flagStr(p, name) ?? 0);
  const fields = {
    nanoCpus: Math.round(n('cpus') * 1e9),
    cpuPeriod: n('cpu-period'),
    cpuQuota: n('cpu-quota'),
    cpuShares: n('cpu-shares'),
    pidsLimit: n('pids-limit'),
  };
  const errors: string[] = [];
  for (const id of p.args) {
    const r = yield* ctx.client.api('container.update', { id, ...fields });
    if ('error' in r) errors.push(r.code === -1 ? r.error : `Error response from daemon: ${r.error}`);
    else yield* out(ctx, `${id}\n`);
  }
  if (errors.length === 0) return 0;
  yield* err(ctx, `${errors.join('\n')}\n`);
  return 1;
}
