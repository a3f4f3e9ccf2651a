// stat(1): display file or file system status, in GNU's default layout, terse (-t), or a custom
// format (-c / --printf). -L follows symlinks, -f reports the file system instead.

import type { Command } from '../command';
import type { Gen, Sys, StatFs } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import type { Stat } from '../../kernel/abi/stat';
import { isLnk } from '../../kernel/abi/stat';
import { has, last } from '../libc/getopt';
import { coreutilsVersion, parseArgs, usageError } from '../libc/cmd';
import { Output, STDOUT, warn } from '../libc/io';
import type { UserDb } from '../libc/pwd';
import { groupName, loadUserDb, userName } from '../libc/pwd';
import { quoteaf } from '../libc/quote';
import { DEFAULT_TERSE, defaultFormat, expandFormat, formatStat } from '../libc/statfmt';
import { canonicalize } from '../libc/resolve';
import { dirname } from '../../lib/path';

const HELP = `Usage: stat [OPTION]... FILE...
Display file or file system status.

Mandatory arguments to long options are mandatory for short options too.
  -L, --dereference     follow links
  -f, --file-system     display file system status instead of file status
      --cached=MODE     specify how to use cached attributes;
                          useful on remote file systems. See MODE below
  -c  --format=FORMAT   use the specified FORMAT instead of the default;
                          output a newline after each use of FORMAT
      --printf=FORMAT   like --format, but interpret backslash escapes,
                          and do not output a mandatory trailing newline;
                          if you want a newline, include \\n in FORMAT
  -t, --terse           print the information in terse form
      --help        display this help and exit
      --version     output version information and exit

The MODE argument of --cached can be: always, never, or default.
'always' will use cached attributes if available, while
'never' will try to synchronize with the latest attributes, and
'default' will leave it up to the underlying file system.

The valid format sequences for files (without --file-system):

  %a   permission bits in octal (note '#' and '0' printf flags)
  %A   permission bits and file type in human readable form
  %b   number of blocks allocated (see %B)
  %B   the size in bytes of each block reported by %b
  %C   SELinux security context string
  %d   device number in decimal (st_dev)
  %D   device number in hex (st_dev)
  %Hd  major device number in decimal
  %Ld  minor device number in decimal
  %f   raw mode in hex
  %F   file type
  %g   group ID of owner
  %G   group name of owner
  %h   number of hard links
  %i   inode number
  %m   mount point
  %n   file name
  %N   quoted file name with dereference if symbolic link
  %o   optimal I/O transfer size hint
  %s   total size, in bytes
  %r   device type in decimal (st_rdev)
  %R   device type in hex (st_rdev)
  %Hr  major device type in decimal, for character/block device special files
  %Lr  minor device type in decimal, for character/block device special files
  %t   major device type in hex, for character/block device special files
  %T   minor device type in hex, for character/block device special files
  %u   user ID of owner
  %U   user name of owner
  %w   time of file birth, human-readable; - if unknown
  %W   time of file birth, seconds since Epoch; 0 if unknown
  %x   time of last access, human-readable
  %X   time of last access, seconds since Epoch
  %y   time of last data modification, human-readable
  %Y   time of last data modification, seconds since Epoch
  %z   time of last status change, human-readable
  %Z   time of last status change, seconds since Epoch

Valid format sequences for file systems:

  %a   free blocks available to non-superuser
  %b   total data blocks in file system
  %c   total file nodes in file system
  %d   free file nodes in file system
  %f   free blocks in file system
  %i   file system ID in hex
  %l   maximum length of filenames
  %n   file name
  %s   block size (for faster transfers)
  %S   fundamental block size (for block counts)
  %t   file system type in hex
  %T   file system type in human readable form

--terse is equivalent to the following FORMAT:
    %n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o %C
--terse --file-system is equivalent to the following FORMAT:
    %n %i %l %t %s %S %b %f %a %c %d

NOTE: your shell may have its own version of stat, which usually supersedes
the version described here.  Please refer to your shell's documentation
for details about the options it supports.
`;

const TOOL = { name: 'stat', help: HELP, version: coreutilsVersion('stat', 'Michael Meskes') };
const SPECS = [
  { key: 'L', short: 'L', long: 'dereference' },
  { key: 'f', short: 'f', long: 'file-system' },
  { key: 'c', short: 'c', long: 'format', arg: true },
  { key: 'printf', long: 'printf', arg: true },
  { key: 't', short: 't', long: 'terse' },
  { key: 'cached', long: 'cached', arg: true },
];

