// The docker CLI: parses the subcommand and talks to dockerd over its API socket. Output
// formats follow the Docker 20.10 CLI (docker/cli), run errors its newer shape, which the
// recorded scenarios show.
//
// Simplification: a subset of subcommands and options; `docker container X` and `docker image X`
// map onto the same code as the short forms.

import type { Command } from '../../userland/command';
import type { Gen } from '../../userland/sys';
import { Client } from './client';
import { parseDockerArgs, writeUsage } from './cmdline';
import { TIOCGWINSZ } from '../../kernel/abi/termios';
import type { Winsize } from '../../kernel/abi/termios';
import { getenv } from '../../userland/libc/execvp';
import type { Ctx } from './cmd/common';
import { err } from './cmd/common';
import { createMain, runMain } from './cmd/run';
import {
  historyMain,
  imagesMain,
  importMain,
  inspectMain,
  pullMain,
  pushMain,
  rmiMain,
  tagMain,
} from './cmd/images';
import {
  commitMain,
  diffMain,
  killMain,
  logsMain,
  psMain,
  restartMain,
  rmMain,
  startMain,
  stopMain,
  waitMain,
} from './cmd/containers';
import { infoMain, versionMain } from './cmd/system';
import { extraCommands } from './cmd/extra';

type Sub = (ctx: Ctx, argv: readonly string[]) => Gen<number>;

const SUBCOMMANDS: Record<string, Sub> = {
  run: runMain,
  create: createMain,
  start: startMain,
  stop: stopMain,
  restart: restartMain,
  kill: killMain,
  rm: rmMain,
  ps: psMain,
  logs: logsMain,
  wait: waitMain,
  diff: diffMain,
  commit: commitMain,
  images: imagesMain,
  pull: pullMain,
  push: pushMain,
  tag: tagMain,
  rmi: rmiMain,
  import: importMain,
  history: historyMain,
  inspect: (ctx, argv) => inspectMain(ctx, argv, 'any'),
  version: (ctx) => versionMain(ctx),
  info: (ctx) => infoMain(ctx),
  ...extraCommands,
};

const IMAGE_SUBS: Record<string, string> = {
  ls: 'images',
  list: 'images',
  rm: 'rmi',
  remove: 'rmi',
  pull: 'pull',
  tag: 'tag',
  history: 'history',
  import: 'import',
  save: 'save',
  load: 'load',
  build: 'build',
  push: 'push',
};
const CONTAINER_SUBS: Record<string, string> = { ls: 'ps', list: 'ps', ps: 'ps', rm: 'rm', remove: 'rm' };

function route(args: readonly string[]): [Sub | undefined, readonly string[], string] {
  const [first = '', second = '', ...rest] = args;
  if (first === 'image' || first === 'container') {
    if (second === 'inspect') return [(ctx, a) => inspectMain(ctx, a, first), rest, `${first} inspect`];
    if (second === 'prune') return [SUBCOMMANDS[`${first}-prune`], rest, `${first} prune`];
    const map = first === 'image' ? IMAGE_SUBS : CONTAINER_SUBS;
    const name = map[second] ?? (first === 'container' ? second : '');
    return [SUBCOMMANDS[name], rest, `${first} ${second}`];
  }
  if (first === 'system' && second === 'df') return [SUBCOMMANDS['system-df'], rest, 'system df'];
  if (first === 'system' && second === 'info') return [SUBCOMMANDS.info, rest, 'system info'];
  return [SUBCOMMANDS[first], args.slice(1), first];
}

export const docker: Command = {
  summary: 'docker - a self-sufficient runtime for containers',
  synopsis: 'docker [OPTIONS] COMMAND [ARG...]',
  description:
    'The Docker command-line client. It asks dockerd (started on first use) to manage images and containers.',
  *main(sys, argv, envp) {
    const args = argv.slice(1);
    const ws = yield* sys.ioctl(0, TIOCGWINSZ);
    const columns = typeof ws === 'object' && ws !== null ? (ws as Winsize).cols : undefined;
    const parsed = parseDockerArgs(args, {
      env: (name) => getenv(envp, name),
      ...(columns ? { columns } : {}),
    });
    if (parsed.kind === 'output') return yield* writeUsage(sys, parsed);
    yield* writeUsage(sys, { stdout: parsed.stdout, stderr: parsed.stderr });
    const ctx: Ctx = { sys, client: yield* Client.open(sys), envp, known: parsed.flags };
    if (parsed.stub) {
      yield* err(
        ctx,
        `docker: '${parsed.path.replace(/^docker /, '')}' is not modelled by Glasshouse's engine.\n`,
      );
      return 1;
    }
    const [sub, rest, name] = route(args);
    if (!sub) {
      yield* err(ctx, `docker: '${name}' is not modelled by Glasshouse's engine.\n`);
      return 1;
    }
    return yield* sub(ctx, rest);
  },
};
