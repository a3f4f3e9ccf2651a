// tar (GNU tar 1.34): -c, -t and -x on archives in GNU's default format (libc/tar), with -f, -v,
// -C, --sort=name, --mtime, --owner, --group, --numeric-owner, --exclude, -p, --no-same-owner,
// -O, -h, -k and traditional bundled options (`tar cvf x.tar dir`). Usage errors exit 64, file
// errors 2 ("Exiting with failure status due to previous errors"), as GNU tar does.
//
// Simplification: no compression (-z fails as GNU tar does when gzip cannot be run), no -r/-u/-A/
// --delete/-d, no incremental or multi-volume archives; --help is abridged.

import type { Command } from '../command';
import { strerror } from '../../kernel/abi/errno';
import { O_CREAT, O_TRUNC, O_WRONLY } from '../../kernel/abi/fcntl';
import { isReg } from '../../kernel/abi/stat';
import { TCGETS } from '../../kernel/abi/termios';
import type { Gen, Program, Sys } from '../sys';
import { STDOUT, warn, writeAll } from '../libc/io';
import { loadUserDb } from '../libc/pwd';
import { newListWidths, tarQuote } from '../libc/tar';
import { parseTarArgs } from './tar/args';
import type { TarArgs } from './tar/args';
import { openArchive, readArchive } from './tar/archive';
import { fatal, finish, newRun } from './tar/common';
import { dumpFile, endArchive } from './tar/create';
import type { CreateState } from './tar/create';
import { loadOwnership, parseMtime } from './tar/owner';

const TRY = "Try 'tar --help' or 'tar --usage' for more information.";
const VERSION = `tar (GNU tar) 1.34
Copyright (C) 2021 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by John Gilmore and Jay Fenlason.
`;
const HELP = `Usage: tar [OPTION...] [FILE]...
GNU 'tar' saves many files together into a single tape or disk archive, and can
restore individual files from the archive.

Examples:
  tar -cf archive.tar foo bar  # Create archive.tar from files foo and bar.
  tar -tvf archive.tar         # List all files in archive.tar verbosely.
  tar -xf archive.tar          # Extract all files from archive.tar.

 Main operation mode:
  -c, --create               create a new archive
  -t, --list                 list the contents of an archive
  -x, --extract, --get       extract files from an archive

  -C, --directory=DIR        change to directory DIR
      --exclude=PATTERN      exclude files, given as a PATTERN
  -f, --file=ARCHIVE         use archive file or device ARCHIVE
      --group=NAME           force NAME as group for added files
  -h, --dereference          follow symlinks; archive and dump the files they
                             point to
  -k, --keep-old-files       don't replace existing files when extracting
      --mtime=DATE-OR-FILE   set mtime for added files from DATE-OR-FILE
      --no-same-owner        extract files as yourself
      --numeric-owner        always use numbers for user/group names
  -O, --to-stdout            extract files to standard output
      --owner=NAME           force NAME as owner for added files
  -p, --preserve-permissions, --same-permissions
                             extract information about file permissions
      --sort=ORDER           directory sorting order: none (default), name or
                             inode
  -v, --verbose              verbosely list files processed
  -?, --help                 give this help list
      --usage                give a short usage message
      --version              print program version
`;

function* usage(sys: Sys, message: string, status: number): Gen<number> {
  yield* warn(sys, message);
  yield* warn(sys, TRY);
  return status;
}

/** Checks GNU makes before doing anything; an exit status, or null to go on. */
function* validate(sys: Sys, a: TarArgs): Gen<number | null> {
  if (!['none', 'name', 'inode'].includes(a.sort)) {
    const valid = 'Valid arguments are:\n  - ‘none’\n  - ‘name’\n  - ‘inode’';
    yield* warn(sys, `tar: invalid argument ‘${a.sort}’ for ‘--sort’\n${valid}`);
    return 2;
  }
  const modes = new Set(a.modes);
  if (modes.size === 0)
    return yield* usage(
      sys,
      "tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options",
      2,
    );
  if (modes.size > 1)
    return yield* usage(
      sys,
      "tar: You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option",
      2,
    );
  if (a.modes[0] === 'c' && !a.items.some((i) => 'name' in i))
    return yield* usage(sys, 'tar: Cowardly refusing to create an empty archive', 2);
  return null;
}

