// sync(1): flush cached writes to storage (coreutils 9.1). Files named on the command line must
// exist; the whole system is synced either way.

import type { Command } from '../command';
import { O_NONBLOCK, O_RDONLY } from '../../kernel/abi/fcntl';
import { strerror } from '../../kernel/abi/errno';
import type { Program, Sys } from '../sys';
import { parseArgs, usageError } from '../libc/cmd';
import { has } from '../libc/getopt';
import { HELP_OPTS, coreutilsTool } from '../libc/usage';
import { warn } from '../libc/io';

const tool = coreutilsTool(
  'sync',
  'Jim Meyering and Giuseppe Scrivano',
  'Usage: sync [OPTION] [FILE]...\nSynchronize cached writes to persistent storage\n\n' +
    'If one or more files are specified, sync only them,\nor their containing file systems.\n\n' +
    '  -d, --data             sync only file data, no unneeded metadata\n' +
    '  -f, --file-system      sync the file systems that contain the files\n' +
    HELP_OPTS,
);

function* syncMain(sys: Sys, argv: readonly string[]): Program {
  const specs = [
    { key: 'd', short: 'd', long: 'data' },
    { key: 'f', short: 'f', long: 'file-system' },
  ];
  const args = yield* parseArgs(sys, tool, argv, specs);
  if (typeof args === 'number') return args;
  if (has(args.options, 'd') && has(args.options, 'f'))
    return yield* usageError(sys, tool, 'sync: cannot specify both --data and --file-system');
  if (has(args.options, 'd') && args.operands.length === 0)
    return yield* usageError(sys, tool, 'sync: --data needs at least one argument');
  let status = 0;
  for (const file of args.operands) {
    const fd = yield* sys.open(file, O_RDONLY | O_NONBLOCK);
    if (fd < 0) {
      yield* warn(sys, `sync: error opening '${file}': ${strerror(fd)}`);
      status = 1;
    } else yield* sys.close(fd);
  }
  yield* sys.sync();
  return status;
}

export const sync: Command = {
  summary: 'sync - Synchronize cached writes to persistent storage',
  synopsis: 'sync [OPTION] [FILE]...',
  description:
    'Synchronize cached writes to persistent storage.  If one or more files are specified, sync only them, or their containing file systems.',
  main: syncMain,
};
