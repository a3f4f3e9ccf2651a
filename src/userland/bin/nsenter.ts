// nsenter(1) from util-linux 2.38.1: run a program in the namespaces of another process (the
// /proc/PID/ns/* files, or files given as --uts=FILE) with setns(2). The user namespace is entered
// first or last (two passes), a pid namespace makes nsenter fork so the program lands in it, and
// entering a user namespace sets uid and gid 0 unless --preserve-credentials.
//
// Simplification: -Z (SELinux context) is accepted and does nothing.

import type { Command } from '../command';
import { ENOENT, strerror } from '../../kernel/abi/errno';
import { O_CLOEXEC, O_RDONLY } from '../../kernel/abi/fcntl';
import {
  CLONE_NEWPID,
  CLONE_NEWUSER,
  WEXITSTATUS,
  WIFEXITED,
  WIFSIGNALED,
  WIFSTOPPED,
} from '../../kernel/abi/sched';
import { WTERMSIG, WUNTRACED } from '../../kernel/abi/sched';
import { SIGCHLD, SIGCONT, SIGSTOP } from '../../kernel/abi/signal';
import type { Gen, Program, Sys } from '../sys';
import { getopt, tryHelp } from '../libc/getopt';
import type { ParsedOption } from '../libc/getopt';
import { STDOUT, warn, writeAll } from '../libc/io';
import {
  UlError,
  errMsg,
  exclusiveOptions,
  execCommandOrShell,
  parseU32OrErr,
  ulVersion,
} from '../libc/ulutil';
import { NSENTER_HELP, NSENTER_SPECS, NS_FILES } from './nsenter/options';

const PROG = 'nsenter';

interface State {
  target: number;
  /** Open namespace fds by index into NS_FILES (-1: none). */
  readonly fds: number[];
  namespaces: number;
  all: boolean;
  rootFd: number;
  wdFd: number;
  doRoot: boolean;
  doWd: boolean;
  wdns: string | undefined;
  uid: number;
  gid: number;
  forceUid: boolean;
  forceGid: boolean;
  preserve: boolean;
  fork: boolean;
  /** 1 if setgroups(2) failed before entering the namespaces (only a second failure is an error). */
  setgroupsErrors: number;
}

function newState(): State {
  return {
    target: 0,
    fds: NS_FILES.map(() => -1),
    namespaces: 0,
    all: false,
    rootFd: -1,
    wdFd: -1,
    doRoot: false,
    doWd: false,
    wdns: undefined,
    uid: 0,
    gid: 0,
    forceUid: false,
    forceGid: false,
    preserve: false,
    fork: true,
    setgroupsErrors: 0,
  };
}

/** open_target_fd(): FILE if given, else /proc/TARGET/TYPE. */
function* openTarget(sys: Sys, st: State, type: string, path: string | undefined): Gen<number | UlError> {
  if (path === undefined && st.target) path = `/proc/${st.target >>> 0}/${type}`;
  if (path === undefined) return new UlError(`neither filename nor target pid supplied for ${type}`);
  const fd = yield* sys.open(path, O_RDONLY | O_CLOEXEC);
  return fd < 0 ? new UlError(errMsg(`cannot open ${path}`, fd)) : fd;
}

/** One option, applied in order as nsenter's getopt loop does. */
function* applyOption(sys: Sys, st: State, o: ParsedOption): Gen<UlError | undefined> {
  const i = NS_FILES.findIndex(([key]) => key === o.key);
  if (i >= 0) {
    if (o.value === undefined) st.namespaces |= NS_FILES[i]![1];
    else {
      const fd = yield* openTarget(sys, st, NS_FILES[i]![2], o.value);
      if (fd instanceof UlError) return fd;
      if (st.fds[i]! >= 0) yield* sys.close(st.fds[i]!);
      st.fds[i] = fd;
    }
    return undefined;
  }
  const num = (what: string, store: (n: number) => void): UlError | undefined => {
    const n = parseU32OrErr(o.value ?? '', what);
    if (n instanceof UlError) return n;
    store(n);
    return undefined;
  };
  switch (o.key) {
    case 'a':
      st.all = true;
      return undefined;
    case 't':
      return num('failed to parse pid', (n) => (st.target = n | 0));
    case 'S':
      return num('failed to parse uid', (n) => ((st.uid = n), (st.forceUid = true)));
    case 'G':
      return num('failed to parse gid', (n) => ((st.gid = n), (st.forceGid = true)));
    case 'F':
      st.fork = false;
      return undefined;
    case 'preserve-credentials':
      st.preserve = true;
      return undefined;
    case 'W':
      st.wdns = o.value;
      return undefined;
    case 'r':
    case 'w':
      return yield* openDirOption(sys, st, o);
    default:
      return undefined;
  }
}