/** -z: GNU tar runs gzip as a child; there is no gzip here, so it fails the way tar then does. */
function* noGzip(sys: Sys, a: TarArgs): Gen<number> {
  if (a.modes[0] === 'c' && a.file !== undefined && a.file !== '-')
    yield* sys.open(a.file, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
  yield* warn(sys, 'tar (child): gzip: Cannot exec: No such file or directory');
  yield* warn(sys, 'tar (child): Error is not recoverable: exiting now');
  yield* warn(sys, 'tar: Child returned status 2');
  yield* warn(sys, 'tar: Error is not recoverable: exiting now');
  return 2;
}

function* createArchive(sys: Sys, a: TarArgs, mtime: number | undefined): Gen<number> {
  const file = a.file ?? '-';
  let fd = STDOUT;
  if (file === '-') {
    const tc = yield* sys.ioctl(STDOUT, TCGETS);
    if (typeof tc === 'object' && tc !== null)
      return yield* fatal(sys, 'Refusing to write archive contents to terminal (missing -f option?)');
  } else {
    fd = yield* sys.open(file, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
    if (fd < 0) return yield* fatal(sys, `${tarQuote(file)}: Cannot open: ${strerror(fd)}`);
  }
  const ast = yield* sys.fstat(fd);
  const archive = typeof ast !== 'number' && isReg(ast.mode) ? { dev: ast.dev, ino: ast.ino } : null;
  const run = newRun(sys, a, file === '-');
  const own = yield* loadOwnership(sys, a, mtime);
  const s: CreateState = {
    run,
    fd,
    own,
    widths: newListWidths(),
    archive,
    links: new Map(),
    written: 0,
    failed: 0,
  };
  for (const item of a.items) {
    if ('dir' in item) {
      const r = yield* sys.chdir(item.dir);
      if (r < 0) return yield* fatal(sys, `${tarQuote(item.dir)}: Cannot open: ${strerror(r)}`);
      continue;
    }
    yield* dumpFile(s, item.name);
    if (s.failed < 0) break;
  }
  const w = yield* endArchive(s);
  if (fd !== STDOUT) yield* sys.close(fd);
  if (w < 0) return yield* fatal(sys, `${tarQuote(file)}: Cannot write: ${strerror(w)}`);
  return yield* finish(run);
}

function* listOrExtract(sys: Sys, a: TarArgs): Gen<number> {
  const file = a.file ?? '-';
  const fd = yield* openArchive(sys, file);
  if (fd < 0) return -fd;
  for (const item of a.items) {
    if (!('dir' in item)) continue;
    const r = yield* sys.chdir(item.dir);
    if (r < 0) return yield* fatal(sys, `${tarQuote(item.dir)}: Cannot open: ${strerror(r)}`);
  }
  const names = a.items.flatMap((i) => ('name' in i ? [i.name] : []));
  const run = newRun(sys, a, a.toStdout);
  if (a.modes[0] === 't') return yield* readArchive(run, fd, file, names, null);
  const root = (yield* sys.geteuid()) === 0;
  const umask = yield* sys.umask(0);
  yield* sys.umask(umask);
  const x = {
    run,
    umask,
    sameOwner: a.sameOwner ?? root,
    samePermissions: a.samePermissions ?? root,
    delayed: [],
    db: yield* loadUserDb(sys),
  };
  return yield* readArchive(run, fd, file, names, x);
}

function* main(sys: Sys, argv: readonly string[]): Program {
  const a = parseTarArgs(argv.slice(1));
  if (typeof a === 'string') return yield* usage(sys, a, 64);
  if (a.help) {
    const w = yield* writeAll(sys, STDOUT, a.help === 'version' ? VERSION : HELP);
    return w < 0 ? 2 : 0;
  }
  const bad = yield* validate(sys, a);
  if (bad !== null) return bad;
  const mtime = a.mtime === undefined ? undefined : yield* parseMtime(sys, a.mtime, a.verbose > 0);
  if (a.gzip) return yield* noGzip(sys, a);
  if (a.modes[0] === 'c') return yield* createArchive(sys, a, mtime);
  return yield* listOrExtract(sys, a);
}

export const tar: Command = {
  summary: 'tar - an archiving utility',
  synopsis: 'tar {-c|-t|-x} [-v] [-f ARCHIVE] [-C DIR] [OPTION...] [FILE]...',
  description:
    'GNU tar 1.34: create (-c), list (-t) or extract (-x) archives in the GNU tar format. ' +
    'Options: -f ARCHIVE (- for standard input/output), -v (twice for long listings), -C DIR, ' +
    '--sort=name, --mtime=@N|DATE|FILE, --owner, --group, --numeric-owner, --exclude=PATTERN, ' +
    '-p, --no-same-owner, -O, -h, -k. Compression (-z) is not available.',
  main,
};
