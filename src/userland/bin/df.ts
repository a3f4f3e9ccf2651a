// df(1) from coreutils 9.1: free space of each mounted filesystem (or of those holding the FILEs),
// from /proc/self/mountinfo and statfs(2). Pseudo filesystems (proc, sysfs, devpts...) and ones
// with no blocks are hidden unless -a; bind mounts of one device are shown once.
//
// Simplification: no --output, -l and --sync have no effect (everything is local and in memory).

import type { Command } from '../command';
import { strerror } from '../../kernel/abi/errno';
import { major, minor } from '../../kernel/abi/stat';
import type { Gen, Program, Sys } from '../sys';
import { isErr } from '../sys';
import { parseArgs } from '../libc/cmd';
import { has } from '../libc/getopt';
import { Output, STDOUT, warn } from '../libc/io';
import { quotef, quoteLocale } from '../libc/quote';
import { canonicalize } from '../libc/resolve';
import { readMountinfo } from '../libc/mountinfo';
import type { MountEntry } from '../libc/mountinfo';
import { parseBlockSize } from '../libc/blocksize';
import type { BlockSize } from '../libc/blocksize';
import { DF_HELP, DF_SPECS, dfColumns, dfRow, isDummy, printTable } from '../libc/dftable';
import type { DfMode, DfUsage } from '../libc/dftable';
import { coreutilsTool } from '../libc/usage';

const tool = coreutilsTool('df', 'Torbjorn Granlund, David MacKenzie, and Paul Eggert', DF_HELP);

interface Listed {
  me: MountEntry;
  readonly key: string;
}

const devKey = (dev: number): string => `${major(dev)}:${minor(dev)}`;

/** filter_mount_list: one entry per device, preferring real devices and mounts nearer the root. */
function* dedupe(sys: Sys, mounts: readonly MountEntry[], wanted: (m: MountEntry) => boolean): Gen<Listed[]> {
  const out: Listed[] = [];
  const seen = new Map<string, Listed>();
  for (const me of mounts) {
    const st = wanted(me) ? yield* sys.stat(me.target) : -1;
    if (isErr(st)) {
      out.push({ me, key: `${me.major}:${me.minor}` });
      continue;
    }
    const key = devKey(st.dev);
    const prev = seen.get(key);
    if (!prev) {
      const l = { me, key };
      out.push(l);
      seen.set(key, l);
      continue;
    }
    const old = prev.me;
    const nearer = old.target.length > me.target.length;
    const belowRoot = old.root.length < me.root.length;
    if (
      (me.source.includes('/') && !old.source.includes('/')) ||
      (nearer && !belowRoot) ||
      (old.source !== me.source && old.target === me.target)
    )
      prev.me = me;
  }
  return out;
}

/** get_point: the mount holding FILE (longest matching mount directory on the same device). */
function* mountOf(
  sys: Sys,
  mounts: readonly MountEntry[],
  file: string,
  dev: number,
): Gen<MountEntry | undefined> {
  const c = yield* canonicalize(sys, file, 'existing');
  let best: MountEntry | undefined;
  if (typeof c === 'string') {
    for (const me of mounts) {
      if (best && !isDummy(best.fstype) && isDummy(me.fstype)) continue;
      const len = me.target.length;
      if (best && best.target.length > len) continue;
      if (len === 1 || c === me.target || c.startsWith(me.target + '/')) best = me;
    }
  }
  if (best) {
    const st = yield* sys.stat(best.target);
    if (isErr(st) || st.dev !== dev) best = undefined;
  }
  if (!best) {
    for (const me of mounts) {
      const st = yield* sys.stat(me.target);
      if (!isErr(st) && st.dev === dev) best = me;
    }
  }
  return best;
}

interface Opts {
  readonly all: boolean;
  readonly types: readonly string[];
  readonly excluded: readonly string[];
}

const selected = (o: Opts, fstype: string): boolean =>
  (o.types.length === 0 || o.types.includes(fstype)) && !o.excluded.includes(fstype);

