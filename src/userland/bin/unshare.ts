// unshare(1) from util-linux 2.38.1: run a program in new namespaces (unshare(2)), optionally
// forking first (so the program is pid 1 of a new pid namespace), mapping the caller to root in
// a new user namespace, mounting a fresh /proc, setting time namespace offsets, and changing root
// or directory. With --fork it waits and exits like its child (killing itself with the child's
// signal, except SIGKILL, which it cannot reset: "sigprocmask unblock failed").
//
// Simplification: --kill-child is accepted but no parent-death signal is armed (no prctl); --keep-caps
// changes nothing (capabilities are all-or-nothing here); --map-users/--map-groups/--map-auto run
// newuidmap/newgidmap, which the machine does not have, as util-linux would.

import type { Command } from '../command';
import { EINVAL, strerror as strerrorOf } from '../../kernel/abi/errno';
import {
  CLONE_NEWNS,
  CLONE_NEWUSER,
  WEXITSTATUS,
  WIFEXITED,
  WIFSIGNALED,
  WTERMSIG,
} from '../../kernel/abi/sched';
import { MS_NODEV, MS_NOEXEC, MS_NOSUID, MS_PRIVATE, MS_REC } from '../../kernel/abi/mount';
import {
  SIGCHLD,
  SIGINT,
  SIGTERM,
  SIG_BLOCK,
  SIG_DFL,
  SIG_SETMASK,
  SIG_UNBLOCK,
} from '../../kernel/abi/signal';
import { O_WRONLY } from '../../kernel/abi/fcntl';
import { CLOCK_BOOTTIME, CLOCK_MONOTONIC } from '../sys';
import type { Gen, Program, Sys } from '../sys';
import { getopt, tryHelp } from '../libc/getopt';
import { STDOUT, warn, writeAll } from '../libc/io';
import { groupByName, loadUserDb, userByName } from '../libc/pwd';
import { UlError, execCommandOrShell, ulVersion } from '../libc/ulutil';
import { UNSHARE_HELP, UNSHARE_SPECS, unshareRequest } from './unshare/options';
import type { IdLookup, UnshareRequest } from './unshare/options';
import { bindNsFiles, forkAndWait, mapIdsChild, syncWithChild, writeProcFile } from './unshare/helpers';
import type { Waiter } from './unshare/helpers';

const PROG = 'unshare';

/** The steps after the (optional) fork, in util-linux's order. Throws nothing: errors are UlError. */
function* setupChild(sys: Sys, r: UnshareRequest, euid: number, egid: number): Gen<UlError | undefined> {
  if (r.mapUser !== undefined) {
    const e = yield* writeProcFile(sys, '/proc/self/uid_map', `${mapped(r.mapUser, euid)} ${euid} 1`, false);
    if (e) return e;
  }
  if (r.mapGroup !== undefined) {
    if (r.setgroups === 'allow')
      return new UlError('options --setgroups=allow and --map-group are mutually exclusive');
    const d = yield* writeProcFile(sys, '/proc/self/setgroups', 'deny', true);
    if (d) return d;
    const e = yield* writeProcFile(sys, '/proc/self/gid_map', `${mapped(r.mapGroup, egid)} ${egid} 1`, false);
    if (e) return e;
  }
  if (r.setgroups !== undefined) {
    const e = yield* writeProcFile(sys, '/proc/self/setgroups', r.setgroups, true);
    if (e) return e;
  }
  if (r.flags & CLONE_NEWNS && r.propagation) {
    const e = yield* sys.mount('none', '/', '', r.propagation, '');
    if (e < 0) return fail('cannot change root filesystem propagation', e);
  }
  return yield* changeRootAndMounts(sys, r);
}

function mapped(id: number | 'current', real: number): number {
  return id === 'current' ? real : id;
}

function fail(message: string, errno: number): UlError {
  return new UlError(`${message}: ${strerrorOf(errno)}`);
}

