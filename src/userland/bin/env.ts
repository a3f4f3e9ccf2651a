// env(1): run a program in a modified environment, or print the environment (coreutils 9.1).
//
// Simplification: -S/--split-string and the signal options are not supported.

import type { Command } from '../command';
import { EACCES, ENOENT, strerror } from '../../kernel/abi/errno';
import type { Program, Sys } from '../sys';
import { parseArgs } from '../libc/cmd';
import { has } from '../libc/getopt';
import { HELP_OPTS, coreutilsTool } from '../libc/usage';
import { Output, STDOUT, warn } from '../libc/io';
import { execvp } from '../libc/execvp';

const tool = {
  ...coreutilsTool(
    'env',
    'Richard Mlynarik, David MacKenzie, and Assaf Gordon',
    'Usage: env [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]\n' +
      'Set each NAME to VALUE in the environment and run COMMAND.\n\n' +
      'Mandatory arguments to long options are mandatory for short options too.\n' +
      '  -i, --ignore-environment  start with an empty environment\n' +
      '  -0, --null           end each output line with NUL, not newline\n' +
      '  -u, --unset=NAME     remove variable from the environment\n' +
      '  -C, --chdir=DIR      change working directory to DIR\n' +
      HELP_OPTS +
      '\nA mere - implies -i.  If no COMMAND, print the resulting environment.\n',
  ),
  usageStatus: 125,
};

const SPECS = [
  { key: 'i', short: 'i', long: 'ignore-environment' },
  { key: '0', short: '0', long: 'null' },
  { key: 'u', short: 'u', long: 'unset', arg: true },
  { key: 'C', short: 'C', long: 'chdir', arg: true },
  { key: 'v', short: 'v', long: 'debug' },
];

function* envMain(sys: Sys, argv: readonly string[], envp: readonly string[]): Program {
  const args = yield* parseArgs(sys, tool, argv, SPECS, { stopAtOperand: true });
  if (typeof args === 'number') return args;
  let rest = args.operands;
  let env = has(args.options, 'i') ? [] : [...envp];
  if (rest[0] === '-') {
    env = [];
    rest = rest.slice(1);
  }
  for (const o of args.options) {
    if (o.key !== 'u' || o.value === undefined) continue;
    if (o.value === '' || o.value.includes('=')) {
      yield* warn(sys, `env: cannot unset ‘${o.value}’: Invalid argument`);
      return 125;
    }
    env = env.filter((e) => !e.startsWith(o.value + '='));
  }
  while (rest.length > 0 && rest[0]!.includes('=')) {
    const a = rest[0]!;
    const name = a.slice(0, a.indexOf('='));
    env = [...env.filter((e) => !e.startsWith(name + '=')), a];
    rest = rest.slice(1);
  }
  const dir = args.options.filter((o) => o.key === 'C').pop()?.value;
  if (rest.length === 0) {
    if (dir !== undefined) {
      yield* warn(sys, 'env: must specify command with --chdir (-C)');
      yield* warn(sys, "Try 'env --help' for more information.");
      return 125;
    }
    const out = new Output(sys, STDOUT);
    const end = has(args.options, '0') ? '\0' : '\n';
    for (const e of env) yield* out.write(e + end);
    yield* out.flush();
    return 0;
  }
  if (dir !== undefined) {
    const r = yield* sys.chdir(dir);
    if (r < 0) {
      yield* warn(sys, `env: cannot change directory to '${dir}': ${strerror(r)}`);
      return 125;
    }
  }
  const err = yield* execvp(sys, rest[0]!, rest, env);
  yield* warn(sys, `env: ‘${rest[0]}’: ${strerror(err)}`);
  return err === -ENOENT ? 127 : err === -EACCES ? 126 : 126;
}

export const env: Command = {
  summary: 'env - run a program in a modified environment',
  synopsis: 'env [OPTION]... [-] [NAME=VALUE]... [COMMAND [ARG]...]',
  description:
    'Set each NAME to VALUE in the environment and run COMMAND.  -i starts with an empty environment, -u NAME removes a variable, -0 ends each output line with NUL, -C DIR changes directory.  If no COMMAND, print the resulting environment.',
  main: envMain,
};
