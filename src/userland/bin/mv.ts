// mv(1): rename files, or move them into a directory; across file systems (rename gives EXDEV)
// copy everything with its attributes and remove the source. -f, -i, -n, -v, -t, -T.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { EXDEV, EISDIR, ENOTDIR, ENOTEMPTY, EEXIST, EINVAL, strerror } from '../../kernel/abi/errno';
import { isDir } from '../../kernel/abi/stat';
import { has, last } from '../libc/getopt';
import { coreutilsVersion, parseArgs, usageError } from '../libc/cmd';
import { Output, STDOUT, warn } from '../libc/io';
import { quoteaf } from '../libc/quote';
import { askYes } from '../libc/ask';
import { copyPath } from '../libc/copy';
import { pairTargets } from '../libc/target';
import { walkTree } from '../libc/walk';

const HELP = `Usage: mv [OPTION]... [-T] SOURCE DEST
  or:  mv [OPTION]... SOURCE... DIRECTORY
  or:  mv [OPTION]... -t DIRECTORY SOURCE...
Rename SOURCE to DEST, or move SOURCE(s) to DIRECTORY.

Mandatory arguments to long options are mandatory for short options too.
      --backup[=CONTROL]       make a backup of each existing destination file
  -b                           like --backup but does not accept an argument
  -f, --force                  do not prompt before overwriting
  -i, --interactive            prompt before overwrite
  -n, --no-clobber             do not overwrite an existing file
If you specify more than one of -i, -f, -n, only the final one takes effect.
      --strip-trailing-slashes  remove any trailing slashes from each SOURCE
                                 argument
  -S, --suffix=SUFFIX          override the usual backup suffix
  -t, --target-directory=DIRECTORY  move all SOURCE arguments into DIRECTORY
  -T, --no-target-directory    treat DEST as a normal file
  -u, --update                 move only when the SOURCE file is newer
                                 than the destination file or when the
                                 destination file is missing
  -v, --verbose                explain what is being done
  -Z, --context                set SELinux security context of destination
                                 file to default type
      --help        display this help and exit
      --version     output version information and exit

The backup suffix is '~', unless set with --suffix or SIMPLE_BACKUP_SUFFIX.
The version control method may be selected via the --backup option or through
the VERSION_CONTROL environment variable.  Here are the values:

  none, off       never make backups (even if --backup is given)
  numbered, t     make numbered backups
  existing, nil   numbered if numbered backups exist, simple otherwise
  simple, never   always make simple backups
`;

const TOOL = {
  name: 'mv',
  help: HELP,
  version: coreutilsVersion('mv', 'Mike Parker, David MacKenzie, and Jim Meyering'),
};
const SPECS = [
  { key: 'f', short: 'f', long: 'force' },
  { key: 'i', short: 'i', long: 'interactive' },
  { key: 'n', short: 'n', long: 'no-clobber' },
  { key: 't', short: 't', long: 'target-directory', arg: true },
  { key: 'T', short: 'T', long: 'no-target-directory' },
  { key: 'u', short: 'u', long: 'update' },
  { key: 'v', short: 'v', long: 'verbose' },
];

/** rm -r for the source after a cross-device copy. */
function* removeTree(sys: Sys, path: string): Gen<void> {
  yield* walkTree(sys, path, {
    *pre(e) {
      if (!isDir(e.st.mode)) yield* sys.unlink(e.path);
      return isDir(e.st.mode);
    },
    *post(e) {
      yield* sys.rmdir(e.path);
    },
    *error() {},
  });
}

function* moveOne(
  sys: Sys,
  src: string,
  dest: string,
  o: { interactive: boolean; noClobber: boolean; out: Output; verbose: boolean },
): Gen<boolean> {
  const s = yield* sys.lstat(src);
  if (typeof s === 'number') {
    yield* warn(sys, `mv: cannot stat ${quoteaf(src)}: ${strerror(s)}`);
    return false;
  }
  const d = yield* sys.lstat(dest);
  if (typeof d !== 'number') {
    if (s.ino === d.ino && s.dev === d.dev) {
      yield* warn(sys, `mv: ${quoteaf(src)} and ${quoteaf(dest)} are the same file`);
      return false;
    }
    if (o.noClobber) return true;
    if (o.interactive && !(yield* askYes(sys, o.out, `mv: overwrite ${quoteaf(dest)}? `))) return true;
    if (isDir(s.mode) && !isDir(d.mode)) {
      yield* warn(sys, `mv: cannot overwrite non-directory ${quoteaf(dest)} with directory ${quoteaf(src)}`);
      return false;
    }
    if (!isDir(s.mode) && isDir(d.mode)) {
      yield* warn(sys, `mv: cannot overwrite directory ${quoteaf(dest)} with non-directory`);
      return false;
    }
  }
  const r = yield* sys.rename(src, dest);
  if (r === -EXDEV) {
    const umask = yield* sys.umask(0);
    yield* sys.umask(umask);
    const copy = {
      prog: 'mv' as const,
      recursive: true,
      deref: false,
      preserve: true,
      xattrs: true,
      verbose: null,
      umask,
    };
    if (!(yield* copyPath(sys, src, dest, copy, false))) return false;
    yield* removeTree(sys, src);
  } else if (r < 0) {
    if (r === -EINVAL)
      yield* warn(sys, `mv: cannot move ${quoteaf(src)} to a subdirectory of itself, ${quoteaf(dest)}`);
    else if (r === -ENOTEMPTY || r === -EEXIST)
      yield* warn(sys, `mv: cannot move ${quoteaf(src)} to ${quoteaf(dest)}: ${strerror(r)}`);
    else if (r === -EISDIR || r === -ENOTDIR)
      yield* warn(sys, `mv: cannot overwrite ${quoteaf(dest)}: ${strerror(r)}`);
    else yield* warn(sys, `mv: cannot move ${quoteaf(src)} to ${quoteaf(dest)}: ${strerror(r)}`);
    return false;
  }
  if (o.verbose) yield* o.out.write(`renamed ${quoteaf(src)} -> ${quoteaf(dest)}\n`);
  return true;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  const opt = (k: string): boolean => has(args.options, k);
  const ops = args.operands;
  const targetDir = last(args.options, 't');
  if (ops.length === 0) return yield* usageError(sys, TOOL, 'mv: missing file operand');
  if (ops.length === 1 && targetDir === undefined) {
    return yield* usageError(sys, TOOL, `mv: missing destination file operand after ${quoteaf(ops[0]!)}`);
  }
  let interactive = false;
  let noClobber = false;
  for (const o of args.options) {
    if (o.key === 'i') [interactive, noClobber] = [true, false];
    if (o.key === 'f') [interactive, noClobber] = [false, false];
    if (o.key === 'n') [interactive, noClobber] = [false, true];
  }
  const pairs = yield* pairTargets(sys, 'mv', ops, targetDir, opt('T'));
  if (!pairs) return 1;
  const out = new Output(sys, STDOUT);
  let status = 0;
  for (const { src, dest } of pairs) {
    if (!(yield* moveOne(sys, src, dest, { interactive, noClobber, out, verbose: opt('v') }))) status = 1;
  }
  yield* out.flush();
  return status;
}

export const mv: Command = {
  summary: 'mv - move (rename) files',
  synopsis:
    'mv [OPTION]... [-T] SOURCE DEST\nmv [OPTION]... SOURCE... DIRECTORY\nmv [OPTION]... -t DIRECTORY SOURCE...',
  description: HELP,
  main,
};