function* changeRootAndMounts(sys: Sys, r: UnshareRequest): Gen<UlError | undefined> {
  let wd = r.wd;
  if (r.root !== undefined) {
    const e = yield* sys.chroot(r.root);
    if (e < 0) return fail(`cannot change root directory to '${r.root}'`, e);
    wd ??= '/';
  }
  if (wd !== undefined) {
    const e = yield* sys.chdir(wd);
    if (e < 0) return fail(`cannot chdir to '${wd}'`, e);
  }
  if (r.procmnt !== undefined) {
    if (r.root === undefined && r.propagation !== (MS_PRIVATE | MS_REC)) {
      const e = yield* sys.mount('none', r.procmnt, '', MS_PRIVATE | MS_REC, '');
      if (e < 0 && e !== -EINVAL) return fail(`cannot change ${r.procmnt} filesystem propagation`, e);
    }
    const e = yield* sys.mount('proc', r.procmnt, 'proc', MS_NOSUID | MS_NOEXEC | MS_NODEV, '');
    if (e < 0) return fail(`mount ${r.procmnt} failed`, e);
  }
  if (r.gid !== undefined) {
    const g = yield* sys.setgroups([]);
    if (g < 0) return fail('setgroups failed', g);
    const e = yield* sys.setgid(r.gid);
    if (e < 0) return fail('setgid() failed', e);
  }
  if (r.uid !== undefined) {
    const e = yield* sys.setuid(r.uid);
    if (e < 0) return fail('setuid() failed', e);
  }
  return undefined;
}

/** The forked child's path: set up, then exec. Returns an exit status only on failure. */
function* runProgram(
  sys: Sys,
  r: UnshareRequest,
  ids: readonly [number, number],
  command: readonly string[],
  envp: readonly string[],
): Gen<number> {
  const e = yield* setupChild(sys, r, ids[0], ids[1]);
  if (e) {
    yield* warn(sys, `${PROG}: ${e.message}`);
    return e.status;
  }
  return yield* execCommandOrShell(sys, PROG, command, envp);
}

/** The parent after --fork: wait, then exit like the child did. */
function* waitForChild(sys: Sys, pid: number): Gen<number> {
  const w = yield* sys.wait4(pid, 0);
  if (typeof w === 'number') {
    yield* warn(sys, `${PROG}: waitpid failed: ${strerrorOf(w)}`);
    return 1;
  }
  if (WIFEXITED(w.status)) return WEXITSTATUS(w.status);
  if (WIFSIGNALED(w.status)) {
    const sig = WTERMSIG(w.status);
    const r = yield* sys.rt_sigaction(sig, SIG_DFL);
    if (typeof r === 'number') {
      yield* warn(sys, `${PROG}: sigprocmask unblock failed: ${strerrorOf(r)}`);
      return 1;
    }
    yield* sys.rt_sigprocmask(SIG_UNBLOCK, new Set([sig]));
    yield* sys.kill(yield* sys.getpid(), sig);
  }
  yield* warn(sys, `${PROG}: child exit failed: Success`);
  return 1;
}

function* settime(sys: Sys, offset: bigint, clock: number): Gen<UlError | undefined> {
  const path = '/proc/self/timens_offsets';
  const fd = yield* sys.open(path, O_WRONLY);
  if (fd < 0) return fail(`failed to open ${path}`, fd);
  const text = `${clock} ${offset} 0`;
  const n = yield* sys.write(fd, text);
  yield* sys.close(fd);
  if (n !== text.length) return fail(`failed to write to ${path}`, n < 0 ? n : -EINVAL);
  return undefined;
}

function* parse(sys: Sys, argv: readonly string[]): Gen<{ r: UnshareRequest; command: string[] } | number> {
  const p = getopt(PROG, argv.slice(1), UNSHARE_SPECS, { stopAtOperand: true });
  if (!p.ok) {
    yield* warn(sys, p.message);
    yield* warn(sys, tryHelp(PROG));
    return 1;
  }
  const stop = p.options.findIndex((o) => o.key === 'h' || o.key === 'V');
  const options = stop < 0 ? p.options : p.options.slice(0, stop);
  let lookup: IdLookup = () => undefined;
  if (options.some((o) => o.key === 'map-user' || o.key === 'map-group')) {
    const db = yield* loadUserDb(sys);
    lookup = (kind, name) => (kind === 'user' ? userByName(db, name)?.uid : groupByName(db, name)?.gid);
  }
  const r = unshareRequest(options, lookup);
  if (r instanceof UlError) {
    yield* warn(sys, `${PROG}: ${r.message}`);
    return r.status;
  }
  if (stop >= 0) {
    const text = p.options[stop]!.key === 'h' ? UNSHARE_HELP : ulVersion(PROG);
    return (yield* writeAll(sys, STDOUT, text)) < 0 ? 1 : 0;
  }
  return { r, command: p.operands };
}

