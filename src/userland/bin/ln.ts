// ln(1): make hard links (default) or symbolic links (-s); -f replaces, -n does not follow a
// DEST symlink to a directory, -r makes relative symlinks, -v reports, -t/-T as in cp.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { EEXIST, ENAMETOOLONG, strerror } from '../../kernel/abi/errno';
import { isDir } from '../../kernel/abi/stat';
import { basename } from '../../lib/path';
import { has, last } from '../libc/getopt';
import { coreutilsVersion, parseArgs, usageError } from '../libc/cmd';
import { Output, STDOUT, warn } from '../libc/io';
import { quoteaf, quotef } from '../libc/quote';
import { askYes } from '../libc/ask';
import { pairTargets } from '../libc/target';
import { relativeTo } from '../libc/resolve';

const HELP = `Usage: ln [OPTION]... [-T] TARGET LINK_NAME
  or:  ln [OPTION]... TARGET
  or:  ln [OPTION]... TARGET... DIRECTORY
  or:  ln [OPTION]... -t DIRECTORY TARGET...
In the 1st form, create a link to TARGET with the name LINK_NAME.
In the 2nd form, create a link to TARGET in the current directory.
In the 3rd and 4th forms, create links to each TARGET in DIRECTORY.
Create hard links by default, symbolic links with --symbolic.
By default, each destination (name of new link) should not already exist.
When creating hard links, each TARGET must exist.  Symbolic links
can hold arbitrary text; if later resolved, a relative link is
interpreted in relation to its parent directory.

Mandatory arguments to long options are mandatory for short options too.
      --backup[=CONTROL]      make a backup of each existing destination file
  -b                          like --backup but does not accept an argument
  -d, -F, --directory         allow the superuser to attempt to hard link
                                directories (note: will probably fail due to
                                system restrictions, even for the superuser)
  -f, --force                 remove existing destination files
  -i, --interactive           prompt whether to remove destinations
  -L, --logical               dereference TARGETs that are symbolic links
  -n, --no-dereference        treat LINK_NAME as a normal file if
                                it is a symbolic link to a directory
  -P, --physical              make hard links directly to symbolic links
  -r, --relative              with -s, create links relative to link location
  -s, --symbolic              make symbolic links instead of hard links
  -S, --suffix=SUFFIX         override the usual backup suffix
  -t, --target-directory=DIRECTORY  specify the DIRECTORY in which to create
                                the links
  -T, --no-target-directory   treat LINK_NAME as a normal file always
  -v, --verbose               print name of each linked file
      --help        display this help and exit
      --version     output version information and exit

The backup suffix is '~', unless set with --suffix or SIMPLE_BACKUP_SUFFIX.
The version control method may be selected via the --backup option or through
the VERSION_CONTROL environment variable.  Here are the values:

  none, off       never make backups (even if --backup is given)
  numbered, t     make numbered backups
  existing, nil   numbered if numbered backups exist, simple otherwise
  simple, never   always make simple backups

Using -s ignores -L and -P.  Otherwise, the last option specified controls
behavior when a TARGET is a symbolic link, defaulting to -P.
`;

const TOOL = { name: 'ln', help: HELP, version: coreutilsVersion('ln', 'Mike Parker and David MacKenzie') };
const SPECS = [
  { key: 'b', short: 'b' },
  { key: 'd', short: 'd', long: 'directory' },
  { key: 'd', short: 'F' },
  { key: 'f', short: 'f', long: 'force' },
  { key: 'i', short: 'i', long: 'interactive' },
  { key: 'L', short: 'L', long: 'logical' },
  { key: 'n', short: 'n', long: 'no-dereference' },
  { key: 'P', short: 'P', long: 'physical' },
  { key: 'r', short: 'r', long: 'relative' },
  { key: 's', short: 's', long: 'symbolic' },
  { key: 't', short: 't', long: 'target-directory', arg: true },
  { key: 'T', short: 'T', long: 'no-target-directory' },
  { key: 'v', short: 'v', long: 'verbose' },
];

