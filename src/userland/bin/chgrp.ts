// chgrp(1): change the group of files (a name or a number); -R, -h, -v, -c as in chown.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { last } from '../libc/getopt';
import { coreutilsVersion, parseArgs, usageError } from '../libc/cmd';
import { warn } from '../libc/io';
import { loadUserDb } from '../libc/pwd';
import { quoteLocale, quoteaf } from '../libc/quote';
import { chownOperands, parseGroupName } from '../libc/chown';
import { CHOWN_SPECS } from './chown';

const HELP = `Usage: chgrp [OPTION]... GROUP FILE...
  or:  chgrp [OPTION]... --reference=RFILE FILE...
Change the group of each FILE to GROUP.
With --reference, change the group of each FILE to that of RFILE.

  -c, --changes          like verbose but report only when a change is made
  -f, --silent, --quiet  suppress most error messages
  -v, --verbose          output a diagnostic for every file processed
      --dereference      affect the referent of each symbolic link (this is
                         the default), rather than the symbolic link itself
  -h, --no-dereference   affect symbolic links instead of any referenced file
                         (useful only on systems that can change the
                         ownership of a symlink)
      --no-preserve-root  do not treat '/' specially (the default)
      --preserve-root    fail to operate recursively on '/'
      --reference=RFILE  use RFILE's group rather than specifying a
                         GROUP value
  -R, --recursive        operate on files and directories recursively

The following options modify how a hierarchy is traversed when the -R
option is also specified.  If more than one is specified, only the final
one takes effect.

  -H                     if a command line argument is a symbolic link
                         to a directory, traverse it
  -L                     traverse every symbolic link to a directory
                         encountered
  -P                     do not traverse any symbolic links (default)

      --help        display this help and exit
      --version     output version information and exit

Examples:
  chgrp staff /u      Change the group of /u to "staff".
  chgrp -hR staff /u  Change the group of /u and subfiles to "staff".
`;

const TOOL = {
  name: 'chgrp',
  help: HELP,
  version: coreutilsVersion('chgrp', 'David MacKenzie and Jim Meyering'),
};

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, CHOWN_SPECS);
  if (typeof args === 'number') return args;
  const ops = [...args.operands];
  const ref = last(args.options, 'ref');
  if (ops.length === 0) return yield* usageError(sys, TOOL, 'chgrp: missing operand');
  const db = yield* loadUserDb(sys);
  let gid: number | undefined;
  if (ref !== undefined) {
    const st = yield* sys.stat(ref);
    if (typeof st === 'number') {
      yield* warn(sys, `chgrp: failed to get attributes of ${quoteaf(ref)}: ${strerror(st)}`);
      return 1;
    }
    gid = st.gid;
  } else {
    const name = ops.shift() ?? '';
    if (ops.length === 0)
      return yield* usageError(sys, TOOL, `chgrp: missing operand after ${quoteLocale(name)}`);
    gid = name === '' ? undefined : parseGroupName(db, name);
    if (gid === undefined && name !== '') {
      yield* warn(sys, `chgrp: invalid group: ${quoteLocale(name)}`);
      return 1;
    }
  }
  return yield* chownOperands(sys, 'chgrp', { gid }, args.options, ops, db);
}

export const chgrp: Command = {
  summary: 'chgrp - change group ownership',
  synopsis: 'chgrp [OPTION]... GROUP FILE...\nchgrp [OPTION]... --reference=RFILE FILE...',
  description: HELP,
  main,
};
