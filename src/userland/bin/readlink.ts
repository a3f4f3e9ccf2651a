// readlink(1): print a symlink's target, or with -f/-e/-m the canonical path. Failures are silent
// unless -v (GNU's default is quiet for readlink).

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { has } from '../libc/getopt';
import { coreutilsVersion, parseArgs, usageError } from '../libc/cmd';
import { Output, STDOUT, warn } from '../libc/io';
import { quotef } from '../libc/quote';
import type { CanonMode } from '../libc/resolve';
import { canonicalize } from '../libc/resolve';

const HELP = `Usage: readlink [OPTION]... FILE...
Print value of a symbolic link or canonical file name

  -f, --canonicalize            canonicalize by following every symlink in
                                every component of the given name recursively;
                                all but the last component must exist
  -e, --canonicalize-existing   canonicalize by following every symlink in
                                every component of the given name recursively,
                                all components must exist
  -m, --canonicalize-missing    canonicalize by following every symlink in
                                every component of the given name recursively,
                                without requirements on components existence
  -n, --no-newline              do not output the trailing delimiter
  -q, --quiet
  -s, --silent                  suppress most error messages (on by default)
  -v, --verbose                 report error messages
  -z, --zero                    end each output line with NUL, not newline
      --help        display this help and exit
      --version     output version information and exit
`;

const TOOL = { name: 'readlink', help: HELP, version: coreutilsVersion('readlink', 'Dmitry V. Levin') };
const SPECS = [
  { key: 'f', short: 'f', long: 'canonicalize' },
  { key: 'e', short: 'e', long: 'canonicalize-existing' },
  { key: 'm', short: 'm', long: 'canonicalize-missing' },
  { key: 'n', short: 'n', long: 'no-newline' },
  { key: 'q', short: 'q', long: 'quiet' },
  { key: 'q', short: 's', long: 'silent' },
  { key: 'v', short: 'v', long: 'verbose' },
  { key: 'z', short: 'z', long: 'zero' },
];

function modeOf(options: Parameters<typeof has>[0]): CanonMode | null {
  let mode: CanonMode | null = null;
  for (const o of options) {
    if (o.key === 'f') mode = 'all-but-last';
    if (o.key === 'e') mode = 'existing';
    if (o.key === 'm') mode = 'missing';
  }
  return mode;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  if (args.operands.length === 0) return yield* usageError(sys, TOOL, 'readlink: missing operand');
  const opt = (k: string): boolean => has(args.options, k);
  let verbose = false;
  for (const o of args.options) {
    if (o.key === 'v') verbose = true;
    if (o.key === 'q') verbose = false;
  }
  const mode = modeOf(args.options);
  const multiple = args.operands.length > 1;
  if (opt('n') && multiple && !opt('z'))
    yield* warn(sys, 'readlink: ignoring --no-newline with multiple arguments');
  const end = opt('z') ? '\0' : opt('n') && !multiple ? '' : '\n';
  const out = new Output(sys, STDOUT);
  let status = 0;
  for (const path of args.operands) {
    const r = mode ? yield* canonicalize(sys, path, mode) : yield* sys.readlink(path);
    if (typeof r === 'number') {
      status = 1;
      if (verbose) {
        yield* out.flush();
        yield* warn(sys, `readlink: ${quotef(path)}: ${strerror(r)}`);
      }
      continue;
    }
    yield* out.write(r + end);
  }
  yield* out.flush();
  return status;
}

export const readlink: Command = {
  summary: 'readlink - print resolved symbolic links or canonical file names',
  synopsis: 'readlink [OPTION]... FILE...',
  description: HELP,
  main,
};
