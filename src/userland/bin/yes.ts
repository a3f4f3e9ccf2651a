// yes(1): print a line (default "y") over and over until killed or the pipe closes.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { coreutilsVersion, parseArgs } from '../libc/cmd';
import { STDOUT, warn, writeAll } from '../libc/io';
import { strerror } from '../../kernel/abi/errno';

const HELP = `Usage: yes [STRING]...
  or:  yes OPTION
Repeatedly output a line with all specified STRING(s), or 'y'.

      --help        display this help and exit
      --version     output version information and exit
`;

const TOOL = { name: 'yes', help: HELP, version: coreutilsVersion('yes', 'David MacKenzie') };

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, [], { stopAtOperand: true });
  if (typeof args === 'number') return args;
  const line = (args.operands.length ? args.operands.join(' ') : 'y') + '\n';
  // Fill a buffer of whole lines, as GNU yes does, so each write is large.
  const block = line.repeat(Math.max(1, Math.floor(8192 / line.length)));
  for (;;) {
    const r = yield* writeAll(sys, STDOUT, block);
    if (r < 0) {
      yield* warn(sys, `yes: standard output: ${strerror(r)}`);
      return 1;
    }
    yield* sys.compute(2000);
  }
}

export const yes: Command = {
  summary: 'yes - output a string repeatedly until killed',
  synopsis: 'yes [STRING]...',
  description: HELP,
  main,
};