function* openDirOption(sys: Sys, st: State, o: ParsedOption): Gen<UlError | undefined> {
  const isRoot = o.key === 'r';
  if (o.value === undefined) {
    if (isRoot) st.doRoot = true;
    else st.doWd = true;
    return undefined;
  }
  const fd = yield* openTarget(sys, st, isRoot ? 'root' : 'cwd', o.value);
  if (fd instanceof UlError) return fd;
  if (isRoot) st.rootFd = fd;
  else st.wdFd = fd;
  return undefined;
}

/** --all: every namespace kind this kernel has, but not our own user namespace (is_usable_namespace). */
function* addAll(sys: Sys, st: State): Gen<UlError | undefined> {
  if (!st.target) return new UlError('no target PID specified for --all');
  const me = yield* sys.getpid();
  for (const [i, [, flag, name]] of NS_FILES.entries()) {
    if (st.fds[i]! >= 0) continue;
    const mine = yield* sys.stat(`/proc/${me}/${name}`);
    if (mine === -ENOENT) continue;
    if (flag === CLONE_NEWUSER) {
      const path = `/proc/${st.target >>> 0}/${name}`;
      const theirs = yield* sys.stat(path);
      if (typeof theirs === 'number') return new UlError(errMsg(`stat of ${path} failed`, theirs));
      if (typeof mine !== 'number' && mine.ino === theirs.ino) continue;
    }
    st.namespaces |= flag;
  }
  return undefined;
}

/** Open what is still missing, then setns(2) in two passes (user namespace first or last). */
function* enter(sys: Sys, st: State): Gen<UlError | undefined> {
  for (const [i, [, flag, name]] of NS_FILES.entries()) {
    if (!(st.namespaces & flag) || st.fds[i]! >= 0) continue;
    const fd = yield* openTarget(sys, st, name, undefined);
    if (fd instanceof UlError) return fd;
    st.fds[i] = fd;
  }
  for (const [dir, key] of [
    [st.doRoot, 'root'],
    [st.doWd, 'cwd'],
  ] as const) {
    if (!dir) continue;
    const fd = yield* openTarget(sys, st, key, undefined);
    if (fd instanceof UlError) return fd;
    if (key === 'root') st.rootFd = fd;
    else st.wdFd = fd;
  }
  NS_FILES.forEach(([, flag], i) => {
    if (st.fds[i]! >= 0) st.namespaces |= flag;
  });
  if (st.namespaces & CLONE_NEWUSER && !st.preserve) {
    st.forceUid = st.forceGid = true;
    if ((yield* sys.setgroups([])) < 0) st.setgroupsErrors++;
  }
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 1 - pass; i < NS_FILES.length; i++) {
      const fd = st.fds[i]!;
      if (fd < 0) continue;
      const r = yield* sys.setns(fd, NS_FILES[i]![1]);
      if (r < 0) {
        if (pass === 0) continue;
        return new UlError(errMsg(`reassociate to namespace '${NS_FILES[i]![2]}' failed`, r));
      }
      yield* sys.close(fd);
      st.fds[i] = -1;
    }
  }
  return yield* changeDirs(sys, st);
}

function* changeDirs(sys: Sys, st: State): Gen<UlError | undefined> {
  if (st.rootFd >= 0 && st.wdFd < 0 && st.wdns === undefined) {
    st.wdFd = yield* sys.open('.', O_RDONLY);
    if (st.wdFd < 0) return new UlError(errMsg('cannot open current working directory', st.wdFd));
  }
  if (st.rootFd >= 0) {
    const c = yield* sys.fchdir(st.rootFd);
    if (c < 0) return new UlError(errMsg('change directory by root file descriptor failed', c));
    const r = yield* sys.chroot('.');
    if (r < 0) return new UlError(errMsg('chroot failed', r));
    yield* sys.close(st.rootFd);
    st.rootFd = -1;
  }
  if (st.wdns !== undefined) {
    st.wdFd = yield* sys.open(st.wdns, O_RDONLY);
    if (st.wdFd < 0) return new UlError(errMsg('cannot open current working directory', st.wdFd));
  }
  if (st.wdFd >= 0) {
    const c = yield* sys.fchdir(st.wdFd);
    if (c < 0) return new UlError(errMsg('change directory by working directory file descriptor failed', c));
    yield* sys.close(st.wdFd);
    st.wdFd = -1;
  }
  return undefined;
}

