// Waiting for, stopping, killing and removing containers (daemon/wait.go, stop.go, kill.go,
// delete.go). Waiters block on the shim's exit pipe (reopened through /proc/<shim>/fd/N), which
// reaches end of file when the shim has recorded the exit; stop sends the stop signal, gives the
// container its grace period in virtual time, then SIGKILL — a busybox `sleep` as pid 1 ignores
// SIGTERM (no handler), so `docker stop` takes the full 10 s and the exit code is 137, as on Linux.

import { O_RDONLY } from '../../kernel/abi/fcntl';
import { SIGKILL, SIGTERM } from '../../kernel/abi/signal';
import type { Gen, Sys } from '../../userland/sys';
import type { Container, Engine } from './state';
import { removeContainer } from './remove';

const POLL_NS = 10_000_000;

/** Block until the container is no longer running. */
export function* waitExit(sys: Sys, c: Container): Gen<void> {
  while (c.status === 'running' && c.shimPid > 0) {
    const fd = yield* sys.open(`/proc/${c.shimPid}/fd/${c.exitFd}`, O_RDONLY);
    if (fd < 0) {
      yield* sys.nanosleep(POLL_NS);
      continue;
    }
    yield* sys.read(fd, 1);
    yield* sys.close(fd);
  }
}

/** Wait for the shim to finish (exit recorded, and the container removed when --rm). */
export function* waitShim(sys: Sys, c: Container): Gen<void> {
  yield* waitExit(sys, c);
  while (c.shimPid > 0) yield* sys.nanosleep(POLL_NS);
}

/** docker kill: send a signal to the container's first process. */
export function* killContainer(sys: Sys, c: Container, sig: number): Gen<string | undefined> {
  if (c.status !== 'running') return `Container ${c.id} is not running`;
  const r = yield* sys.kill(c.pid, sig);
  return r < 0 ? `Cannot kill container: ${c.id}: errno ${-r}` : undefined;
}

/** docker stop: the stop signal, `timeoutSec` seconds of grace, then SIGKILL. */
export function* stopContainer(sys: Sys, c: Container, timeoutSec: number, sig = SIGTERM): Gen<void> {
  if (c.status !== 'running') return;
  yield* sys.kill(c.pid, sig);
  const deadline = timeoutSec * 1e9;
  for (let waited = 0; c.status === 'running' && waited < deadline; waited += POLL_NS)
    yield* sys.nanosleep(POLL_NS);
  if (c.status === 'running') {
    yield* sys.kill(c.pid, SIGKILL);
    yield* waitExit(sys, c);
  }
  while (c.shimPid > 0) yield* sys.nanosleep(POLL_NS);
}

/** docker rm [-f]: an error text, or undefined once the container is gone. */
export function* rmContainer(sys: Sys, eng: Engine, c: Container, force: boolean): Gen<string | undefined> {
  if (c.status === 'running') {
    if (!force)
      return `You cannot remove a running container ${c.id}. Stop the container before attempting removal or force remove`;
    yield* sys.kill(c.pid, SIGKILL);
    yield* waitShim(sys, c);
  }
  if (eng.containers.has(c.id)) yield* removeContainer(sys, eng, c);
  return undefined;
}
