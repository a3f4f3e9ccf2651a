// ls(1): list directory contents the way GNU coreutils 9.1 does: columns on a terminal (width
// from TIOCGWINSZ), one per line otherwise, -l long listings with aligned columns and GNU's dates,
// sorting by name (C locale), time or size, -R recursion, -F indicators, --color.
//
// Simplification: LS_COLORS is not read (GNU's built-in colors are used); no ACL '+' marks;
// time zone UTC.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { CLOCK_REALTIME } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { TCGETS, TIOCGWINSZ } from '../../kernel/abi/termios';
import type { Winsize } from '../../kernel/abi/termios';
import { isDir, isLnk } from '../../kernel/abi/stat';
import { has, last } from '../libc/getopt';
import { coreutilsVersion, parseArgs } from '../libc/cmd';
import { Output, STDOUT, warn } from '../libc/io';
import { groupName, loadUserDb, userName } from '../libc/pwd';
import { quoteLocale, quoteaf, shellEscape } from '../libc/quote';
import type { LsFile } from '../libc/lsfmt';
import type { LsOpts } from '../libc/lslist';
import { listFiles, sortFiles, statFile } from '../libc/lslist';
import { childPath, readDir } from '../libc/walk';

const HELP = `Usage: ls [OPTION]... [FILE]...
List information about the FILEs (the current directory by default).
Sort entries alphabetically if none of -cftuvSUX nor --sort is specified.

Mandatory arguments to long options are mandatory for short options too.
  -a, --all                  do not ignore entries starting with .
  -A, --almost-all           do not list implied . and ..
      --author               with -l, print the author of each file
  -b, --escape               print C-style escapes for nongraphic characters
      --block-size=SIZE      with -l, scale sizes by SIZE when printing them;
                             e.g., '--block-size=M'; see SIZE format below

  -B, --ignore-backups       do not list implied entries ending with ~
  -c                         with -lt: sort by, and show, ctime (time of last
                             modification of file status information);
                             with -l: show ctime and sort by name;
                             otherwise: sort by ctime, newest first

  -C                         list entries by columns
      --color[=WHEN]         color the output WHEN; more info below
  -d, --directory            list directories themselves, not their contents
  -D, --dired                generate output designed for Emacs' dired mode
  -f                         list all entries in directory order
  -F, --classify[=WHEN]      append indicator (one of */=>@|) to entries WHEN
      --file-type            likewise, except do not append '*'
      --format=WORD          across -x, commas -m, horizontal -x, long -l,
                             single-column -1, verbose -l, vertical -C

      --full-time            like -l --time-style=full-iso
  -g                         like -l, but do not list owner
      --group-directories-first
                             group directories before files;
                             can be augmented with a --sort option, but any
                             use of --sort=none (-U) disables grouping

  -G, --no-group             in a long listing, don't print group names
  -h, --human-readable       with -l and -s, print sizes like 1K 234M 2G etc.
      --si                   likewise, but use powers of 1000 not 1024
  -H, --dereference-command-line
                             follow symbolic links listed on the command line
      --dereference-command-line-symlink-to-dir
                             follow each command line symbolic link
                             that points to a directory

      --hide=PATTERN         do not list implied entries matching shell PATTERN
                             (overridden by -a or -A)

      --hyperlink[=WHEN]     hyperlink file names WHEN
      --indicator-style=WORD
                             append indicator with style WORD to entry names:
                             none (default), slash (-p),
                             file-type (--file-type), classify (-F)

  -i, --inode                print the index number of each file
  -I, --ignore=PATTERN       do not list implied entries matching shell PATTERN
  -k, --kibibytes            default to 1024-byte blocks for file system usage;
                             used only with -s and per directory totals

  -l                         use a long listing format
  -L, --dereference          when showing file information for a symbolic
                             link, show information for the file the link
                             references rather than for the link itself

  -m                         fill width with a comma separated list of entries
  -n, --numeric-uid-gid      like -l, but list numeric user and group IDs
  -N, --literal              print entry names without quoting
  -o                         like -l, but do not list group information
  -p, --indicator-style=slash
                             append / indicator to directories
  -q, --hide-control-chars   print ? instead of nongraphic characters
      --show-control-chars   show nongraphic characters as-is (the default,
                             unless program is 'ls' and output is a terminal)

  -Q, --quote-name           enclose entry names in double quotes
      --quoting-style=WORD   use quoting style WORD for entry names:
                             literal, locale, shell, shell-always,
                             shell-escape, shell-escape-always, c, escape
                             (overrides QUOTING_STYLE environment variable)

  -r, --reverse              reverse order while sorting
  -R, --recursive            list subdirectories recursively
  -s, --size                 print the allocated size of each file, in blocks
  -S                         sort by file size, largest first
      --sort=WORD            sort by WORD instead of name: none (-U), size (-S),
                             time (-t), version (-v), extension (-X), width

      --time=WORD            change the default of using modification times;
                               access time (-u): atime, access, use;
                               change time (-c): ctime, status;
                               birth time: birth, creation;
                             with -l, WORD determines which time to show;
                             with --sort=time, sort by WORD (newest first)

      --time-style=TIME_STYLE
                             time/date format with -l; see TIME_STYLE below
  -t                         sort by time, newest first; see --time
  -T, --tabsize=COLS         assume tab stops at each COLS instead of 8
  -u                         with -lt: sort by, and show, access time;
                             with -l: show access time and sort by name;
                             otherwise: sort by access time, newest first

  -U                         do not sort; list entries in directory order
  -v                         natural sort of (version) numbers within text
  -w, --width=COLS           set output width to COLS.  0 means no limit
  -x                         list entries by lines instead of by columns
  -X                         sort alphabetically by entry extension
  -Z, --context              print any security context of each file
      --zero                 end each output line with NUL, not newline
  -1                         list one file per line
      --help        display this help and exit
      --version     output version information and exit

The SIZE argument is an integer and optional unit (example: 10K is 10*1024).
Units are K,M,G,T,P,E,Z,Y (powers of 1024) or KB,MB,... (powers of 1000).
Binary prefixes can be used, too: KiB=K, MiB=M, and so on.

The TIME_STYLE argument can be full-iso, long-iso, iso, locale, or +FORMAT.
FORMAT is interpreted like in date(1).  If FORMAT is FORMAT1<newline>FORMAT2,
then FORMAT1 applies to non-recent files and FORMAT2 to recent files.
TIME_STYLE prefixed with 'posix-' takes effect only outside the POSIX locale.
Also the TIME_STYLE environment variable sets the default style to use.

The WHEN argument defaults to 'always' and can also be 'auto' or 'never'.

Using color to distinguish file types is disabled both by default and
with --color=never.  With --color=auto, ls emits color codes only when
standard output is connected to a terminal.  The LS_COLORS environment
variable can change the settings.  Use the dircolors(1) command to set it.

Exit status:
 0  if OK,
 1  if minor problems (e.g., cannot access subdirectory),
 2  if serious trouble (e.g., cannot access command-line argument).
`;

