// whoami(1): print the user name of the effective user ID (coreutils 9.1).

import type { Command } from '../command';
import type { Program, Sys } from '../sys';
import { parseArgs, usageError } from '../libc/cmd';
import { HELP_OPTS, coreutilsTool, extraOperand } from '../libc/usage';
import { STDOUT, warn, writeAll } from '../libc/io';
import { loadUserDb, userById } from '../libc/pwd';

const tool = coreutilsTool(
  'whoami',
  'Richard Mlynarik',
  'Usage: whoami [OPTION]...\nPrint the user name associated with the current effective user ID.\nSame as id -un.\n\n' +
    HELP_OPTS,
);

function* whoamiMain(sys: Sys, argv: readonly string[]): Program {
  const args = yield* parseArgs(sys, tool, argv, []);
  if (typeof args === 'number') return args;
  if (args.operands.length > 0)
    return yield* usageError(sys, tool, extraOperand('whoami', args.operands[0]!));
  const uid = yield* sys.geteuid();
  const pw = userById(yield* loadUserDb(sys), uid);
  if (!pw) {
    yield* warn(sys, `whoami: cannot find name for user ID ${uid}`);
    return 1;
  }
  yield* writeAll(sys, STDOUT, pw.name + '\n');
  return 0;
}

export const whoami: Command = {
  summary: 'whoami - print effective user name',
  synopsis: 'whoami [OPTION]...',
  description: 'Print the user name associated with the current effective user ID.  Same as id -un.',
  main: whoamiMain,
};
