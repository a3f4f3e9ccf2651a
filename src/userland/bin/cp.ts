// cp(1): copy files and directories. -r/-R recursive, -a archive (-dR --preserve=all), -p
// preserve mode/owner/times, -L/-P follow or not, -n no-clobber, -i ask, -f, -v, -t, -T.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { isDir } from '../../kernel/abi/stat';
import { has, last } from '../libc/getopt';
import { coreutilsVersion, parseArgs, usageError } from '../libc/cmd';
import { Output, STDOUT, warn } from '../libc/io';
import { quoteaf } from '../libc/quote';
import { askYes } from '../libc/ask';
import type { CopyOpts } from '../libc/copy';
import { copyPath, isInside } from '../libc/copy';
import { pairTargets } from '../libc/target';
import { canonicalize } from '../libc/resolve';

const HELP = `Usage: cp [OPTION]... [-T] SOURCE DEST
  or:  cp [OPTION]... SOURCE... DIRECTORY
  or:  cp [OPTION]... -t DIRECTORY SOURCE...
Copy SOURCE to DEST, or multiple SOURCE(s) to DIRECTORY.

Mandatory arguments to long options are mandatory for short options too.
  -a, --archive                same as -dR --preserve=all
      --attributes-only        don't copy the file data, just the attributes
      --backup[=CONTROL]       make a backup of each existing destination file
  -b                           like --backup but does not accept an argument
      --copy-contents          copy contents of special files when recursive
  -d                           same as --no-dereference --preserve=links
  -f, --force                  if an existing destination file cannot be
                                 opened, remove it and try again (this option
                                 is ignored when the -n option is also used)
  -i, --interactive            prompt before overwrite (overrides a previous -n
                                  option)
  -H                           follow command-line symbolic links in SOURCE
  -l, --link                   hard link files instead of copying
  -L, --dereference            always follow symbolic links in SOURCE
  -n, --no-clobber             do not overwrite an existing file (overrides
                                 a previous -i option)
  -P, --no-dereference         never follow symbolic links in SOURCE
  -p                           same as --preserve=mode,ownership,timestamps
      --preserve[=ATTR_LIST]   preserve the specified attributes (default:
                                 mode,ownership,timestamps), if possible
                                 additional attributes: context, links, xattr,
                                 all
      --no-preserve=ATTR_LIST  don't preserve the specified attributes
      --parents                use full source file name under DIRECTORY
  -R, -r, --recursive          copy directories recursively
      --reflink[=WHEN]         control clone/CoW copies. See below
      --remove-destination     remove each existing destination file before
                                 attempting to open it (contrast with --force)
      --sparse=WHEN            control creation of sparse files. See below
      --strip-trailing-slashes  remove any trailing slashes from each SOURCE
                                 argument
  -s, --symbolic-link          make symbolic links instead of copying
  -S, --suffix=SUFFIX          override the usual backup suffix
  -t, --target-directory=DIRECTORY  copy all SOURCE arguments into DIRECTORY
  -T, --no-target-directory    treat DEST as a normal file
  -u, --update                 copy only when the SOURCE file is newer
                                 than the destination file or when the
                                 destination file is missing
  -v, --verbose                explain what is being done
  -x, --one-file-system        stay on this file system
  -Z                           set SELinux security context of destination
                                 file to default type
      --context[=CTX]          like -Z, or if CTX is specified then set the
                                 SELinux or SMACK security context to CTX
      --help        display this help and exit
      --version     output version information and exit

By default, sparse SOURCE files are detected by a crude heuristic and the
corresponding DEST file is made sparse as well.  That is the behavior
selected by --sparse=auto.  Specify --sparse=always to create a sparse DEST
file whenever the SOURCE file contains a long enough sequence of zero bytes.
Use --sparse=never to inhibit creation of sparse files.

When --reflink[=always] is specified, perform a lightweight copy, where the
data blocks are copied only when modified.  If this is not possible the copy
fails, or if --reflink=auto is specified, fall back to a standard copy.
Use --reflink=never to ensure a standard copy is performed.

The backup suffix is '~', unless set with --suffix or SIMPLE_BACKUP_SUFFIX.
The version control method may be selected via the --backup option or through
the VERSION_CONTROL environment variable.  Here are the values:

  none, off       never make backups (even if --backup is given)
  numbered, t     make numbered backups
  existing, nil   numbered if numbered backups exist, simple otherwise
  simple, never   always make simple backups

As a special case, cp makes a backup of SOURCE when the force and backup
options are given and SOURCE and DEST are the same name for an existing,
regular file.
`;

