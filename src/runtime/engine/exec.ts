// docker exec (runc exec): a process that joins a running container's namespaces with setns —
// ipc, uts, net, pid, cgroup (v2) and last mnt — and its cgroups, then forks so the child is
// inside the pid namespace, and execs the command there with the client's streams.

import {
  CLONE_NEWCGROUP,
  CLONE_NEWIPC,
  CLONE_NEWNET,
  CLONE_NEWNS,
  CLONE_NEWPID,
  CLONE_NEWUTS,
  WEXITSTATUS,
  WIFEXITED,
  WTERMSIG,
} from '../../kernel/abi/sched';
import { O_CLOEXEC, O_NOCTTY, O_RDONLY, O_RDWR } from '../../kernel/abi/fcntl';
import { TIOCSCTTY } from '../../kernel/abi/termios';
import { EACCES, strerror } from '../../kernel/abi/errno';
import type { Gen, Program, Sys } from '../../userland/sys';
import { getenv } from '../../userland/libc/execvp';
import { writeAll } from '../../userland/libc/io';
import { decode } from '../../lib/utf8';
import { joinCgroups } from './cgroups';
import { openOrNull } from './fsio';
import { lookPath, resolveUser } from './init';
import type { Container, Engine } from './state';
import type { Attach } from './start';

/** A wait status as Docker reports it: the exit status, or 128 + the signal that killed it. */
export function exitCode(status: number): number {
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

export interface ExecSpec {
  readonly argv: readonly string[];
  readonly env: readonly string[];
  readonly user: string;
  readonly workdir: string;
  readonly attach: Attach;
  /** The three streams are one terminal, which becomes the command's controlling terminal. */
  readonly tty?: boolean;
}

const NAMESPACES: readonly [string, number][] = [
  ['ipc', CLONE_NEWIPC],
  ['uts', CLONE_NEWUTS],
  ['net', CLONE_NEWNET],
  ['pid', CLONE_NEWPID],
  ['cgroup', CLONE_NEWCGROUP],
  ['mnt', CLONE_NEWNS],
];

/** Run a command in the container; its exit status, or an error text with docker's status. */
export function* execInContainer(
  sys: Sys,
  eng: Engine,
  c: Container,
  spec: ExecSpec,
): Gen<number | { error: string; status: number }> {
  if (c.status !== 'running') return { error: `Container ${c.id} is not running`, status: 1 };
  const fds: [number, number][] = [];
  for (const [name, flag] of NAMESPACES) {
    if (name === 'cgroup' && !eng.cgroupV2) continue;
    if (name === 'net' && c.hostConfig.networkMode === 'host') continue;
    const fd = yield* sys.open(`/proc/${c.pid}/ns/${name}`, O_RDONLY);
    if (fd >= 0) fds.push([fd, flag]);
  }
  const stdio = [
    yield* openOrNull(sys, spec.attach.stdin, spec.tty ? O_RDWR | O_NOCTTY : O_RDONLY),
    yield* openOrNull(sys, spec.attach.stdout, O_RDWR),
    yield* openOrNull(sys, spec.attach.stderr, O_RDWR),
  ];
  const errPipe = yield* sys.pipe2(O_CLOEXEC);
  if (typeof errPipe === 'number') return { error: 'pipe failed', status: 126 };
  const child = yield* sys.clone(0, () => joiner(sys, eng, c, spec, fds, stdio, errPipe[1]));
  for (const [fd] of fds) yield* sys.close(fd);
  for (const fd of [...stdio, errPipe[1]]) yield* sys.close(fd);
  const msg = yield* sys.read(errPipe[0], 4096);
  yield* sys.close(errPipe[0]);
  const st = yield* sys.wait4(child, 0);
  if (typeof msg !== 'number' && msg.length > 0)
    return {
      error: `OCI runtime exec failed: exec failed: unable to start container process: ${decode(msg)}: unknown`,
      status: 126,
    };
  if (typeof st === 'number') return 126;
  return exitCode(st.status);
}

function* joiner(
  sys: Sys,
  eng: Engine,
  c: Container,
  spec: ExecSpec,
  fds: readonly [number, number][],
  stdio: readonly number[],
  errFd: number,
): Program {
  yield* joinCgroups(sys, eng, c.id, yield* sys.getpid());
  for (const [fd, flag] of fds) yield* sys.setns(fd, flag);
  const pid = yield* sys.clone(0, function* () {
    for (let i = 0; i < 3; i++) yield* sys.dup2(stdio[i] ?? -1, i);
    if (spec.tty) {
      yield* sys.setsid();
      yield* sys.ioctl(0, TIOCSCTTY, 1);
    }
    const ids = yield* resolveUser(sys, spec.user);
    if (typeof ids === 'string') {
      yield* writeAll(sys, errFd, ids);
      return 126;
    }
    const cwd = spec.workdir || '/';
    if ((yield* sys.chdir(cwd)) < 0) {
      yield* writeAll(
        sys,
        errFd,
        `chdir to cwd ("${cwd}") set in config.json failed: no such file or directory`,
      );
      return 126;
    }
    yield* sys.setgroups(ids.groups);
    if (ids.gid !== 0) yield* sys.setgid(ids.gid);
    if (ids.uid !== 0) yield* sys.setuid(ids.uid);
    const file = spec.argv[0] ?? '';
    const found = yield* lookPath(sys, file, getenv(spec.env, 'PATH') ?? '');
    if (found.error) {
      yield* writeAll(sys, errFd, `exec: "${file}": ${found.error}`);
      return 127;
    }
    const r = yield* sys.execve(found.found, spec.argv, spec.env);
    yield* writeAll(
      sys,
      errFd,
      `exec: "${file}": ${r === -EACCES ? 'permission denied' : strerror(r).toLowerCase()}`,
    );
    return 126;
  });
  yield* sys.close(errFd);
  if (pid < 0) return 126;
  const st = yield* sys.wait4(pid, 0);
  if (typeof st === 'number') return 126;
  return exitCode(st.status);
}
