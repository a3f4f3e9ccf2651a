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
import type { Json } from './wire';
import { execInContainer } from './exec';
import type { ExecSpec } from './exec';

export interface TtyClient {
  /** The client's pid (its fds 0 and 1 are its terminal). */
  readonly pid: number;
  /** The API connection and any bytes already read past the request line. */
  readonly conn: number;
  readonly pending: Uint8Array;
}

/** Copy the master to the client's terminal until the other side hangs up, then reply. */
function* copyMaster(sys: Sys, master: number, client: TtyClient, finish: () => Gen<Json>): Program {
  const out = yield* sys.open(`/proc/${client.pid}/fd/1`, O_RDWR | O_NOCTTY);
  for (;;) {
    const chunk = yield* sys.read(master, 4096);
    if (typeof chunk === 'number' || chunk.length === 0) break;
    if (out >= 0) yield* writeAll(sys, out, chunk);
  }
  yield* sendLine(sys, client.conn, { result: yield* finish() });
  return 0;
}

/** A new pseudo-terminal sized like the client's: [master fd, slave path], or undefined. */
function* openPty(sys: Sys, client: TtyClient): Gen<[number, string] | undefined> {
  const master = yield* sys.open('/dev/ptmx', O_RDWR | O_NOCTTY);
  if (master < 0) return undefined;
  const n = yield* sys.ioctl(master, TIOCGPTN);
  const term = yield* sys.open(`/proc/${client.pid}/fd/0`, O_RDONLY | O_NOCTTY);
  const ws = term >= 0 ? yield* sys.ioctl(term, TIOCGWINSZ) : -1;
  if (typeof ws === 'object') yield* sys.ioctl(master, TIOCSWINSZ, ws);
  if (term >= 0) yield* sys.close(term);
  return [master, `/dev/pts/${String(n)}`];
}

/** Relay the client's keys into the master until it closes the connection. */
function* relay(sys: Sys, master: number, client: TtyClient, finish: () => Gen<Json>): Gen<void> {
  const pump = yield* sys.clone(0, () => copyMaster(sys, master, client, finish));
  if (client.pending.length > 0) yield* writeAll(sys, master, client.pending);
  for (;;) {
    const chunk = yield* sys.read(client.conn, 4096);
    if (typeof chunk === 'number' || chunk.length === 0) break;
    yield* writeAll(sys, master, chunk);
  }
  yield* sys.close(master);
  if (pump > 0) yield* sys.wait4(pump, 0);
}

/** Start with a terminal; returns once the container has exited and the reply has been sent. */
export function* startWithTty(sys: Sys, eng: Engine, c: Container, client: TtyClient): Gen<StartResult> {
  const pty = yield* openPty(sys, client);
  if (!pty) return { error: 'open /dev/ptmx failed', code: 500, status: 125 };
  const [master, slave] = pty;
  const r = yield* startContainer(sys, eng, c, { stdin: slave, stdout: slave, stderr: slave, tty: true });
  if (!('ok' in r)) {
    yield* sys.close(master);
    return r;
  }
  yield* relay(sys, master, client, function* () {
    if (c.hostConfig.autoRemove) yield* waitShim(sys, c);
    else yield* waitExit(sys, c);
    return { StatusCode: c.exitCode };
  });
  return r;
}

/** docker exec -it: the command gets its own terminal too; the reply carries its exit code. */
export function* execWithTty(
  sys: Sys,
  eng: Engine,
  c: Container,
  spec: ExecSpec,
  client: TtyClient,
): Gen<void> {
  const pty = yield* openPty(sys, client);
  if (!pty) return;
  const [master, slave] = pty;
  const box: { code: number | { error: string; status: number } | undefined } = { code: undefined };
  const runner = yield* sys.clone(0, function* () {
    box.code = yield* execInContainer(sys, eng, c, {
      ...spec,
      tty: true,
      attach: { stdin: slave, stdout: slave, stderr: slave },
    });
    return 0;
  });
  yield* relay(sys, master, client, function* () {
    while (box.code === undefined) yield* sys.nanosleep(1_000_000);
    return typeof box.code === 'number'
      ? { ExitCode: box.code }
      : { ExitCode: box.code.status, Error: box.code.error };
  });
  if (runner > 0) yield* sys.wait4(runner, 0);
}