const FS_TYPES: Record<number, string> = {
  0x01021994: 'tmpfs',
  0xef53: 'ext2/ext3',
  0x9fa0: 'proc',
  0x62656572: 'sysfs',
  0x794c7630: 'overlayfs',
  0x63677270: 'cgroup2fs',
  0x27e0eb: 'cgroupfs',
  0x1cd1: 'devpts',
  0x73717368: 'squashfs',
  0x858458f6: 'ramfs',
  0x6e736673: 'nsfs',
  0x64626720: 'debugfs',
  0x74726163: 'tracefs',
  0x42494e4d: 'binfmt_misc',
  0x19800202: 'mqueue',
  0xcafe4a11: 'bpf_fs',
};

const FS_DEFAULT =
  '  File: "%n"\n    ID: %-8i Namelen: %-7l Type: %T\nBlock size: %-10s Fundamental block size: %S\n' +
  'Blocks: Total: %-10b Free: %-10f Available: %a\nInodes: Total: %-10c Free: %d\n';
const FS_TERSE = '%n %i %l %t %s %S %b %f %a %c %d';

function fsDirective(name: string, fs: StatFs, letter: string): string | null {
  const map: Record<string, string> = {
    n: name,
    i: '0',
    l: String(fs.namelen),
    t: fs.type.toString(16),
    T: FS_TYPES[fs.type] ?? `UNKNOWN (0x${fs.type.toString(16)})`,
    s: String(fs.bsize),
    S: String(fs.bsize),
    b: String(fs.blocks),
    f: String(fs.bfree),
    a: String(fs.bavail),
    c: String(fs.files),
    d: String(fs.ffree),
  };
  return map[letter] ?? null;
}

/** The mount point holding `path`: climb while the device stays the same. */
function* mountPoint(sys: Sys, path: string, st: Stat): Gen<string> {
  const abs = yield* canonicalize(sys, path, 'missing', false);
  if (typeof abs === 'number') return '/';
  let cur = abs;
  while (cur !== '/') {
    const up = dirname(cur);
    const pst = yield* sys.stat(up);
    if (typeof pst === 'number' || pst.dev !== st.dev) break;
    cur = up;
  }
  return cur;
}

interface Mode {
  format: string | undefined;
  escapes: boolean;
  terse: boolean;
  follow: boolean;
  db: UserDb;
}

function* statFile(sys: Sys, name: string, m: Mode, out: Output): Gen<boolean> {
  const st = m.follow ? yield* sys.stat(name) : yield* sys.lstat(name);
  if (typeof st === 'number') {
    yield* out.flush();
    yield* warn(sys, `stat: cannot statx ${quoteaf(name)}: ${strerror(st)}`);
    return false;
  }
  const target = isLnk(st.mode) ? yield* sys.readlink(name) : undefined;
  const format = m.format ?? (m.terse ? DEFAULT_TERSE + '\n' : defaultFormat(st));
  const info = {
    name,
    st,
    ...(typeof target === 'string' ? { target } : {}),
    userName: userName(m.db, st.uid),
    groupName: groupName(m.db, st.gid),
    ...(format.includes('%m') ? { mount: yield* mountPoint(sys, name, st) } : {}),
  };
  yield* out.write(formatStat(format, info, m.escapes, m.format === undefined && !m.terse));
  return true;
}

function* statFs(sys: Sys, name: string, m: Mode, out: Output): Gen<boolean> {
  const fs = yield* sys.statfs(name);
  if (typeof fs === 'number') {
    yield* out.flush();
    yield* warn(sys, `stat: cannot read file system information for ${quoteaf(name)}: ${strerror(fs)}`);
    return false;
  }
  const format = m.format ?? (m.terse ? FS_TERSE + '\n' : FS_DEFAULT);
  yield* out.write(expandFormat(format, (letter) => fsDirective(name, fs, letter), m.escapes));
  return true;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  if (args.operands.length === 0) return yield* usageError(sys, TOOL, 'stat: missing operand');
  const c = last(args.options, 'c');
  const p = last(args.options, 'printf');
  const m: Mode = {
    format: p ?? (c !== undefined ? c + '\n' : undefined),
    escapes: p !== undefined,
    terse: has(args.options, 't'),
    follow: has(args.options, 'L'),
    db: yield* loadUserDb(sys),
  };
  const out = new Output(sys, STDOUT);
  let status = 0;
  for (const name of args.operands) {
    const ok = has(args.options, 'f') ? yield* statFs(sys, name, m, out) : yield* statFile(sys, name, m, out);
    if (!ok) status = 1;
  }
  yield* out.flush();
  return status;
}

export const stat: Command = {
  summary: 'stat - display file or file system status',
  synopsis: 'stat [OPTION]... FILE...',
  description: HELP,
  main,
};
