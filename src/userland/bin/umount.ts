// umount(8) from util-linux 2.38.1: detach filesystems with umount2(2); -l lazy (MNT_DETACH),
// -f force (MNT_FORCE), -R recursive (children first, from /proc/self/mountinfo).
//
// Simplification: -a, -t, -O, -d and -r are accepted but -a unmounts nothing; no umount helpers.

import type { Command } from '../command';
import { MNT_DETACH, MNT_FORCE } from '../../kernel/abi/mount';
import { F_OK } from '../../kernel/abi/fcntl';
import type { Gen, Program, Sys } from '../sys';
import { isErr } from '../sys';
import { getopt, has, tryHelp } from '../libc/getopt';
import type { OptionSpec } from '../libc/getopt';
import { STDOUT, warn, writeAll } from '../libc/io';
import { canonicalize } from '../libc/resolve';
import { findByTarget, readMountinfo } from '../libc/mountinfo';
import type { MountEntry } from '../libc/mountinfo';
import { MNT_EX_FAIL, MNT_EX_USAGE, umountErrorMessage } from '../libc/mounterr';

const HELP = `
Usage:
 umount [-hV]
 umount -a [options]
 umount [options] <source> | <directory>

Unmount filesystems.

Options:
 -a, --all               unmount all filesystems
 -A, --all-targets       unmount all mountpoints for the given device in the
                           current namespace
 -c, --no-canonicalize   don't canonicalize paths
 -d, --detach-loop       if mounted loop device, also free this loop device
     --fake              dry run; skip the umount(2) syscall
 -f, --force             force unmount (in case of an unreachable NFS system)
 -i, --internal-only     don't call the umount.<type> helpers
 -n, --no-mtab           don't write to /etc/mtab
 -l, --lazy              detach the filesystem now, clean up things later
 -O, --test-opts <list>  limit the set of filesystems (use with -a)
 -R, --recursive         recursively unmount a target with all its children
 -r, --read-only         in case unmounting fails, try to remount read-only
 -t, --types <list>      limit the set of filesystem types
 -v, --verbose           say what is being done
 -q, --quiet             suppress 'not mounted' error messages
 -N, --namespace <ns>    perform umount in another namespace

 -h, --help              display this help
 -V, --version           display version

For more details see umount(8).
`;

const VERSION =
  'umount from util-linux 2.38.1 (libmount 2.38.1: selinux, smack, btrfs, verity, namespaces, assert, debug)\n';

const SPECS: OptionSpec[] = [
  { key: 'a', short: 'a', long: 'all' },
  { key: 'A', short: 'A', long: 'all-targets' },
  { key: 'c', short: 'c', long: 'no-canonicalize' },
  { key: 'd', short: 'd', long: 'detach-loop' },
  { key: 'fake', long: 'fake' },
  { key: 'f', short: 'f', long: 'force' },
  { key: 'i', short: 'i', long: 'internal-only' },
  { key: 'n', short: 'n', long: 'no-mtab' },
  { key: 'l', short: 'l', long: 'lazy' },
  { key: 'O', short: 'O', long: 'test-opts', arg: true },
  { key: 'R', short: 'R', long: 'recursive' },
  { key: 'r', short: 'r', long: 'read-only' },
  { key: 't', short: 't', long: 'types', arg: true },
  { key: 'v', short: 'v', long: 'verbose' },
  { key: 'q', short: 'q', long: 'quiet' },
  { key: 'h', short: 'h', long: 'help' },
  { key: 'V', short: 'V', long: 'version' },
];

interface Ctx {
  readonly flags: number;
  readonly verbose: boolean;
  readonly quiet: boolean;
  readonly fake: boolean;
}

function* umountOne(sys: Sys, ctx: Ctx, target: string): Gen<number> {
  const r = ctx.fake ? 0 : yield* sys.umount2(target, ctx.flags);
  if (r < 0) {
    const msg = umountErrorMessage(r);
    if (!(ctx.quiet && msg === 'not mounted')) yield* warn(sys, `umount: ${target}: ${msg}.`);
    return MNT_EX_FAIL;
  }
  if (ctx.verbose) yield* warn(sys, `umount: ${target} unmounted`);
  return 0;
}

/** Unmount the children of `m` (last mounted first), then `m` itself. */
function* umountTree(sys: Sys, ctx: Ctx, mounts: readonly MountEntry[], m: MountEntry): Gen<number> {
  const children = mounts.filter((c) => c.parent === m.id && c.id !== m.id).reverse();
  for (const c of children) {
    const r = yield* umountTree(sys, ctx, mounts, c);
    if (r !== 0) return r;
  }
  return yield* umountOne(sys, ctx, m.target);
}

function* umountRecursive(sys: Sys, ctx: Ctx, target: string): Gen<number> {
  const mounts = yield* readMountinfo(sys);
  const m = isErr(mounts) ? undefined : findByTarget(mounts, target);
  if (!m || isErr(mounts)) {
    const exists = (yield* sys.access(target, F_OK)) === 0;
    yield* warn(sys, `umount: ${target}: ${exists ? 'not mounted' : 'not found'}`);
    return MNT_EX_USAGE;
  }
  return yield* umountTree(sys, ctx, mounts, m);
}

function* umountMain(sys: Sys, argv: readonly string[]): Program {
  const parsed = getopt('umount', argv.slice(1), SPECS);
  if (!parsed.ok) {
    yield* warn(sys, parsed.message);
    yield* warn(sys, tryHelp('umount'));
    return MNT_EX_USAGE;
  }
  const o = parsed.options;
  const first = o.find((x) => x.key === 'h' || x.key === 'V');
  if (first) {
    yield* writeAll(sys, STDOUT, first.key === 'h' ? HELP : VERSION);
    return 0;
  }
  if (has(o, 'a')) return 0;
  if (parsed.operands.length === 0) {
    yield* warn(sys, 'umount: bad usage');
    yield* warn(sys, tryHelp('umount'));
    return MNT_EX_USAGE;
  }
  const ctx: Ctx = {
    flags: (has(o, 'l') ? MNT_DETACH : 0) | (has(o, 'f') ? MNT_FORCE : 0),
    verbose: has(o, 'v'),
    quiet: has(o, 'q'),
    fake: has(o, 'fake'),
  };
  let status = 0;
  for (const spec of parsed.operands) {
    const c = has(o, 'c') ? spec : yield* canonicalize(sys, spec, 'existing');
    const target = typeof c === 'string' ? c : spec;
    status += has(o, 'R') ? yield* umountRecursive(sys, ctx, target) : yield* umountOne(sys, ctx, target);
  }
  return status;
}

export const umount: Command = {
  summary: 'umount - unmount filesystems',
  synopsis: 'umount -a [-dflnrv] [-t fstype] [-O option...]\numount [-dflnrv] {directory|device}',
  description:
    'Detach the filesystem mounted on each DIRECTORY.  -l (lazy) detaches it now and cleans up when it is no longer busy, -f forces it, -R unmounts the target and everything mounted below it, -v says what is done.  A filesystem cannot be unmounted while it is busy: a process has its working directory or an open file there, or another filesystem is mounted below it.',
  main: umountMain,
};
