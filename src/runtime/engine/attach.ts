// docker run -it / start -ai: the container gets a pseudo-terminal of its own (/dev/ptmx →
// /dev/pts/N as its stdin, stdout, stderr and controlling terminal). The daemon copies what the
// container prints from the master to the client's terminal, and what the client sends over the
// API connection (its keystrokes, raw) into the master. When the container's side hangs up the
// exit status goes back as the reply.

import { O_NOCTTY, O_RDONLY, O_RDWR } from '../../kernel/abi/fcntl';
import { TIOCGPTN, TIOCGWINSZ, TIOCSWINSZ } from '../../kernel/abi/termios';
import type { Gen, Program, Sys } from '../../userland/sys';
import { writeAll } from '../../userland/libc/io';
import { waitExit, waitShim } from './lifecycle';
import { startContainer } from './start';
import type { StartResult } from './start';
import type { Container, Engine } from './state';
import { sendLine } from './wire';

export interface TtyClient {
  /** The client's pid (its fds 0 and 1 are its terminal). */
  readonly pid: number;
  /** The API connection and any bytes already read past the request line. */
  readonly conn: number;
  readonly pending: Uint8Array;
}

function* copyMaster(sys: Sys, c: Container, master: number, client: TtyClient): Program {
  const out = yield* sys.open(`/proc/${client.pid}/fd/1`, O_RDWR | O_NOCTTY);
  for (;;) {
    const chunk = yield* sys.read(master, 4096);
    if (typeof chunk === 'number' || chunk.length === 0) break;
    if (out >= 0) yield* writeAll(sys, out, chunk);
  }
  if (c.hostConfig.autoRemove) yield* waitShim(sys, c);
  else yield* waitExit(sys, c);
  yield* sendLine(sys, client.conn, { result: { StatusCode: c.exitCode } });
  return 0;
}

/** Start with a terminal; returns once the container has exited and the reply has been sent. */
export function* startWithTty(sys: Sys, eng: Engine, c: Container, client: TtyClient): Gen<StartResult> {
  const master = yield* sys.open('/dev/ptmx', O_RDWR | O_NOCTTY);
  if (master < 0) return { error: 'open /dev/ptmx failed', code: 500, status: 125 };
  const n = yield* sys.ioctl(master, TIOCGPTN);
  const slave = `/dev/pts/${String(n)}`;
  const term = yield* sys.open(`/proc/${client.pid}/fd/0`, O_RDONLY | O_NOCTTY);
  const ws = term >= 0 ? yield* sys.ioctl(term, TIOCGWINSZ) : -1;
  if (typeof ws === 'object') yield* sys.ioctl(master, TIOCSWINSZ, ws);
  if (term >= 0) yield* sys.close(term);
  const r = yield* startContainer(sys, eng, c, { stdin: slave, stdout: slave, stderr: slave, tty: true });
  if (!('ok' in r)) {
    yield* sys.close(master);
    return r;
  }
  const pump = yield* sys.clone(0, () => copyMaster(sys, c, master, client));
  if (client.pending.length > 0) yield* writeAll(sys, master, client.pending);
  for (;;) {
    const chunk = yield* sys.read(client.conn, 4096);
    if (typeof chunk === 'number' || chunk.length === 0) break;
    yield* writeAll(sys, master, chunk);
  }
  yield* sys.close(master);
  if (pump > 0) yield* sys.wait4(pump, 0);
  return r;
}
