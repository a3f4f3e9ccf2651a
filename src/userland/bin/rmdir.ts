// rmdir(1): remove empty directories; -p removes each parent named in the path too.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { ENOTEMPTY, EEXIST, strerror } from '../../kernel/abi/errno';
import { has } from '../libc/getopt';
import { coreutilsVersion, parseArgs, usageError } from '../libc/cmd';
import { Output, STDOUT, warn } from '../libc/io';
import { quoteaf } from '../libc/quote';

const HELP = `Usage: rmdir [OPTION]... DIRECTORY...
Remove the DIRECTORY(ies), if they are empty.

      --ignore-fail-on-non-empty
                    ignore each failure that is solely because a directory
                    is non-empty

  -p, --parents     remove DIRECTORY and its ancestors; e.g., 'rmdir -p a/b/c'
                    is similar to 'rmdir a/b/c a/b a'

  -v, --verbose     output a diagnostic for every directory processed
      --help        display this help and exit
      --version     output version information and exit
`;

const TOOL = { name: 'rmdir', help: HELP, version: coreutilsVersion('rmdir', 'David MacKenzie') };
const SPECS = [
  { key: 'i', long: 'ignore-fail-on-non-empty' },
  { key: 'p', short: 'p', long: 'parents' },
  { key: 'v', short: 'v', long: 'verbose' },
];

function* removeOne(sys: Sys, path: string, ignoreNonEmpty: boolean, out: Output | null): Gen<number> {
  if (out) yield* out.write(`rmdir: removing directory, ${quoteaf(path)}\n`);
  if (out) yield* out.flush();
  const r = yield* sys.rmdir(path);
  if (r === 0) return 0;
  if (ignoreNonEmpty && (r === -ENOTEMPTY || r === -EEXIST)) return r;
  yield* warn(sys, `rmdir: failed to remove ${quoteaf(path)}: ${strerror(r)}`);
  return r;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  if (args.operands.length === 0) return yield* usageError(sys, TOOL, 'rmdir: missing operand');
  const ignore = has(args.options, 'i');
  const out = has(args.options, 'v') ? new Output(sys, STDOUT) : null;
  let status = 0;
  for (const operand of args.operands) {
    let path = operand;
    let r = yield* removeOne(sys, path, ignore, out);
    if (r < 0 && !(ignore && (r === -ENOTEMPTY || r === -EEXIST))) status = 1;
    if (!has(args.options, 'p')) continue;
    while (r === 0) {
      path = path.replace(/\/+$/, '');
      const slash = path.lastIndexOf('/');
      if (slash <= 0) break;
      path = path.slice(0, slash).replace(/\/+$/, '');
      if (path === '') break;
      r = yield* removeOne(sys, path, ignore, out);
      if (r < 0 && !(ignore && (r === -ENOTEMPTY || r === -EEXIST))) status = 1;
    }
  }
  if (out) yield* out.flush();
  return status;
}

export const rmdir: Command = {
  summary: 'rmdir - remove empty directories',
  synopsis: 'rmdir [OPTION]... DIRECTORY...',
  description: HELP,
  main,
};
