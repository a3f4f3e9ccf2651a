// docker save, load and export.

import { TCGETS } from '../../../kernel/abi/termios';
import type { Gen, Sys } from '../../../userland/sys';
import { flagBool, flagStr, parseArgs } from './args';
import type { Ctx } from './common';
import { daemonError, err, needsArgs, usageError } from './common';

export function* isTerminal(sys: Sys, fd: number): Gen<boolean> {
  const r = yield* sys.ioctl(fd, TCGETS);
  return typeof r === 'object' && r !== null;
}

export function* saveMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, { values: ['output'], short: { o: 'output' } });
  if ('error' in p) return yield* usageError(ctx, 'save', p.error);
  if (p.args.length === 0)
    return yield* needsArgs(
      ctx,
      'save',
      'docker save [OPTIONS] IMAGE [IMAGE...]',
      'Save one or more images to a tar archive (streamed to STDOUT by default)',
    );
  const output = flagStr(p, 'output') ?? '';
  if (output === '' && (yield* isTerminal(ctx.sys, 1))) {
    yield* err(ctx, 'Cowardly refusing to save to a terminal. Use the -o flag or redirect.\n');
    return 1;
  }
  const r = yield* ctx.client.api('image.save', {
    names: p.args,
    output: output === '' ? '' : yield* absolute(ctx, output),
  });
  return 'error' in r ? yield* daemonError(ctx, r) : 0;
}

function* absolute(ctx: Ctx, path: string): Gen<string> {
  if (path.startsWith('/')) return path;
  const cwd = yield* ctx.sys.getcwd();
  return `${typeof cwd === 'string' ? cwd : ''}/${path}`;
}

export function* loadMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, {
    values: ['input'],
    bools: ['quiet'],
    short: { i: 'input', q: 'quiet' },
  });
  if ('error' in p) return yield* usageError(ctx, 'load', p.error);
  const input = flagStr(p, 'input') ?? '';
  if (input === '' && (yield* isTerminal(ctx.sys, 0))) {
    yield* err(ctx, 'requested load from stdin, but stdin is empty\n');
    return 1;
  }
  const r = yield* ctx.client.api('image.load', {
    input: input === '' ? '' : yield* absolute(ctx, input),
    quiet: flagBool(p, 'quiet'),
  });
  if ('error' in r) {
    yield* err(ctx, `${r.error}\n`);
    return 1;
  }
  return 0;
}

export function* exportMain(ctx: Ctx, argv: readonly string[]): Gen<number> {
  const p = parseArgs(argv, ctx.known, { values: ['output'], short: { o: 'output' } });
  if ('error' in p) return yield* usageError(ctx, 'export', p.error);
  const id = p.args[0];
  if (id === undefined || p.args.length > 1)
    return yield* needsArgs(
      ctx,
      'export',
      'docker export [OPTIONS] CONTAINER',
      "Export a container's filesystem as a tar archive",
      'exactly 1 argument',
    );
  const output = flagStr(p, 'output') ?? '';
  if (output === '' && (yield* isTerminal(ctx.sys, 1))) {
    yield* err(ctx, 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n');
    return 1;
  }
  const r = yield* ctx.client.api('container.export', {
    id,
    output: output === '' ? '' : yield* absolute(ctx, output),
  });
  return 'error' in r ? yield* daemonError(ctx, r) : 0;
}
