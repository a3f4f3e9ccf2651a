// chown(1): change file owner and group: OWNER, OWNER:GROUP, OWNER:, :GROUP (names or numbers);
// -R recursive, -h affects symlinks themselves, -v / -c report, --reference copies another file's.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { last } from '../libc/getopt';
import { coreutilsVersion, parseArgs, usageError } from '../libc/cmd';
import { warn } from '../libc/io';
import { loadUserDb } from '../libc/pwd';
import { quoteLocale, quoteaf } from '../libc/quote';
import type { Owner } from '../libc/chown';
import { chownOperands, parseOwnerSpec } from '../libc/chown';

const HELP = `Usage: chown [OPTION]... [OWNER][:[GROUP]] FILE...
  or:  chown [OPTION]... --reference=RFILE FILE...
Change the owner and/or group of each FILE to OWNER and/or GROUP.
With --reference, change the owner and group of each FILE to those of RFILE.

  -c, --changes          like verbose but report only when a change is made
  -f, --silent, --quiet  suppress most error messages
  -v, --verbose          output a diagnostic for every file processed
      --dereference      affect the referent of each symbolic link (this is
                         the default), rather than the symbolic link itself
  -h, --no-dereference   affect symbolic links instead of any referenced file
                         (useful only on systems that can change the
                         ownership of a symlink)
      --from=CURRENT_OWNER:CURRENT_GROUP
                         change the owner and/or group of each file only if
                         its current owner and/or group match those specified
                         here.  Either may be omitted, in which case a match
                         is not required for the omitted attribute
      --no-preserve-root  do not treat '/' specially (the default)
      --preserve-root    fail to operate recursively on '/'
      --reference=RFILE  use RFILE's owner and group rather than
                         specifying OWNER:GROUP values
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

Owner is unchanged if missing.  Group is unchanged if missing, but changed
to login group if implied by a ':' following a symbolic OWNER.
OWNER and GROUP may be numeric as well as symbolic.

Examples:
  chown root /u        Change the owner of /u to "root".
  chown root:staff /u  Likewise, but also change its group to "staff".
  chown -hR root /u    Change the owner of /u and subfiles to "root".
`;

const TOOL = {
  name: 'chown',
  help: HELP,
  version: coreutilsVersion('chown', 'David MacKenzie and Jim Meyering'),
};
export const CHOWN_SPECS = [
  { key: 'c', short: 'c', long: 'changes' },
  { key: 'f', short: 'f', long: 'silent' },
  { key: 'f', long: 'quiet' },
  { key: 'h', short: 'h', long: 'no-dereference' },
  { key: 'deref', long: 'dereference' },
  { key: 'R', short: 'R', long: 'recursive' },
  { key: 'v', short: 'v', long: 'verbose' },
  { key: 'H', short: 'H' },
  { key: 'L', short: 'L' },
  { key: 'P', short: 'P' },
  { key: 'ref', long: 'reference', arg: true },
  { key: 'from', long: 'from', arg: true },
  { key: 'pr', long: 'preserve-root' },
  { key: 'npr', long: 'no-preserve-root' },
];

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, CHOWN_SPECS);
  if (typeof args === 'number') return args;
  const ops = [...args.operands];
  const ref = last(args.options, 'ref');
  if (ops.length === 0) return yield* usageError(sys, TOOL, 'chown: missing operand');
  const db = yield* loadUserDb(sys);
  let owner: Owner;
  if (ref !== undefined) {
    const st = yield* sys.stat(ref);
    if (typeof st === 'number') {
      yield* warn(sys, `chown: failed to get attributes of ${quoteaf(ref)}: ${strerror(st)}`);
      return 1;
    }
    owner = { uid: st.uid, gid: st.gid };
  } else {
    const spec = ops.shift() ?? '';
    if (ops.length === 0)
      return yield* usageError(sys, TOOL, `chown: missing operand after ${quoteLocale(spec)}`);
    const parsed = parseOwnerSpec(db, spec);
    if (typeof parsed === 'string') {
      yield* warn(sys, `chown: ${parsed}`);
      return 1;
    }
    if (parsed.warning) yield* warn(sys, `chown: ${parsed.warning}`);
    owner = parsed.owner;
  }
  return yield* chownOperands(sys, 'chown', owner, args.options, ops, db);
}

export const chown: Command = {
  summary: 'chown - change file owner and group',
  synopsis: 'chown [OPTION]... [OWNER][:[GROUP]] FILE...\nchown [OPTION]... --reference=RFILE FILE...',
  description: HELP,
  main,
};
