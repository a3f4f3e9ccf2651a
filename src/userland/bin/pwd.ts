// pwd(1), the /bin/pwd program: print the working directory. -P (the default for /bin/pwd) asks
// the kernel; -L prints $PWD when it is absolute, has no . or .. components, and names the cwd.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { coreutilsVersion, parseArgs } from '../libc/cmd';
import { STDOUT, warn, writeAll } from '../libc/io';

const HELP = `Usage: pwd [OPTION]...
Print the full filename of the current working directory.

  -L, --logical   use PWD from environment, even if it contains symlinks
  -P, --physical  avoid all symlinks
      --help        display this help and exit
      --version     output version information and exit

If no option is specified, -P is assumed.

NOTE: your shell may have its own version of pwd, which usually supersedes
the version described here.  Please refer to your shell's documentation
for details about the options it supports.
`;

const TOOL = { name: 'pwd', help: HELP, version: coreutilsVersion('pwd', 'Jim Meyering') };
const SPECS = [
  { key: 'L', short: 'L', long: 'logical' },
  { key: 'P', short: 'P', long: 'physical' },
];

function* logicalPwd(sys: Sys, envp: readonly string[]): Gen<string | null> {
  const entry = envp.find((e) => e.startsWith('PWD='));
  const pwd = entry?.slice(4);
  if (!pwd || !pwd.startsWith('/')) return null;
  if (pwd.split('/').some((c) => c === '.' || c === '..')) return null;
  const a = yield* sys.stat(pwd);
  const b = yield* sys.stat('.');
  if (typeof a === 'number' || typeof b === 'number' || a.ino !== b.ino || a.dev !== b.dev) return null;
  return pwd;
}

function* main(sys: Sys, argv: readonly string[], envp: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, { ...TOOL, name: argv[0] ?? 'pwd' }, argv, SPECS);
  if (typeof args === 'number') return args;
  let logical = envp.some((e) => e.startsWith('POSIXLY_CORRECT='));
  for (const o of args.options) logical = o.key === 'L';
  const prog = argv[0] ?? 'pwd';
  if (args.operands.length > 0) yield* warn(sys, `${prog}: ignoring non-option arguments`);
  const dir = logical ? yield* logicalPwd(sys, envp) : null;
  const cwd = dir ?? (yield* sys.getcwd());
  if (typeof cwd === 'number') {
    yield* warn(sys, `${prog}: couldn't find directory entry in '..' with matching i-node: ${strerror(cwd)}`);
    return 1;
  }
  const w = yield* writeAll(sys, STDOUT, cwd + '\n');
  return w < 0 ? 1 : 0;
}

export const pwd: Command = {
  summary: 'pwd - print name of current/working directory',
  synopsis: 'pwd [OPTION]...',
  description: HELP,
  main,
};
