// du(1): disk usage of each directory (post-order), in 1K blocks or -h human sizes; -s summary,
// -a every file, -c grand total, -d/--max-depth, -b apparent bytes. Hard links count once.

import type { Command } from '../command';
import type { Gen, Sys } from '../sys';
import { strerror } from '../../kernel/abi/errno';
import { isDir } from '../../kernel/abi/stat';
import { has, last } from '../libc/getopt';
import { coreutilsVersion, parseArgs } from '../libc/cmd';
import { Output, STDOUT, warn } from '../libc/io';
import { humanSize } from '../libc/human';
import { quoteLocale, quoteaf } from '../libc/quote';
import { childPath, compareNames, readDir } from '../libc/walk';

const HELP = `Usage: du [OPTION]... [FILE]...
  or:  du [OPTION]... --files0-from=F
Summarize device usage of the set of FILEs, recursively for directories.

Mandatory arguments to long options are mandatory for short options too.
  -0, --null            end each output line with NUL, not newline
  -a, --all             write counts for all files, not just directories
      --apparent-size   print apparent sizes rather than device usage; although
                          the apparent size is usually smaller, it may be
                          larger due to holes in ('sparse') files, internal
                          fragmentation, indirect blocks, and the like
  -B, --block-size=SIZE  scale sizes by SIZE before printing them; e.g.,
                           '-BM' prints sizes in units of 1,048,576 bytes;
                           see SIZE format below
  -b, --bytes           equivalent to '--apparent-size --block-size=1'
  -c, --total           produce a grand total
  -D, --dereference-args  dereference only symlinks that are listed on the
                          command line
  -d, --max-depth=N     print the total for a directory (or file, with --all)
                          only if it is N or fewer levels below the command
                          line argument;  --max-depth=0 is the same as
                          --summarize
      --files0-from=F   summarize device usage of the
                          NUL-terminated file names specified in file F;
                          if F is -, then read names from standard input
  -H                    equivalent to --dereference-args (-D)
  -h, --human-readable  print sizes in human readable format (e.g., 1K 234M 2G)
      --inodes          list inode usage information instead of block usage
  -k                    like --block-size=1K
  -L, --dereference     dereference all symbolic links
  -l, --count-links     count sizes many times if hard linked
  -m                    like --block-size=1M
  -P, --no-dereference  don't follow any symbolic links (this is the default)
  -S, --separate-dirs   for directories do not include size of subdirectories
      --si              like -h, but use powers of 1000 not 1024
  -s, --summarize       display only a total for each argument
  -t, --threshold=SIZE  exclude entries smaller than SIZE if positive,
                          or entries greater than SIZE if negative
      --time            show time of the last modification of any file in the
                          directory, or any of its subdirectories
      --time=WORD       show time as WORD instead of modification time:
                          atime, access, use, ctime or status
      --time-style=STYLE  show times using STYLE, which can be:
                            full-iso, long-iso, iso, or +FORMAT;
                            FORMAT is interpreted like in 'date'
  -X, --exclude-from=FILE  exclude files that match any pattern in FILE
      --exclude=PATTERN    exclude files that match PATTERN
  -x, --one-file-system    skip directories on different file systems
      --help        display this help and exit
      --version     output version information and exit

Display values are in units of the first available SIZE from --block-size,
and the DU_BLOCK_SIZE, BLOCK_SIZE and BLOCKSIZE environment variables.
Otherwise, units default to 1024 bytes (or 512 if POSIXLY_CORRECT is set).

The SIZE argument is an integer and optional unit (example: 10K is 10*1024).
Units are K,M,G,T,P,E,Z,Y (powers of 1024) or KB,MB,... (powers of 1000).
Binary prefixes can be used, too: KiB=K, MiB=M, and so on.
`;

