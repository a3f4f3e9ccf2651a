// docker build (the legacy builder, as DOCKER_BUILDKIT=0 runs it): the context directory and
// Dockerfile go to the daemon, which streams the Step lines back.

import type { Gen } from '../../../userland/sys';
import { getenv } from '../../../userland/libc/execvp';
import { flagBool, flagStr, parseArgs } from './args';
import type { Ctx } from './common';
import { err, needsArgs, usageError } from './common';

export function* buildMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {
    bools: ['quiet', 'no-cache', 'rm', 'force-rm', 'pull'],
    values: ['file', 'target', 'network', 'platform', 'progress'],
    multi: ['tag', 'build-arg', 'label'],
    short: { q: 'quiet', f: 'file', t: 'tag' },
  });
  if ('error' in p) return yield* usageError(ctx, 'build', p.error);
  const dir = p.args[0];
  if (dir === undefined || p.args.length > 1)
    return yield* needsArgs(
      ctx,
      'build',
      'docker build [OPTIONS] PATH | URL | -',
      'Build an image from a Dockerfile',
      'exactly 1 argument',
    );
  const buildArgs = (p.lists.get('build-arg') ?? []).map((a) => {
    if (a.includes('=')) return a;
    const v = getenv(ctx.envp, a);
    return v === undefined ? a : `${a}=${v}`;
  });
  const file = flagStr(p, 'file');
  const cwd = yield* ctx.sys.getcwd();
  const r = yield* ctx.client.api('build', {
    cwd: typeof cwd === 'string' ? cwd : '/',
    dir,
    dockerfile: file ?? '',
    keep: p.flags.get('rm') === false,
    forceRm: flagBool(p, 'force-rm'),
    tags: p.lists.get('tag') ?? [],
    buildArgs,
    noCache: flagBool(p, 'no-cache'),
    quiet: flagBool(p, 'quiet'),
    target: flagStr(p, 'target') ?? '',
  });
  if ('error' in r) {
    yield* err(ctx, `${r.code === -1 ? r.error : r.error}\n`);
    return r.code > 0 && r.code < 256 ? r.code : 1;
  }
  return 0;
}