function* unshareMain(sys: Sys, argv: readonly string[], envp: readonly string[]): Program {
  const parsed = yield* parse(sys, argv);
  if (typeof parsed === 'number') return parsed;
  const { r, command } = parsed;
  const ids = [yield* sys.geteuid(), yield* sys.getegid()] as const;
  const prepared = yield* prepare(sys, r, ids);
  if (typeof prepared === 'number') return prepared;
  if (!r.fork) {
    const e = yield* persist(sys, r, prepared.bind);
    if (e !== undefined) return e;
    return yield* runProgram(sys, r, ids, command, envp);
  }
  const old = yield* sys.rt_sigprocmask(SIG_BLOCK, new Set([SIGINT, SIGTERM]));
  const pid = yield* sys.clone(SIGCHLD, function* () {
    yield* sys.rt_sigprocmask(SIG_SETMASK, old);
    return yield* runProgram(sys, r, ids, command, envp);
  });
  if (pid < 0) {
    yield* warn(sys, `${PROG}: fork failed: ${strerrorOf(pid)}`);
    return 1;
  }
  const e = yield* persist(sys, r, prepared.bind);
  if (e !== undefined) return e;
  return yield* waitForChild(sys, pid);
}

/**
 * Everything up to and including unshare(2) and the time offsets. A number means "exit with it";
 * otherwise `bind` is the child waiting to bind persistent namespace files, if any.
 */
function* prepare(
  sys: Sys,
  r: UnshareRequest,
  ids: readonly [number, number],
): Gen<number | { bind: Waiter | undefined }> {
  let bind: Waiter | undefined;
  if (r.targets.size > 0 && r.flags & (CLONE_NEWNS | CLONE_NEWUSER)) {
    const ppid = yield* sys.getpid();
    const w = yield* forkAndWait(sys, () => bindNsFiles(sys, PROG, ppid, r.targets));
    if (typeof w === 'number') return w;
    bind = w;
  }
  let idmap: Waiter | undefined;
  if (r.usermap !== undefined || r.groupmap !== undefined) {
    const w = yield* mapIdsChild(sys, PROG, r, ids[0]);
    if (typeof w === 'number') return w;
    idmap = w;
  }
  const u = yield* sys.unshare(r.flags);
  if (u < 0) {
    yield* warn(sys, `${PROG}: unshare failed: ${strerrorOf(u)}`);
    return 1;
  }
  if (idmap) {
    const s = yield* syncWithChild(sys, idmap);
    if (s !== undefined) return s;
  }
  for (const [offset, clock] of [
    [r.boottime, CLOCK_BOOTTIME],
    [r.monotonic, CLOCK_MONOTONIC],
  ] as const) {
    if (offset === undefined) continue;
    const e = yield* settime(sys, offset, clock);
    if (e) {
      yield* warn(sys, `${PROG}: ${e.message}`);
      return e.status;
    }
  }
  return { bind };
}

/** Bind the persistent namespace files: through the waiting child, or directly. */
function* persist(sys: Sys, r: UnshareRequest, bind: Waiter | undefined): Gen<number | undefined> {
  if (r.targets.size === 0) return undefined;
  if (bind) return yield* syncWithChild(sys, bind);
  const s = yield* bindNsFiles(sys, PROG, yield* sys.getpid(), r.targets);
  return s === 0 ? undefined : s;
}

export const unshare: Command = {
  summary: 'unshare - run program in new namespaces',
  synopsis: 'unshare [options] [<program> [<argument>...]]',
  description:
    'Create new namespaces (-m mount, -u UTS, -i IPC, -n network, -p pid, -U user, -C cgroup, -T time) and run the program, by default $SHELL, in them.  -f forks first (needed for -p), --mount-proc mounts a new /proc, -r maps the current user to root.',
  main: unshareMain,
};