const TOOL = {
  name: 'cp',
  help: HELP,
  version: coreutilsVersion('cp', 'Torbjorn Granlund, David MacKenzie, and Jim Meyering'),
};
const SPECS = [
  { key: 'a', short: 'a', long: 'archive' },
  { key: 'd', short: 'd' },
  { key: 'f', short: 'f', long: 'force' },
  { key: 'i', short: 'i', long: 'interactive' },
  { key: 'H', short: 'H' },
  { key: 'L', short: 'L', long: 'dereference' },
  { key: 'n', short: 'n', long: 'no-clobber' },
  { key: 'P', short: 'P', long: 'no-dereference' },
  { key: 'p', short: 'p' },
  { key: 'preserve', long: 'preserve', arg: 'optional' as const },
  { key: 'r', short: 'r', long: 'recursive' },
  { key: 'r', short: 'R' },
  { key: 't', short: 't', long: 'target-directory', arg: true },
  { key: 'T', short: 'T', long: 'no-target-directory' },
  { key: 'u', short: 'u', long: 'update' },
  { key: 'v', short: 'v', long: 'verbose' },
  { key: 'x', short: 'x', long: 'one-file-system' },
];

interface Plan {
  copy: CopyOpts;
  followOperand: boolean;
  noClobber: boolean;
  interactive: boolean;
}

/** Checks before copying one operand: same file, into itself, -n / -i. Returns false to skip. */
function* precheck(sys: Sys, src: string, dest: string, p: Plan): Gen<boolean | 'fail'> {
  const s = p.followOperand ? yield* sys.stat(src) : yield* sys.lstat(src);
  const d = yield* sys.stat(dest);
  if (typeof s === 'number') return true; // copyPath reports it
  if (typeof d !== 'number') {
    if (s.ino === d.ino && s.dev === d.dev) {
      yield* warn(sys, `cp: ${quoteaf(src)} and ${quoteaf(dest)} are the same file`);
      return 'fail';
    }
    if (!isDir(d.mode) || !isDir(s.mode)) {
      if (p.noClobber) return false;
      if (p.interactive && !(yield* askYes(sys, p.copy.verbose, `cp: overwrite ${quoteaf(dest)}? `)))
        return false;
    }
  }
  if (isDir(s.mode) && p.copy.recursive) {
    const a = yield* canonicalize(sys, src, 'missing');
    const b = yield* canonicalize(sys, dest, 'missing');
    if (typeof a === 'string' && typeof b === 'string' && isInside(a, b)) {
      yield* warn(sys, `cp: cannot copy a directory, ${quoteaf(src)}, into itself, ${quoteaf(dest)}`);
      return 'fail';
    }
  }
  return true;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  const opt = (k: string): boolean => has(args.options, k);
  const ops = args.operands;
  const targetDir = last(args.options, 't');
  if (ops.length === 0) return yield* usageError(sys, TOOL, 'cp: missing file operand');
  if (ops.length === 1 && targetDir === undefined) {
    return yield* usageError(sys, TOOL, `cp: missing destination file operand after ${quoteaf(ops[0]!)}`);
  }
  const umask = yield* sys.umask(0);
  yield* sys.umask(umask);
  const archive = opt('a');
  const recursive = archive || opt('r');
  let deref: boolean | undefined;
  for (const o of args.options) {
    if (o.key === 'L') deref = true;
    if (o.key === 'P' || o.key === 'd' || o.key === 'a') deref = false;
  }
  const preserveList = last(args.options, 'preserve') ?? (opt('preserve') ? 'mode,ownership,timestamps' : '');
  const p: Plan = {
    copy: {
      prog: 'cp',
      recursive,
      deref: deref ?? false,
      preserve: archive || opt('p') || preserveList !== '',
      xattrs: archive || /all|xattr/.test(preserveList),
      verbose: new Output(sys, STDOUT),
      umask,
    },
    followOperand: deref ?? (!recursive || opt('H')),
    noClobber: opt('n'),
    interactive: opt('i') && !opt('n'),
  };
  const pairs = yield* pairTargets(sys, 'cp', ops, targetDir, opt('T'));
  if (!pairs) return 1;
  const out = p.copy.verbose!;
  const copy = { ...p.copy, verbose: opt('v') ? out : null };
  let status = 0;
  for (const { src, dest } of pairs) {
    const check = yield* precheck(sys, src, dest, p);
    if (check === 'fail') status = 1;
    if (check !== true) continue;
    if (!(yield* copyPath(sys, src, dest, copy, p.followOperand))) status = 1;
  }
  yield* out.flush();
  return status;
}

export const cp: Command = {
  summary: 'cp - copy files and directories',
  synopsis:
    'cp [OPTION]... [-T] SOURCE DEST\ncp [OPTION]... SOURCE... DIRECTORY\ncp [OPTION]... -t DIRECTORY SOURCE...',
  description: HELP,
  main,
};