const TOOL = {
  name: 'ls',
  help: HELP,
  version: coreutilsVersion('ls', 'Richard M. Stallman and David MacKenzie'),
  usageStatus: 2,
};
const flag = (short: string, key = short, long?: string): { key: string; short: string; long?: string } =>
  long ? { key, short, long } : { key, short };
const SPECS = [
  flag('1'),
  flag('a', 'a', 'all'),
  flag('A', 'A', 'almost-all'),
  flag('l'),
  flag('n', 'n', 'numeric-uid-gid'),
  flag('g'),
  flag('o'),
  flag('G', 'G', 'no-group'),
  flag('i', 'i', 'inode'),
  flag('d', 'd', 'directory'),
  flag('R', 'R', 'recursive'),
  flag('h', 'h', 'human-readable'),
  flag('F', 'F', 'classify'),
  flag('p'),
  flag('t'),
  flag('S'),
  flag('U'),
  flag('r', 'r', 'reverse'),
  flag('s', 's', 'size'),
  flag('C'),
  flag('x'),
  flag('L', 'L', 'dereference'),
  flag('N', 'N', 'literal'),
  flag('c'),
  flag('u'),
  flag('k', 'k', 'kibibytes'),
  { key: 'w', short: 'w', long: 'width', arg: true },
  { key: 'color', long: 'color', arg: 'optional' as const },
  { key: 'full-time', long: 'full-time' },
  { key: 'gdf', long: 'group-directories-first' },
  { key: 'qs', long: 'quoting-style', arg: true },
];

function* terminalInfo(sys: Sys): Gen<{ tty: boolean; cols: number }> {
  const t = yield* sys.ioctl(STDOUT, TCGETS);
  const tty = !(typeof t === 'number' && t < 0);
  const ws = yield* sys.ioctl(STDOUT, TIOCGWINSZ);
  const cols = typeof ws === 'object' && ws !== null && (ws as Winsize).cols > 0 ? (ws as Winsize).cols : 80;
  return { tty, cols };
}

