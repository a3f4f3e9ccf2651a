// mount(8) from util-linux 2.38.1: list the mount table, mount a filesystem, bind or move a
// subtree, remount, and change propagation. Option strings are split into MS_* flags and the
// filesystem's data string (libc/mntopts.ts); errors are libmount's (libc/mounterr.ts).
//
// Simplification: /etc/fstab is not consulted (a lone operand is reported as not found there, and
// -a mounts nothing); without -t no filesystem probing is done, so only block devices could
// mount, and there are none; no loop devices, labels, UUIDs or helpers.

import type { Command } from '../command';
import { MS_BIND, MS_MOVE, MS_REC, MS_REMOUNT } from '../../kernel/abi/mount';
import { ENOENT, ENOTBLK } from '../../kernel/abi/errno';
import type { Gen, Program, Sys } from '../sys';
import { isErr } from '../sys';
import { getopt, tryHelp } from '../libc/getopt';
import type { OptionSpec } from '../libc/getopt';
import { Output, STDOUT, warn, writeAll } from '../libc/io';
import { canonicalize } from '../libc/resolve';
import { MS_PROPAGATION, mergeOptions, parseMountOptions } from '../libc/mntopts';
import { findByTarget, readMountinfo } from '../libc/mountinfo';
import { MNT_EX_FAIL, MNT_EX_SYSERR, MNT_EX_USAGE, mountErrorMessage } from '../libc/mounterr';
import type { MountAttempt } from '../libc/mounterr';
import { MOUNT_HELP, MOUNT_VERSION, PROPAGATION_OPTIONS, mountRequest, typeMatches } from '../libc/mountcli';
import type { MountRequest } from '../libc/mountcli';

const SPECS: OptionSpec[] = [
  { key: 'a', short: 'a', long: 'all' },
  { key: 'c', short: 'c', long: 'no-canonicalize' },
  { key: 'f', short: 'f', long: 'fake' },
  { key: 'F', short: 'F', long: 'fork' },
  { key: 'T', short: 'T', long: 'fstab', arg: true },
  { key: 'i', short: 'i', long: 'internal-only' },
  { key: 'l', short: 'l', long: 'show-labels' },
  { key: 'n', short: 'n', long: 'no-mtab' },
  { key: 'o', short: 'o', long: 'options', arg: true },
  { key: 'O', short: 'O', long: 'test-opts', arg: true },
  { key: 'r', short: 'r', long: 'read-only' },
  { key: 't', short: 't', long: 'types', arg: true },
  { key: 'v', short: 'v', long: 'verbose' },
  { key: 'w', short: 'w', long: 'rw' },
  { key: 'w', long: 'read-write' },
  { key: 's', short: 's' },
  { key: 'B', short: 'B', long: 'bind' },
  { key: 'M', short: 'M', long: 'move' },
  { key: 'R', short: 'R', long: 'rbind' },
  { key: 'h', short: 'h', long: 'help' },
  { key: 'V', short: 'V', long: 'version' },
  ...Object.keys(PROPAGATION_OPTIONS).map((long) => ({ key: long, long })),
];

/** Print "mount: TARGET: MESSAGE." (+ the dmesg hint after a failed system call) and pick the status. */
function* report(sys: Sys, a: MountAttempt, errno: number): Gen<number> {
  const msg = yield* mountErrorMessage(sys, a, errno);
  if (msg === null) return 0;
  yield* warn(sys, `mount: ${a.target}: ${msg}.`);
  yield* warn(sys, '       dmesg(1) may have more information after failed mount system call.');
  return MNT_EX_FAIL;
}

function* list(sys: Sys, types: string | undefined): Gen<number> {
  const mounts = yield* readMountinfo(sys);
  if (isErr(mounts)) {
    yield* warn(sys, 'mount: failed to read mount table');
    return MNT_EX_SYSERR;
  }
  const out = new Output(sys, STDOUT);
  for (const m of mounts) {
    if (types !== undefined && !typeMatches(types, m.fstype)) continue;
    const opts = mergeOptions(m.vfsOptions, m.fsOptions);
    yield* out.write(`${m.source || 'none'} on ${m.target} type ${m.fstype} (${opts})\n`);
  }
  yield* out.flush();
  return 0;
}

/** The canonical path when it exists (as libmount canonicalizes), else the path as given. */
function* canonical(sys: Sys, path: string, enabled: boolean): Gen<string> {
  if (!enabled) return path;
  const c = yield* canonicalize(sys, path, 'existing');
  return typeof c === 'string' ? c : path;
}

function* call(sys: Sys, a: MountAttempt, data: string): Gen<number> {
  const r = yield* sys.mount(a.source, a.target, a.fstype, a.flags, data);
  return r < 0 ? yield* report(sys, a, r) : 0;
}

