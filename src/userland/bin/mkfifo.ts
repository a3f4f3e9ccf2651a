// mkfifo(1): make named pipes (FIFOs); -m sets the mode.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { S_IFIFO } from '../../kernel/abi/stat';
import { last } from '../libc/getopt';
import { coreutilsVersion, parseArgs } from '../libc/cmd';
import { warn } from '../libc/io';
import { adjustMode, compileMode } from '../libc/mode';
import { quoteaf } from '../libc/quote';

const HELP = `Usage: mkfifo [OPTION]... NAME...
Create named pipes (FIFOs) with the given NAMEs.

Mandatory arguments to long options are mandatory for short options too.
  -m, --mode=MODE    set file permission bits to MODE, not a=rw - umask
  -Z                   set the SELinux security context to default type
      --context[=CTX]  like -Z, or if CTX is specified then set the SELinux
                         or SMACK security context to CTX
      --help        display this help and exit
      --version     output version information and exit
`;

const TOOL = { name: 'mkfifo', help: HELP, version: coreutilsVersion('mkfifo', 'David MacKenzie') };
const SPECS = [
  { key: 'm', short: 'm', long: 'mode', arg: true },
  { key: 'Z', short: 'Z' },
  { key: 'context', long: 'context', arg: 'optional' as const },
];

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  if (args.operands.length === 0) {
    yield* warn(sys, "mkfifo: missing operand\nTry 'mkfifo --help' for more information.");
    return 1;
  }
  const umask = yield* sys.umask(0);
  yield* sys.umask(umask);
  let perm = 0o666 & ~umask;
  const modeText = last(args.options, 'm');
  if (modeText !== undefined) {
    const spec = compileMode(modeText);
    if (!spec) {
      yield* warn(sys, 'mkfifo: invalid mode');
      return 1;
    }
    perm = adjustMode(0o666, false, umask, spec);
  }
  let status = 0;
  for (const name of args.operands) {
    const r = yield* sys.mknod(name, S_IFIFO | perm, 0);
    if (r < 0) {
      yield* warn(sys, `mkfifo: cannot create fifo ${quoteaf(name)}: ${strerror(r)}`);
      status = 1;
    } else if (modeText !== undefined) yield* sys.chmod(name, perm);
  }
  return status;
}

export const mkfifo: Command = {
  summary: 'mkfifo - make FIFOs (named pipes)',
  synopsis: 'mkfifo [OPTION]... NAME...',
  description: HELP,
  main,
};
