// Shared pieces of the docker subcommands: how errors are printed and the exit statuses.

import type { Gen, Sys } from '../../../userland/sys';
import { writeAll } from '../../../userland/libc/io';
import type { Client } from '../client';
import type { Reply } from '../../engine/wire';
import type { Json } from '../../engine/wire';

export interface Ctx {
  readonly sys: Sys;
  readonly client: Client;
  readonly envp: readonly string[];
  /** Flags docker's full command-line parser accepted (see parseArgs). */
  readonly known: Readonly<Record<string, unknown>>;
}

export function* out(ctx: Ctx, text: string): Gen<void> {
  yield* writeAll(ctx.sys, 1, text);
}

export function* err(ctx: Ctx, text: string): Gen<void> {
  yield* writeAll(ctx.sys, 2, text);
}

/** "Error response from daemon: …" (status 1), or the connection error. */
export function* daemonError(ctx: Ctx, r: Reply): Gen<number> {
  if ('error' in r) {
    yield* err(ctx, r.code === -1 ? `${r.error}\n` : `Error response from daemon: ${r.error}\n`);
  }
  return 1;
}

/** Usage error of a subcommand: the message and the pointer to --help (status 125 for flag errors). */
export function* usageError(ctx: Ctx, cmd: string, message: string, status = 125): Gen<number> {
  yield* err(ctx, `${message}\nSee 'docker ${cmd} --help'.\n`);
  return status;
}

export function result(r: Reply): Json | undefined {
  return 'result' in r ? r.result : undefined;
}

/** Cobra's arity error: `"docker run" requires at least 1 argument.` plus usage (status 1). */
export function* needsArgs(
  ctx: Ctx,
  cmd: string,
  usage: string,
  short: string,
  what = 'at least 1 argument',
): Gen<number> {
  yield* err(
    ctx,
    `"docker ${cmd}" requires ${what}.\nSee 'docker ${cmd} --help'.\n\nUsage:  ${usage}\n\n${short}\n`,
  );
  return 1;
}