function* remount(sys: Sys, req: MountRequest, target: string): Gen<number> {
  const mounts = yield* readMountinfo(sys);
  const entry = isErr(mounts) ? undefined : findByTarget(mounts, target);
  const base = parseMountOptions(entry?.vfsOptions ?? '').flags;
  const opts = parseMountOptions(req.options, base);
  const a = {
    source: entry?.source ?? 'none',
    target,
    fstype: entry?.fstype ?? '',
    flags: opts.flags,
    nofail: opts.nofail,
  };
  const r = yield* call(sys, a, opts.data);
  if (r === 0 && req.verbose)
    yield* writeAll(sys, STDOUT, `mount: ${entry?.source ?? 'none'} mounted on ${target}.\n`);
  return r;
}

function* propagate(sys: Sys, req: MountRequest, target: string): Gen<number> {
  for (const flags of req.propagation) {
    const r = yield* call(sys, { source: 'none', target, fstype: '', flags, nofail: false }, '');
    if (r !== 0) return r;
  }
  if (req.verbose) yield* writeAll(sys, STDOUT, `mount: ${target} propagation flags changed.\n`);
  return 0;
}

function* mountTwo(sys: Sys, req: MountRequest, src0: string, target: string): Gen<number> {
  const opts = parseMountOptions(req.options, req.extraFlags);
  const flags = opts.flags & ~MS_PROPAGATION;
  const bindOrMove = (flags & (MS_BIND | MS_MOVE)) !== 0;
  const source = bindOrMove ? yield* canonical(sys, src0, req.canonicalize) : src0;
  const a: MountAttempt = {
    source,
    target,
    fstype: bindOrMove ? '' : (req.types ?? ''),
    flags,
    nofail: opts.nofail,
  };
  if (!bindOrMove && req.types === undefined) {
    // No probing: a missing source, or one that is not a block device.
    const st = yield* sys.stat(source);
    return yield* report(sys, a, isErr(st) ? -ENOENT : -ENOTBLK);
  }
  if (req.fake) return 0;
  let r = yield* call(sys, a, bindOrMove ? '' : opts.data);
  const perMount = flags & ~(MS_BIND | MS_REC | MS_MOVE);
  if (r === 0 && flags & MS_BIND && perMount) {
    r = yield* call(sys, { ...a, source: 'none', flags: perMount | MS_REMOUNT | MS_BIND }, '');
  }
  if (r !== 0) return r;
  if (req.verbose) {
    const verb = flags & MS_BIND ? 'bound on' : flags & MS_MOVE ? 'moved to' : 'mounted on';
    yield* writeAll(sys, STDOUT, `mount: ${source} ${verb} ${target}.\n`);
  }
  return req.propagation.length > 0 ? yield* propagate(sys, { ...req, verbose: false }, target) : 0;
}

function* mountMain(sys: Sys, argv: readonly string[]): Program {
  const parsed = getopt('mount', argv.slice(1), SPECS);
  if (!parsed.ok) {
    yield* warn(sys, parsed.message);
    yield* warn(sys, tryHelp('mount'));
    return MNT_EX_USAGE;
  }
  const req = mountRequest(parsed.options);
  if (req.help || req.version) {
    yield* writeAll(sys, STDOUT, req.help ? MOUNT_HELP : MOUNT_VERSION);
    return 0;
  }
  const ops = parsed.operands;
  if (ops.length === 0) return req.all ? 0 : yield* list(sys, req.types);
  if (ops.length > 2) {
    yield* warn(sys, 'mount: bad usage');
    yield* warn(sys, tryHelp('mount'));
    return MNT_EX_USAGE;
  }
  const target = yield* canonical(sys, ops[ops.length - 1]!, req.canonicalize);
  if (ops.length === 2) return yield* mountTwo(sys, req, ops[0]!, target);
  if (parseMountOptions(req.options).flags & MS_REMOUNT) return yield* remount(sys, req, target);
  if (req.propagation.length > 0) return yield* propagate(sys, req, target);
  yield* warn(sys, `mount: ${target}: can't find in /etc/fstab.`);
  return MNT_EX_USAGE;
}

export const mount: Command = {
  summary: 'mount - mount a filesystem',
  synopsis:
    'mount [-h|-V]\nmount [-l] [-t fstype]\nmount [options] [--source] device|mountpoint\nmount [options] <source> <directory>\nmount <operation> <mountpoint> [<target>]',
  description:
    'Attach the filesystem found on SOURCE to the directory DIRECTORY, or with no arguments list the mounted filesystems.  -t TYPE names the filesystem type, -o OPTIONS gives comma-separated mount options (ro, rw, nosuid, nodev, noexec, remount, bind, ...; the rest is passed to the filesystem), -B/--bind and -R/--rbind mount a subtree somewhere else, and --make-shared, --make-slave, --make-private, --make-unbindable (and their --make-r* recursive forms) change mount propagation.',
  main: mountMain,
};
