// dirname(1): strip the last component from file names; -z ends lines with NUL.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { dirname as dirOf } from '../../lib/path';
import { has } from '../libc/getopt';
import { coreutilsVersion, parseArgs, progName, usageError } from '../libc/cmd';
import { Output, STDOUT } from '../libc/io';

const HELP = `Usage: dirname [OPTION] NAME...
Output each NAME with its last non-slash component and trailing slashes
removed; if NAME contains no /'s, output '.' (meaning the current directory).

  -z, --zero     end each output line with NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

Examples:
  dirname /usr/bin/          -> "/usr"
  dirname dir1/str dir2/str  -> "dir1" followed by "dir2"
  dirname stdio.h            -> "."
`;

const TOOL = {
  name: 'dirname',
  help: HELP,
  version: coreutilsVersion('dirname', 'David MacKenzie and Jim Meyering'),
};

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const prog = progName(argv, 'dirname');
  const args = yield* parseArgs(sys, TOOL, argv, [{ key: 'z', short: 'z', long: 'zero' }]);
  if (typeof args === 'number') return args;
  if (args.operands.length === 0) return yield* usageError(sys, TOOL, `${prog}: missing operand`, prog);
  const end = has(args.options, 'z') ? '\0' : '\n';
  const out = new Output(sys, STDOUT);
  for (const n of args.operands) out.print(dirOf(n) + end);
  return (yield* out.flush()) < 0 ? 1 : 0;
}

export const dirname: Command = {
  summary: 'dirname - strip last component from file name',
  synopsis: 'dirname [OPTION] NAME...',
  description: HELP,
  main,
};
