// The client ↔ daemon protocol: the CLI connects to dockerd's API socket, sends one request as a
// JSON line, and reads JSON lines back — progress text ({"stream":"…"} for its stdout,
// {"errorStream":"…"} for its stderr, like the Engine API's JSON message streams) and one final
// {"result":…} or {"error":"…","code":N}.
//
// Simplification: not HTTP, and TCP 127.0.0.1:2375 rather than /var/run/docker.sock (the kernel
// has no AF_UNIX sockets yet). Streams of a container itself do not pass through here: the
// daemon opens the client's own descriptors (/proc/PID/fd/N), as a pipe or terminal reopened.

import { AF_INET, SOCK_STREAM } from '../../kernel/abi/socket';
import { SIGKILL } from '../../kernel/abi/signal';
import { EINTR } from '../../kernel/abi/errno';
import { WNOHANG } from '../../kernel/abi/sched';
import type { Gen, Sys } from '../../userland/sys';
import { writeAll } from '../../userland/libc/io';
import { decode, encode } from '../../lib/utf8';
import { API_ADDR, API_PORT } from './state';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Request {
  readonly op: string;
  /** The client's pid (host pid namespace), whose fds the daemon may open. */
  readonly pid: number;
  readonly [key: string]: Json;
}

export type Reply = { readonly result: Json } | { readonly error: string; readonly code: number };

/** Returned by a handler that has already sent its reply itself (the terminal attach). */
export const REPLIED: Reply = { result: null };

/** A connection's line reader. */
export class LineReader {
  private buf = '';
  constructor(
    private readonly sys: Sys,
    private readonly fd: number,
    /** Called when a signal interrupts the wait (read gives EINTR); reading then goes on. */
    private readonly onInterrupt?: () => Gen<void>,
  ) {}

  /** Bytes read past the last line (raw input that followed the request). */
  rest(): Uint8Array {
    return encode(this.buf);
  }

  *line(): Gen<string | undefined> {
    for (;;) {
      const nl = this.buf.indexOf('\n');
      if (nl >= 0) {
        const line = this.buf.slice(0, nl);
        this.buf = this.buf.slice(nl + 1);
        return line;
      }
      const chunk = yield* this.sys.read(this.fd, 65536);
      if (chunk === -EINTR && this.onInterrupt) {
        yield* this.onInterrupt();
        continue;
      }
      if (typeof chunk === 'number' || chunk.length === 0) return undefined;
      this.buf += decode(chunk);
    }
  }
}

export function* sendLine(sys: Sys, fd: number, value: Json): Gen<number> {
  return yield* writeAll(sys, fd, encode(`${JSON.stringify(value)}\n`));
}

/** Connect to the daemon: the socket fd, or -errno (ECONNREFUSED when it is not running). */
export function* dial(sys: Sys): Gen<number> {
  const fd = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return fd;
  const r = yield* sys.connect(fd, { family: AF_INET, addr: API_ADDR, port: API_PORT });
  if (r < 0) {
    yield* sys.close(fd);
    return r;
  }
  return fd;
}

/**
 * One API call: send the request, pass progress to `onStream(text, toStderr)`, return the final
 * reply (a connection that ends early is a 500 error).
 */
export function* call(
  sys: Sys,
  fd: number,
  req: Request,
  onStream: (text: string, toStderr: boolean) => Gen<void>,
  afterSend?: () => Gen<number>,
  onInterrupt?: () => Gen<void>,
): Gen<Reply> {
  yield* sendLine(sys, fd, req as unknown as Json);
  const helper = afterSend ? yield* afterSend() : 0;
  const reply = yield* readReply(sys, fd, onStream, onInterrupt);
  if (helper > 0) {
    yield* sys.kill(helper, SIGKILL);
    yield* sys.wait4(helper, 0);
  }
  return reply;
}

function* readReply(
  sys: Sys,
  fd: number,
  onStream: (text: string, toStderr: boolean) => Gen<void>,
  onInterrupt?: () => Gen<void>,
): Gen<Reply> {
  const reader = new LineReader(sys, fd, onInterrupt);
  for (;;) {
    const line = yield* reader.line();
    if (line === undefined) return { error: 'unexpected EOF', code: 500 };
    const msg = JSON.parse(line) as { stream?: string; errorStream?: string } & Partial<Reply>;
    if (typeof msg.stream === 'string') yield* onStream(msg.stream, false);
    else if (typeof msg.errorStream === 'string') yield* onStream(msg.errorStream, true);
    else if ('error' in msg && typeof msg.error === 'string')
      return { error: msg.error, code: msg.code ?? 500 };
    else if ('result' in msg) return { result: msg.result ?? null };
  }
}

/** Reap every exited child without blocking (waitpid(-1, WNOHANG) until it returns 0). */
export function* reapChildren(sys: Sys): Gen<void> {
  for (;;) {
    const r = yield* sys.wait4(-1, WNOHANG);
    if (typeof r === 'number' || r.pid <= 0) return;
  }
}
