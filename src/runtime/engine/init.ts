// The container's first process, from clone to execve (runc init): wait until the parent has put
// it into its cgroups and network, configure the network inside, build the root filesystem,
// pivot, set the hostname, user and working directory, find the program on the container's PATH
// and exec it. A failure before exec is written to the error pipe in runc's words; the parent
// turns it into docker's 126/127 message.

import { EACCES, strerror } from '../../kernel/abi/errno';
import { CLONE_NEWCGROUP } from '../../kernel/abi/sched';
import { S_IFMT, S_IFREG } from '../../kernel/abi/stat';
import type { Gen, Program, Sys } from '../../userland/sys';
import { getenv } from '../../userland/libc/execvp';
import { readText, writeAll } from '../../userland/libc/io';
import { TIOCSCTTY } from '../../kernel/abi/termios';
import { mkdirAll } from './fsio';
import { setupRootfs } from './rootfs';
import type { RootfsSpec } from './rootfs';
import { configureInside } from './network';
import type { NetSpec } from './network';

export interface InitSpec extends RootfsSpec {
  readonly hostname: string;
  readonly argv: readonly string[];
  readonly env: readonly string[];
  readonly workdir: string;
  readonly user: string;
  readonly tty: boolean;
  readonly net: NetSpec | undefined;
  /** [read end of the "go" pipe, write end of the error pipe]. */
  readonly syncFd: number;
  readonly errFd: number;
}

/** The program the shim clones into the new namespaces. */
export function* containerInit(sys: Sys, spec: InitSpec): Program {
  yield* sys.read(spec.syncFd, 1);
  yield* sys.close(spec.syncFd);
  // Like runc's nsexec: the cgroup namespace comes last, once the parent has moved us into the
  // container's cgroup, so that cgroup is the namespace's root (0::/ on cgroup v2).
  if (spec.cgroupV2) yield* sys.unshare(CLONE_NEWCGROUP);
  const fail = function* (msg: string, status: number): Program {
    yield* writeAll(sys, spec.errFd, msg);
    return yield* sys.exit(status);
  };
  if (spec.net) {
    const e = yield* configureInside(sys, spec.net);
    if (e) return yield* fail(e, 1);
  }
  const rf = yield* setupRootfs(sys, spec);
  if (rf) return yield* fail(`error during container init: ${rf.step}: ${strerror(rf.err)}`, 1);
  yield* sys.sethostname(spec.hostname);
  if (spec.tty) {
    yield* sys.setsid();
    yield* sys.ioctl(0, TIOCSCTTY, 1);
  }
  const ids = yield* resolveUser(sys, spec.user);
  if (typeof ids === 'string') return yield* fail(ids, 1);
  if (spec.workdir !== '') {
    yield* mkdirAll(sys, spec.workdir);
    const c = yield* sys.chdir(spec.workdir);
    if (c < 0)
      return yield* fail(`chdir to cwd ("${spec.workdir}") set in config.json failed: ${strerror(c)}`, 1);
  }
  yield* sys.setgroups(ids.groups);
  if (ids.gid !== 0) yield* sys.setgid(ids.gid);
  if (ids.uid !== 0) yield* sys.setuid(ids.uid);
  const file = spec.argv[0] ?? '';
  const path = yield* lookPath(sys, file, getenv(spec.env, 'PATH') ?? '');
  if (path.error) return yield* fail(`exec: "${file}": ${path.error}`, 127);
  const r = yield* sys.execve(path.found, spec.argv, spec.env);
  const why = r === -EACCES ? 'permission denied' : strerror(r).toLowerCase();
  return yield* fail(`exec: "${file}": ${why}`, r === -EACCES ? 126 : 127);
}

/** Go's exec.LookPath, which runc uses with the container's PATH. */
export function* lookPath(sys: Sys, file: string, path: string): Gen<{ found: string; error?: string }> {
  if (file.includes('/')) {
    const st = yield* sys.stat(file);
    if (typeof st === 'number') return { found: '', error: `stat ${file}: ${strerror(st).toLowerCase()}` };
    return { found: file };
  }
  for (const dir of path.split(':')) {
    const full = `${dir === '' ? '.' : dir}/${file}`;
    const st = yield* sys.stat(full);
    if (typeof st !== 'number' && (st.mode & S_IFMT) === S_IFREG && (st.mode & 0o111) !== 0)
      return { found: full };
  }
  return { found: '', error: 'executable file not found in $PATH' };
}

/**
 * "uid[:gid]" or a name from the container's /etc/passwd, as runc's GetExecUser resolves it: the
 * supplementary groups are the /etc/group entries that list the user.
 */
export function* resolveUser(
  sys: Sys,
  user: string,
): Gen<{ uid: number; gid: number; groups: number[] } | string> {
  const [u = user === '' ? 'root' : '', g] = (user === '' ? 'root' : user).split(':');
  let uid = /^\d+$/.test(u) ? Number(u) : -1;
  let gid = g !== undefined && /^\d+$/.test(g) ? Number(g) : -1;
  let name = /^\d+$/.test(u) ? '' : u;
  const passwd = yield* readText(sys, '/etc/passwd');
  for (const line of typeof passwd === 'string' ? passwd.split('\n') : []) {
    const f = line.split(':');
    if (f[0] === u || (uid >= 0 && f[2] === String(uid))) {
      if (uid < 0) uid = Number(f[2]);
      if (gid < 0) gid = Number(f[3]);
      name = f[0] ?? '';
      break;
    }
  }
  if (uid < 0)
    return user === ''
      ? { uid: 0, gid: 0, groups: [0] }
      : `unable to find user ${u}: no matching entries in passwd file`;
  const primary = gid < 0 ? 0 : gid;
  const groups = [primary];
  const group = name === '' ? '' : yield* readText(sys, '/etc/group');
  for (const line of typeof group === 'string' ? group.split('\n') : []) {
    const f = line.split(':');
    const id = Number(f[2]);
    if (name !== '' && (f[3] ?? '').split(',').includes(name) && !groups.includes(id)) groups.push(id);
  }
  return { uid, gid: primary, groups };
}