const TOOL = {
  name: 'du',
  help: HELP,
  version: coreutilsVersion('du', 'Torbjorn Granlund, David MacKenzie, Paul Eggert,\nand Jim Meyering'),
};
const SPECS = [
  { key: 'a', short: 'a', long: 'all' },
  { key: 'b', short: 'b', long: 'bytes' },
  { key: 'c', short: 'c', long: 'total' },
  { key: 'd', short: 'd', long: 'max-depth', arg: true },
  { key: 'h', short: 'h', long: 'human-readable' },
  { key: 'k', short: 'k' },
  { key: 'L', short: 'L', long: 'dereference' },
  { key: 's', short: 's', long: 'summarize' },
  { key: 'x', short: 'x', long: 'one-file-system' },
  { key: 'S', short: 'S', long: 'separate-dirs' },
];

interface Ctx {
  sys: Sys;
  out: Output;
  all: boolean;
  maxDepth: number;
  bytes: boolean;
  human: boolean;
  follow: boolean;
  seen: Set<string>;
  status: number;
}

function show(c: Ctx, n: number): string {
  if (c.human) return humanSize(n);
  return String(c.bytes ? n : Math.ceil(n / 1024));
}

/** Returns the subtree's usage in bytes (blocks*512, or apparent sizes with -b). */
function* usage(c: Ctx, path: string, depth: number): Gen<number> {
  yield* c.sys.compute(1000);
  const st = c.follow ? yield* c.sys.stat(path) : yield* c.sys.lstat(path);
  if (typeof st === 'number') {
    yield* c.out.flush();
    yield* warn(c.sys, `du: cannot access ${quoteaf(path)}: ${strerror(st)}`);
    c.status = 1;
    return 0;
  }
  const key = `${st.dev}:${st.ino}`;
  if (st.nlink > 1 && !isDir(st.mode) && c.seen.has(key)) return 0;
  c.seen.add(key);
  let total = c.bytes ? st.size : st.blocks * 512;
  if (isDir(st.mode)) {
    const entries = yield* readDir(c.sys, path);
    if (typeof entries === 'number') {
      yield* c.out.flush();
      yield* warn(c.sys, `du: cannot read directory ${quoteaf(path)}: ${strerror(entries)}`);
      c.status = 1;
    } else {
      for (const name of entries.map((e) => e.name).sort(compareNames)) {
        total += yield* usage(c, childPath(path, name), depth + 1);
      }
    }
  }
  if (depth <= c.maxDepth && (isDir(st.mode) || c.all || depth === 0))
    yield* c.out.write(`${show(c, total)}\t${path}\n`);
  return total;
}

function* main(sys: Sys, argv: readonly string[]): Gen<number> {
  const args = yield* parseArgs(sys, TOOL, argv, SPECS);
  if (typeof args === 'number') return args;
  const opt = (k: string): boolean => has(args.options, k);
  const d = last(args.options, 'd');
  if (d !== undefined && !/^\d+$/.test(d)) {
    yield* warn(sys, `du: invalid maximum depth ${quoteLocale(d)}`);
    yield* warn(sys, "Try 'du --help' for more information.");
    return 1;
  }
  if (opt('s') && opt('a')) {
    yield* warn(sys, 'du: cannot both summarize and show all entries');
    yield* warn(sys, "Try 'du --help' for more information.");
    return 1;
  }
  const c: Ctx = {
    sys,
    out: new Output(sys, STDOUT),
    all: opt('a'),
    maxDepth: opt('s') ? 0 : d !== undefined ? Number(d) : Infinity,
    bytes: opt('b'),
    human: opt('h'),
    follow: opt('L'),
    seen: new Set(),
    status: 0,
  };
  let grand = 0;
  for (const p of args.operands.length ? args.operands : ['.']) grand += yield* usage(c, p, 0);
  if (opt('c')) yield* c.out.write(`${show(c, grand)}\ttotal\n`);
  yield* c.out.flush();
  return c.status;
}

export const du: Command = {
  summary: 'du - estimate file space usage',
  synopsis: 'du [OPTION]... [FILE]...\ndu [OPTION]... --files0-from=F',
  description: HELP,
  main,
};
