// unshare(1)'s helper processes and /proc writes: a child that waits until the parent has called
// unshare(2) (util-linux's fork_and_wait/sync_with_child, over a pipe instead of an eventfd), the
// bind mounts that make namespaces persistent, and newuidmap/newgidmap for --map-users.

import { ENOENT, strerror } from '../../../kernel/abi/errno';
import { O_CLOEXEC, O_WRONLY } from '../../../kernel/abi/fcntl';
import { MS_BIND } from '../../../kernel/abi/mount';
import { SIGCHLD } from '../../../kernel/abi/signal';
import { WEXITSTATUS, WIFEXITED } from '../../../kernel/abi/sched';
import type { Gen, Sys } from '../../sys';
import { isErr } from '../../sys';
import { readText, warn } from '../../libc/io';
import { execvp } from '../../libc/execvp';
import { loadUserDb, userById } from '../../libc/pwd';
import { UlError, errexec, errMsg } from '../../libc/ulutil';
import { NS_OPTIONS } from './options';
import type { MapRange, UnshareRequest } from './options';

/** A child blocked until `syncWithChild` writes to `fd`. */
export interface Waiter {
  readonly pid: number;
  readonly fd: number;
}

/** fork_and_wait(): start `body` in a child that first waits for the parent's go-ahead. */
export function* forkAndWait(sys: Sys, body: () => Gen<number>): Gen<Waiter | number> {
  const p = yield* sys.pipe2(O_CLOEXEC);
  if (typeof p === 'number') {
    yield* warn(sys, `unshare: ${errMsg('eventfd failed', p)}`);
    return 1;
  }
  const [rd, wr] = p;
  const pid = yield* sys.clone(SIGCHLD, function* () {
    yield* sys.close(wr);
    const got = yield* sys.read(rd, 1);
    if (typeof got === 'number' || got.length !== 1) {
      yield* warn(sys, 'unshare: failed to read eventfd: Success');
      return 1;
    }
    yield* sys.close(rd);
    return yield* body();
  });
  yield* sys.close(rd);
  if (pid < 0) {
    yield* warn(sys, `unshare: ${errMsg('fork failed', pid)}`);
    return 1;
  }
  return { pid, fd: wr };
}

/** sync_with_child(): let the child go on, wait, and pass on a failure status (waitchild). */
export function* syncWithChild(sys: Sys, w: Waiter): Gen<number | undefined> {
  yield* sys.write(w.fd, '\x06');
  yield* sys.close(w.fd);
  const r = yield* sys.wait4(w.pid, 0);
  if (typeof r === 'number') {
    yield* warn(sys, `unshare: ${errMsg('waitpid failed', r)}`);
    return 1;
  }
  if (WIFEXITED(r.status) && WEXITSTATUS(r.status) !== 0) return WEXITSTATUS(r.status);
  return undefined;
}

/** bind_ns_files(): bind-mount /proc/PID/ns/TYPE onto each requested file. */
export function* bindNsFiles(
  sys: Sys,
  prog: string,
  pid: number,
  targets: ReadonlyMap<number, string>,
): Gen<number> {
  for (const [, , flag, name] of NS_OPTIONS) {
    const target = targets.get(flag);
    if (target === undefined) continue;
    const src = `/proc/${pid}/${name}`;
    const e = yield* sys.mount(src, target, '', MS_BIND, '');
    if (e < 0) {
      yield* warn(sys, `${prog}: mount ${src} on ${target} failed: ${strerror(e)}`);
      return 1;
    }
  }
  return 0;
}

/** Write a short text to a /proc file (map_id, setgroups_control). */
export function* writeProcFile(
  sys: Sys,
  path: string,
  text: string,
  enoentOk: boolean,
): Gen<UlError | undefined> {
  const fd = yield* sys.open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0) return fd === -ENOENT && enoentOk ? undefined : new UlError(errMsg(`cannot open ${path}`, fd));
  const n = yield* sys.write(fd, text);
  yield* sys.close(fd);
  return n < 0 ? new UlError(errMsg(`write failed ${path}`, n)) : undefined;
}

/** read_subid_range(): the caller's first range in /etc/subuid or /etc/subgid. */
function* subidRange(sys: Sys, file: string, uid: number): Gen<MapRange | UlError> {
  const db = yield* loadUserDb(sys);
  const pw = userById(db, uid);
  if (!pw) return new UlError(`you (user ${uid}) don't exist.`);
  const text = yield* readText(sys, file);
  if (isErr(text)) return new UlError(errMsg(`could not open '${file}'`, text as number));
  for (const line of (text as string).split('\n')) {
    const f = line.split(':');
    if (f.length < 3 || (f[0] !== pw.name && f[0] !== String(pw.uid))) continue;
    return { outer: Number(f[1]), inner: 0, count: Number(f[2]) };
  }
  return new UlError(`no line matching user "${pw.name}" in ${file}: Success`);
}

function* execMapper(sys: Sys, prog: string, tool: string, ppid: number, m: MapRange): Gen<number> {
  const argv = [tool, String(ppid), String(m.inner), String(m.outer), String(m.count)];
  const r = yield* execvp(sys, tool, argv, []);
  return yield* errexec(sys, prog, tool, r);
}

/** map_ids_from_child(): after unshare(2), run newuidmap (and newgidmap) on the parent. */
export function* mapIdsChild(sys: Sys, prog: string, r: UnshareRequest, euid: number): Gen<Waiter | number> {
  const ranges: Array<MapRange | undefined> = [];
  for (const [m, file] of [
    [r.usermap, '/etc/subuid'],
    [r.groupmap, '/etc/subgid'],
  ] as const) {
    const range = m === 'auto' ? yield* subidRange(sys, file, euid) : m;
    if (range instanceof UlError) {
      yield* warn(sys, `${prog}: ${range.message}`);
      return range.status;
    }
    ranges.push(range);
  }
  const [users, groups] = ranges;
  const ppid = yield* sys.getpid();
  return yield* forkAndWait(sys, function* () {
    if (users && groups) {
      const pid = yield* sys.clone(SIGCHLD, () => execMapper(sys, prog, 'newuidmap', ppid, users));
      const w = yield* sys.wait4(pid, 0);
      if (typeof w !== 'number' && WIFEXITED(w.status) && WEXITSTATUS(w.status) !== 0)
        return WEXITSTATUS(w.status);
    } else if (users) return yield* execMapper(sys, prog, 'newuidmap', ppid, users);
    return groups ? yield* execMapper(sys, prog, 'newgidmap', ppid, groups) : 0;
  });
}