interface Opts {
  symbolic: boolean;
  force: boolean;
  interactive: boolean;
  relative: boolean;
  out: Output | null;
}

function* linkFailed(sys: Sys, o: Opts, src: string, dest: string, err: number): Gen<boolean> {
  const kind = o.symbolic ? 'symbolic link' : 'hard link';
  const simple = o.symbolic ? err !== -ENAMETOOLONG && src !== '' : [-EEXIST, -28, -30, -122].includes(err);
  const arrow = o.symbolic ? '->' : '=>';
  const what = simple ? quoteaf(dest) : `${quoteaf(dest)} ${arrow} ${quoteaf(src)}`;
  yield* warn(sys, `ln: failed to create ${kind} ${what}: ${strerror(err)}`);
  return false;
}

function* linkOne(sys: Sys, src: string, dest: string, o: Opts): Gen<boolean> {
  if (!o.symbolic) {
    const st = yield* sys.stat(src);
    if (typeof st === 'number') {
      yield* warn(sys, `ln: failed to access ${quoteaf(src)}: ${strerror(st)}`);
      return false;
    }
    if (isDir(st.mode)) {
      yield* warn(sys, `ln: ${quotef(src)}: hard link not allowed for directory`);
      return false;
    }
  }
  const existing = yield* sys.lstat(dest);
  if (typeof existing !== 'number' && (o.force || o.interactive)) {
    const srcSt = yield* sys.stat(src);
    if (
      !o.symbolic &&
      typeof srcSt !== 'number' &&
      srcSt.ino === existing.ino &&
      srcSt.dev === existing.dev
    ) {
      yield* warn(sys, `ln: ${quoteaf(src)} and ${quoteaf(dest)} are the same file`);
      return false;
    }
    if (o.interactive && !(yield* askYes(sys, o.out, `ln: replace ${quoteaf(dest)}? `))) return true;
    if (isDir(existing.mode)) {
      yield* warn(sys, `ln: ${quoteaf(dest)}: cannot overwrite directory`);
      return false;
    }
    yield* sys.unlink(dest);
  }
  const target = o.symbolic && o.relative ? yield* relativeTo(sys, src, dest) : src;
  const r = o.symbolic ? yield* sys.symlink(target, dest) : yield* sys.link(src, dest);
  if (r < 0) return yield* linkFailed(sys, o, src, dest, r);
  if (o.out) yield* o.out.write(`${quoteaf(dest)} ${o.symbolic ? '->' : '=>'} ${quoteaf(target)}\n`);
  return true;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  const ops = args.operands;
  const targetDir = last(args.options, 't');
  if (ops.length === 0) return yield* usageError(sys, TOOL, 'ln: missing file operand');
  const opt = (k: string): boolean => has(args.options, k);
  const o: Opts = {
    symbolic: opt('s'),
    force: opt('f'),
    interactive: opt('i'),
    relative: opt('r'),
    out: opt('v') ? new Output(sys, STDOUT) : null,
  };
  const operands = ops.length === 1 && targetDir === undefined ? [ops[0]!, '.'] : ops;
  const pairs = yield* pairTargets(sys, 'ln', operands, targetDir, opt('T'), opt('n'));
  if (!pairs) return 1;
  let status = 0;
  for (const { src, dest } of pairs) {
    const d = ops.length === 1 && targetDir === undefined ? `./${basename(src)}` : dest;
    if (!(yield* linkOne(sys, src, d, o))) status = 1;
  }
  if (o.out) yield* o.out.flush();
  return status;
}

export const ln: Command = {
  summary: 'ln - make links between files',
  synopsis:
    'ln [OPTION]... [-T] TARGET LINK_NAME\nln [OPTION]... TARGET\nln [OPTION]... TARGET... DIRECTORY\nln [OPTION]... -t DIRECTORY TARGET...',
  description: HELP,
  main,
};
