// printenv(1): print all or part of the environment (coreutils 9.1).

import type { Command } from '../command';
import type { Program, Sys } from '../sys';
import { parseArgs } from '../libc/cmd';
import { has } from '../libc/getopt';
import { HELP_OPTS, coreutilsTool } from '../libc/usage';
import { Output, STDOUT } from '../libc/io';

const tool = {
  ...coreutilsTool(
    'printenv',
    'David MacKenzie and Richard Mlynarik',
    'Usage: printenv [OPTION]... [VARIABLE]...\n' +
      'Print the values of the specified environment VARIABLE(s).\n' +
      'If no VARIABLE is specified, print name and value pairs for them all.\n\n' +
      '  -0, --null     end each output line with NUL, not newline\n' +
      HELP_OPTS +
      '\nNOTE: your shell may have its own version of printenv, which usually supersedes\n' +
      "the version described here.  Please refer to your shell's documentation\n" +
      'for details about the options it supports.\n',
  ),
  usageStatus: 2,
};

function* printenvMain(sys: Sys, argv: readonly string[], envp: readonly string[]): Program {
  const args = yield* parseArgs(sys, tool, argv, [{ key: '0', short: '0', long: 'null' }]);
  if (typeof args === 'number') return args;
  const end = has(args.options, '0') ? '\0' : '\n';
  const out = new Output(sys, STDOUT);
  if (args.operands.length === 0) {
    for (const e of envp) yield* out.write(e + end);
    yield* out.flush();
    return 0;
  }
  let matched = 0;
  for (const name of args.operands) {
    if (name.includes('=')) continue;
    let found = false;
    for (const e of envp) {
      if (e.startsWith(name + '=')) {
        yield* out.write(e.slice(name.length + 1) + end);
        found = true;
      }
    }
    if (found) matched++;
  }
  yield* out.flush();
  return matched === args.operands.length ? 0 : 1;
}

export const printenv: Command = {
  summary: 'printenv - print all or part of environment',
  synopsis: 'printenv [OPTION]... [VARIABLE]...',
  description:
    'Print the values of the specified environment VARIABLE(s).  If no VARIABLE is specified, print name and value pairs for them all.',
  main: printenvMain,
};
