// basename(1): strip directories (and optionally a suffix) from file names; -a, -s SUFFIX, -z.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { basename as baseOf } from '../../lib/path';
import { has, last } from '../libc/getopt';
import { coreutilsVersion, parseArgs, progName, usageError } from '../libc/cmd';
import { Output, STDOUT } from '../libc/io';

const HELP = `Usage: basename NAME [SUFFIX]
  or:  basename OPTION... NAME...
Print NAME with any leading directory components removed.
If specified, also remove a trailing SUFFIX.

Mandatory arguments to long options are mandatory for short options too.
  -a, --multiple       support multiple arguments and treat each as a NAME
  -s, --suffix=SUFFIX  remove a trailing SUFFIX; implies -a
  -z, --zero           end each output line with NUL, not newline
      --help        display this help and exit
      --version     output version information and exit

Examples:
  basename /usr/bin/sort          -> "sort"
  basename include/stdio.h .h     -> "stdio"
  basename -s .h include/stdio.h  -> "stdio"
  basename -a any/str1 any/str2   -> "str1" followed by "str2"
`;

const TOOL = { name: 'basename', help: HELP, version: coreutilsVersion('basename', 'David MacKenzie') };
const SPECS = [
  { key: 'a', short: 'a', long: 'multiple' },
  { key: 's', short: 's', long: 'suffix', arg: true },
  { key: 'z', short: 'z', long: 'zero' },
];

/** basename NAME SUFFIX: the suffix is removed only if something remains. */
export function stripSuffix(name: string, suffix: string): string {
  return suffix !== '' && name !== suffix && name.endsWith(suffix) ? name.slice(0, -suffix.length) : name;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const prog = progName(argv, 'basename');
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  const ops = args.operands;
  const suffixOpt = last(args.options, 's');
  const multiple = has(args.options, 'a') || suffixOpt !== undefined;
  if (ops.length === 0) return yield* usageError(sys, TOOL, `${prog}: missing operand`, prog);
  if (!multiple && ops.length > 2)
    return yield* usageError(sys, TOOL, `${prog}: extra operand ‘${ops[2]}’`, prog);
  const names = multiple ? ops : [ops[0]!];
  const suffix = multiple ? (suffixOpt ?? '') : (ops[1] ?? '');
  const end = has(args.options, 'z') ? '\0' : '\n';
  const out = new Output(sys, STDOUT);
  for (const n of names) out.print(stripSuffix(baseOf(n), suffix) + end);
  return (yield* out.flush()) < 0 ? 1 : 0;
}

export const basename: Command = {
  summary: 'basename - strip directory and suffix from filenames',
  synopsis: 'basename NAME [SUFFIX]\nbasename OPTION... NAME...',
  description: HELP,
  main,
};
