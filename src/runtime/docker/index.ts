// The docker CLI: parses the subcommand and talks to dockerd over its API socket. Output
// formats follow the Docker 20.10 CLI (docker/cli), run errors its newer shape, which the
// recorded scenarios show.
//
// Simplification: a subset of subcommands and options; `docker container X` and `docker image X`
// map onto the same code as the short forms.

import type { Command } from '../../userland/command';
import type { Gen } from '../../userland/sys';
import { Client } from './client';
import type { Ctx } from './cmd/common';
import { err } from './cmd/common';
import { createMain, runMain } from './cmd/run';
import { historyMain, imagesMain, importMain, inspectMain, pullMain, rmiMain, tagMain } from './cmd/images';
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
import { CLIENT_VERSION, infoMain, versionMain } from './cmd/system';
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
    const ctx: Ctx = { sys, client: yield* Client.open(sys), envp };
    if (args[0] === '--version' || args[0] === '-v') {
      yield* sys.write(1, `Docker version ${CLIENT_VERSION}, build 297e128\n`);
      return 0;
    }
    if (args.length === 0) {
      yield* err(ctx, 'Usage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n');
      return 0;
    }
    const [sub, rest, name] = route(args);
    if (!sub) {
      yield* err(ctx, `docker: '${name}' is not a docker command.\nSee 'docker --help'\n`);
      return 1;
    }
    return yield* sub(ctx, rest);
  },
};