function* optionsFrom(sys: Sys, o: Parameters<typeof has>[0], envp: readonly string[]): Gen<LsOpts | number> {
  const term = yield* terminalInfo(sys);
  const on = (k: string): boolean => has(o, k);
  const long = on('l') || on('n') || on('g') || on('o');
  let format: LsOpts['format'] = long ? 'long' : term.tty ? 'columns' : 'single';
  for (const opt of o) {
    if (opt.key === '1' && format !== 'long') format = 'single';
    if (opt.key === 'C') format = 'columns';
    if (opt.key === 'x') format = 'across';
    if ('lngo'.includes(opt.key)) format = 'long';
  }
  const envCols = envp.find((e) => e.startsWith('COLUMNS='))?.slice(8);
  let width = term.tty ? term.cols : Number(envCols) > 0 ? Number(envCols) : 80;
  const w = last(o, 'w');
  if (w !== undefined) {
    if (!/^\d+$/.test(w)) {
      yield* warn(sys, `ls: invalid line width: ${quoteLocale(w)}`);
      return 2;
    }
    width = Number(w) === 0 ? Infinity : Number(w);
  }
  const color = last(o, 'color');
  const useColor =
    on('color') &&
    (color === undefined ||
      ['always', 'yes', 'force'].includes(color) ||
      (['auto', 'tty', 'if-tty'].includes(color) && term.tty));
  let sort: LsOpts['sort'] = 'name';
  for (const opt of o) {
    if (opt.key === 't') sort = 'time';
    if (opt.key === 'S') sort = 'size';
    if (opt.key === 'U') sort = 'none';
  }
  const qs = last(o, 'qs');
  const now = yield* sys.clock_gettime(CLOCK_REALTIME);
  const db = yield* loadUserDb(sys);
  const numeric = on('n');
  return {
    format,
    width,
    all: on('a') ? 'all' : on('A') ? 'almost' : 'visible',
    directory: on('d'),
    recursive: on('R'),
    human: on('h'),
    classify: on('F') ? 'all' : on('p') ? 'slash' : 'none',
    sort,
    reverse: on('r'),
    inode: on('i'),
    size: on('s'),
    follow: on('L'),
    color: useColor,
    quote:
      qs === 'literal' || on('N')
        ? false
        : qs === 'shell-escape' || qs === 'shell-escape-always'
          ? true
          : term.tty,
    timeField: on('c') ? 'ctime' : on('u') ? 'atime' : 'mtime',
    long: {
      showOwner: !on('g'),
      showGroup: !on('o') && !on('G'),
      human: on('h'),
      nowNs: now.sec * 1e9 + now.nsec,
      timeField: on('c') ? 'ctime' : on('u') ? 'atime' : 'mtime',
      owner: (uid) => (numeric ? String(uid) : userName(db, uid)),
      group: (gid) => (numeric ? String(gid) : groupName(db, gid)),
    },
    out: new Output(sys, STDOUT),
    colorStarted: false,
  };
}

/** Whether an operand is listed as a directory (its contents) rather than as a file. */
function listsAsDir(f: LsFile, o: LsOpts): boolean {
  if (o.directory || !f.st) return false;
  if (isDir(f.st.mode)) return true;
  const derefLinks = !(o.format === 'long' || o.classify === 'all');
  return isLnk(f.st.mode) && derefLinks && !!f.targetSt && isDir(f.targetSt.mode);
}

interface State {
  status: number;
  printed: boolean;
}

function* listDir(
  sys: Sys,
  path: string,
  o: LsOpts,
  st: State,
  header: boolean,
  topLevel: boolean,
): Gen<void> {
  yield* sys.compute(1000);
  const entries = yield* readDir(sys, path);
  if (typeof entries === 'number') {
    yield* o.out.flush();
    yield* warn(sys, `ls: cannot open directory ${quoteaf(path)}: ${strerror(entries)}`);
    st.status = Math.max(st.status, topLevel ? 2 : 1);
    return;
  }
  if (st.printed) yield* o.out.write('\n');
  st.printed = true;
  if (header) yield* o.out.write(`${o.quote ? shellEscape(path) : path}:\n`);
  let names = entries.map((e) => e.name);
  if (o.all === 'visible') names = names.filter((n) => !n.startsWith('.'));
  if (o.all === 'all') names.unshift('.', '..');
  const files: LsFile[] = [];
  for (const name of names) {
    const f = yield* statFile(sys, childPath(path, name), name, o.follow);
    if (!f.st && (o.format === 'long' || o.sort !== 'name' || o.classify !== 'none' || o.color || o.size)) {
      yield* o.out.flush();
      yield* warn(sys, `ls: cannot access ${quoteaf(childPath(path, name))}: No such file or directory`);
      st.status = Math.max(st.status, 1);
    }
    files.push(f);
  }
  const sorted = sortFiles(files, o);
  yield* listFiles(sys, sorted, o, true);
  if (!o.recursive) return;
  for (const f of sorted) {
    if (f.name === '.' || f.name === '..' || !f.st || !isDir(f.st.mode)) continue;
    yield* listDir(sys, childPath(path, f.name), o, st, true, false);
  }
}

function* main(sys: Sys, argv: readonly string[], envp: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  const o = yield* optionsFrom(sys, args.options, envp);
  if (typeof o === 'number') return o;
  const operands = args.operands.length ? args.operands : ['.'];
  const st: State = { status: 0, printed: false };
  const files: LsFile[] = [];
  const dirs: LsFile[] = [];
  for (const name of operands) {
    const f = yield* statFile(sys, name, name, o.follow);
    if (!f.st) {
      yield* warn(sys, `ls: cannot access ${quoteaf(name)}: ${strerror(f.err ?? -2)}`);
      st.status = 2;
      continue;
    }
    (listsAsDir(f, o) ? dirs : files).push(f);
  }
  if (files.length > 0) {
    yield* listFiles(sys, sortFiles(files, o), o, false);
    st.printed = true;
  }
  const header = operands.length > 1 || o.recursive;
  for (const d of sortFiles(dirs, o)) yield* listDir(sys, d.name, o, st, header, true);
  yield* o.out.flush();
  return st.status;
}

export const ls: Command = {
  summary: 'ls - list directory contents',
  synopsis: 'ls [OPTION]... [FILE]...',
  description: HELP,
  main,
};