function* dfMain(sys: Sys, argv: readonly string[]): Program {
  const args = yield* parseArgs(sys, tool, argv, DF_SPECS);
  if (typeof args === 'number') return args;
  const o = args.options;
  let block: BlockSize = { size: 1024, suffix: '', base1024: false };
  let human: 0 | 1000 | 1024 = 0;
  for (const x of o) {
    if (x.key === 'h') human = 1024;
    else if (x.key === 'H') human = 1000;
    else if (x.key === 'k' || x.key === 'm') {
      human = 0;
      block = { size: x.key === 'k' ? 1024 : 1048576, suffix: '', base1024: false };
    } else if (x.key === 'B') {
      const b = parseBlockSize(x.value ?? '');
      if (!b) {
        const v = x.value ?? '';
        const what = /^\d+[^\d]/.test(v) && !/^0+$/.test(v) ? 'invalid suffix in' : 'invalid';
        yield* warn(sys, `df: ${what} ${x.spelled} argument '${v}'`);
        return 1;
      }
      human = 0;
      block = b;
    }
  }
  const opts: Opts = {
    all: has(o, 'a'),
    types: o.filter((x) => x.key === 't').map((x) => x.value ?? ''),
    excluded: o.filter((x) => x.key === 'x').map((x) => x.value ?? ''),
  };
  const clash = opts.types.find((t) => opts.excluded.includes(t));
  if (clash !== undefined) {
    yield* warn(sys, `df: file system type ${quoteLocale(clash)} both selected and excluded`);
    return 1;
  }
  const mode: DfMode = has(o, 'i') ? 'inodes' : human ? 'human' : has(o, 'P') ? 'posix' : 'default';
  const columns = dfColumns(mode, has(o, 'T'), block);
  let status = 0;
  const files: Array<{ name: string; dev: number }> = [];
  for (const name of args.operands) {
    const st = yield* sys.stat(name);
    if (isErr(st)) {
      yield* warn(sys, `df: ${quotef(name)}: ${strerror(st)}`);
      status = 1;
    } else files.push({ name, dev: st.dev });
  }
  const mounts = yield* readMountinfo(sys);
  if (isErr(mounts)) {
    yield* warn(sys, `df: cannot read table of mounted file systems: ${strerror(mounts)}`);
    return 1;
  }
  const rows: string[][] = [];
  const total: DfUsage = { blocks: 0, bfree: 0, bavail: 0, files: 0, ffree: 0 };
  const show = function* (me: MountEntry, listed: boolean): Gen<void> {
    if (!listed && ((isDummy(me.fstype) && !opts.all) || !selected(opts, me.fstype))) return;
    const fs = yield* sys.statfs(me.target);
    if (isErr(fs)) {
      if (listed || opts.all) {
        yield* warn(sys, `df: ${quotef(me.target)}: ${strerror(fs)}`);
        status = 1;
      }
      return;
    }
    if (fs.blocks === 0 && !opts.all && !listed) return;
    const u: DfUsage = {
      blocks: fs.blocks * fs.bsize,
      bfree: fs.bfree * fs.bsize,
      bavail: fs.bavail * fs.bsize,
      files: fs.files,
      ffree: fs.ffree,
    };
    for (const k of Object.keys(total) as Array<keyof DfUsage>) total[k] += u[k];
    rows.push(dfRow(columns, me.source, me.fstype, me.target, u, human, block));
  };
  if (args.operands.length > 0) {
    for (const f of files) {
      const me = yield* mountOf(sys, mounts, f.name, f.dev);
      if (me) yield* show(me, true);
    }
  } else {
    const list = opts.all
      ? mounts.map((me) => ({ me }))
      : yield* dedupe(sys, mounts, (m) => !isDummy(m.fstype) && selected(opts, m.fstype));
    for (const l of list) yield* show(l.me, false);
  }
  if (rows.length === 0) {
    if (status === 0) {
      yield* warn(sys, 'df: no file systems processed');
      return 1;
    }
    return status;
  }
  if (has(o, 'total')) rows.push(dfRow(columns, 'total', '-', '-', total, human, block));
  const out = new Output(sys, STDOUT);
  yield* out.write(printTable(columns, rows));
  yield* out.flush();
  return status;
}

export const df: Command = {
  summary: 'df - report file system space usage',
  synopsis: 'df [OPTION]... [FILE]...',
  description:
    'Show information about the file system on which each FILE resides, or all file systems by default.  Sizes are in 1K blocks; -h prints them in powers of 1024 (e.g. 1023M), -H in powers of 1000, -i lists inode usage instead, -T adds the filesystem type, -P uses the POSIX format, -a includes pseudo, duplicate and inaccessible file systems, -t/-x select or exclude a type, --total adds a grand total.',
  main: dfMain,
};