/** continue_as_child(): the parent waits (stopping with its child) and exits like it. */
function* waitAsParent(sys: Sys, child: number): Gen<number> {
  for (;;) {
    const w = yield* sys.wait4(child, WUNTRACED);
    if (typeof w === 'number') return 1;
    if (WIFSTOPPED(w.status)) {
      yield* sys.kill(yield* sys.getpid(), SIGSTOP);
      yield* sys.kill(child, SIGCONT);
      continue;
    }
    if (WIFEXITED(w.status)) return WEXITSTATUS(w.status);
    if (WIFSIGNALED(w.status)) yield* sys.kill(yield* sys.getpid(), WTERMSIG(w.status));
    return 1;
  }
}

function* credentialsAndExec(
  sys: Sys,
  st: State,
  command: readonly string[],
  envp: readonly string[],
): Gen<number> {
  let fail: string | undefined;
  if (st.forceGid) {
    const g = yield* sys.setgroups([]);
    if (g < 0 && st.setgroupsErrors) fail = errMsg('setgroups failed', g);
    const e = fail ? 0 : yield* sys.setgid(st.gid);
    if (e < 0) fail = errMsg('setgid failed', e);
  }
  if (!fail && st.forceUid) {
    const e = yield* sys.setuid(st.uid);
    if (e < 0) fail = errMsg('setuid failed', e);
  }
  if (fail) {
    yield* warn(sys, `${PROG}: ${fail}`);
    return 1;
  }
  return yield* execCommandOrShell(sys, PROG, command, envp);
}

function* nsenterMain(sys: Sys, argv: readonly string[], envp: readonly string[]): Program {
  const p = getopt(PROG, argv.slice(1), NSENTER_SPECS, { stopAtOperand: true });
  if (!p.ok) {
    yield* warn(sys, p.message);
    yield* warn(sys, tryHelp(PROG));
    return 1;
  }
  const st = newState();
  const status = yield* parseAndEnter(sys, st, p.options);
  if (status !== undefined) return status;
  if (st.fork && st.namespaces & CLONE_NEWPID) {
    const pid = yield* sys.clone(SIGCHLD, () => credentialsAndExec(sys, st, p.operands, envp));
    if (pid < 0) {
      yield* warn(sys, `${PROG}: fork failed: ${strerror(pid)}`);
      return 1;
    }
    return yield* waitAsParent(sys, pid);
  }
  return yield* credentialsAndExec(sys, st, p.operands, envp);
}

function* parseAndEnter(sys: Sys, st: State, options: readonly ParsedOption[]): Gen<number | undefined> {
  const fail = function* (e: UlError): Gen<number> {
    yield* warn(sys, `${PROG}: ${e.message}`);
    return e.status;
  };
  for (const [n, o] of options.entries()) {
    const excl = exclusiveOptions(PROG, options.slice(0, n + 1), [
      [
        ['W', 'wdns'],
        ['w', 'wd'],
      ],
    ]);
    if (excl) return yield* fail(new UlError(excl.slice(PROG.length + 2)));
    if (o.key === 'h' || o.key === 'V')
      return (yield* writeAll(sys, STDOUT, o.key === 'h' ? NSENTER_HELP : ulVersion(PROG))) < 0 ? 1 : 0;
    const e = yield* applyOption(sys, st, o);
    if (e) return yield* fail(e);
  }
  const e = (st.all ? yield* addAll(sys, st) : undefined) ?? (yield* enter(sys, st));
  return e ? yield* fail(e) : undefined;
}

export const nsenter: Command = {
  summary: 'nsenter - run program in different namespaces',
  synopsis: 'nsenter [options] [<program> [<argument>...]]',
  description:
    'Enter the namespaces of the process given with -t PID (-m mount, -u UTS, -i IPC, -n network, -p pid, -U user, -C cgroup, -T time, -a all) or of the files given as --uts=FILE, and run the program, by default $SHELL.',
  main: nsenterMain,
};
