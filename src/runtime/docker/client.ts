// The docker CLI's connection to dockerd. When nothing listens on the API socket the client
// starts /usr/bin/dockerd in its own session (what systemd's docker.socket does on first use)
// and waits for its readiness byte on fd 3.

import { ECONNREFUSED } from '../../kernel/abi/errno';
import { O_RDWR } from '../../kernel/abi/fcntl';
import type { Gen, Sys } from '../../userland/sys';
import { call, dial } from '../engine/wire';
import type { Json, Reply, Request } from '../engine/wire';
import { writeAll } from '../../userland/libc/io';

const DOCKERD = '/usr/bin/dockerd';

function* startDaemon(sys: Sys): Gen<boolean> {
  const p = yield* sys.pipe2(0);
  if (typeof p === 'number') return false;
  const [r, w] = p;
  const pid = yield* sys.clone(0, function* () {
    yield* sys.setsid();
    const nul = yield* sys.open('/dev/null', O_RDWR);
    for (const fd of [0, 1, 2]) yield* sys.dup2(nul, fd);
    yield* sys.dup2(w, 3);
    yield* sys.execve(
      DOCKERD,
      ['dockerd'],
      ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
    );
    return 127;
  });
  yield* sys.close(w);
  if (pid < 0) return false;
  const ready = yield* sys.read(r, 1);
  yield* sys.close(r);
  return typeof ready !== 'number' && ready.length === 1;
}

export class Client {
  constructor(
    readonly sys: Sys,
    readonly pid: number,
  ) {}

  static *open(sys: Sys): Gen<Client> {
    return new Client(sys, yield* sys.getpid());
  }

  private *connect(): Gen<number> {
    let fd = yield* dial(this.sys);
    if (fd === -ECONNREFUSED && (yield* startDaemon(this.sys))) fd = yield* dial(this.sys);
    return fd;
  }

  /** Call the daemon; progress goes to our stdout/stderr unless `onStream` takes it. */
  *api(
    op: string,
    fields: Record<string, Json> = {},
    onStream?: (text: string, toStderr: boolean) => Gen<void>,
    pumpStdin = false,
    onInterrupt?: () => Gen<void>,
  ): Gen<Reply> {
    const { sys } = this;
    const fd = yield* this.connect();
    if (fd < 0)
      return {
        error:
          'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
        code: -1,
      };
    const req: Request = { ...fields, op, pid: this.pid };
    const print =
      onStream ??
      function* (text: string, toStderr: boolean): Gen<void> {
        yield* writeAll(sys, toStderr ? 2 : 1, text);
      };
    const reply = yield* call(sys, fd, req, print, () => this.pumpInput(fd, pumpStdin), onInterrupt);
    yield* sys.close(fd);
    return reply;
  }

  /** With a terminal attached: a child copies our (raw) stdin to the daemon until we are done. */
  private *pumpInput(fd: number, on: boolean): Gen<number> {
    if (!on) return 0;
    const { sys } = this;
    return yield* sys.clone(0, function* () {
      for (;;) {
        const chunk = yield* sys.read(0, 4096);
        if (typeof chunk === 'number' || chunk.length === 0) break;
        if ((yield* writeAll(sys, fd, chunk)) < 0) break;
      }
      return 0;
    });
  }
}
