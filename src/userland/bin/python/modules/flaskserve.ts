// app.run() of the tiny Flask: Flask 1.1's banner on stdout, then Werkzeug 1.0's development
// server: bind, " * Running on ..." and one log line per request on stderr, HTTP/1.0 responses
// with Werkzeug's headers, Ctrl-C ending the server quietly (serve_forever catches it).
//
// Simplification: one request at a time (Werkzeug starts a thread per request); the reloader and
// the interactive debugger of debug=True are only announced.

import type { Gen } from '../../../sys';
import { CLOCK_REALTIME } from '../../../sys';
import { EINTR } from '../../../../kernel/abi/errno';
import { SIGINT, SIG_DFL, SIG_IGN } from '../../../../kernel/abi/signal';
import { AF_INET, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR } from '../../../../kernel/abi/socket';
import { concatBytes, encode } from '../../../../lib/utf8';
import { STDERR, STDOUT, writeAll } from '../../../libc/io';
import { headEnd, httpDate } from '../../../libc/http';
import { isatty } from '../pyio';
import { osErr } from '../exceptions';
import type { Interp } from '../objects';
import { dispatch } from './flaskview';
import { emit } from './flasklog';
import type { AppState, Resp } from './flaskview';
import { logDate, parseRequest, statusText } from './flaskhttp';
import type { Request } from './flaskhttp';
import { sockaddr } from './sockobj';
import { PyTuple } from '../objects';

/** Flask's cli.show_server_banner (click.secho colours only on a terminal). */
function* banner(ip: Interp, app: AppState, debug: boolean, env: string): Gen<void> {
  const tty = yield* isatty(ip, STDOUT);
  const red = (s: string): string => (tty ? `\x1b[31m${s}\x1b[0m` : s);
  const dim = (s: string): string => (tty ? `\x1b[2m${s}\x1b[0m` : s);
  let text = ` * Serving Flask app "${app.name}" (lazy loading)\n * Environment: ${env}\n`;
  if (env === 'production')
    text +=
      red('   WARNING: This is a development server. Do not use it in a production deployment.') +
      '\n' +
      dim('   Use a production WSGI server instead.') +
      '\n';
  yield* emit(ip, STDOUT, `${text} * Debug mode: ${debug ? 'on' : 'off'}\n`);
}

function* listen(ip: Interp, host: string, port: number): Gen<number> {
  const sys = ip.sys;
  const addr = yield* sockaddr(ip, new PyTuple([host, BigInt(port)]), 'bind');
  const fd = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) throw osErr(fd);
  yield* sys.setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, 1);
  let r = yield* sys.bind(fd, addr);
  if (r >= 0) r = yield* sys.listen(fd, 128);
  if (r < 0) {
    yield* sys.close(fd);
    throw osErr(r);
  }
  return fd;
}

/** Serve `app` on host:port until SIGINT. */
export function* serve(
  ip: Interp,
  app: AppState,
  host: string,
  port: number,
  debug: boolean,
  env: string,
): Gen<void> {
  const sys = ip.sys;
  yield* banner(ip, app, debug, env);
  const fd = yield* listen(ip, host, port);
  const local = yield* sys.getsockname(fd);
  const shown = host === '' || host === '*' ? 'localhost' : host;
  const realPort = typeof local === 'number' ? port : local.port;
  let text = ` * Running on http://${shown}:${realPort}/ (Press CTRL+C to quit)\n`;
  if (debug) text += ' * Restarting with stat\n * Debugger is active!\n * Debugger PIN: 219-337-640\n';
  yield* emit(ip, STDERR, text);
  // Ctrl-C ends serve_forever quietly; CPython leaves SIGINT alone when it started ignored (cmd &)
  let interrupted = false;
  const before = yield* sys.rt_sigaction(SIGINT, () => {
    interrupted = true;
  });
  const restore = before === SIG_IGN ? SIG_IGN : SIG_DFL;
  if (restore === SIG_IGN) yield* sys.rt_sigaction(SIGINT, SIG_IGN);
  try {
    while (!interrupted) {
      const conn = yield* sys.accept(fd);
      if (conn === -EINTR) continue;
      if (conn < 0) throw osErr(conn);
      try {
        yield* handle(ip, app, conn);
      } finally {
        yield* sys.close(conn);
      }
    }
  } finally {
    yield* sys.rt_sigaction(SIGINT, restore);
    yield* sys.close(fd);
  }
}

function contentLength(req: Request): number {
  const h = req.headers.find(([k]) => k.toLowerCase() === 'content-length');
  const n = h === undefined ? 0 : Number(h[1]);
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1 << 24) : 0;
}

function* readRequest(ip: Interp, conn: number): Gen<{ req: Request; body: Uint8Array } | undefined> {
  let buf: Uint8Array = new Uint8Array(0);
  let end = -1;
  while (end < 0 && buf.length < 65536) {
    const chunk = yield* ip.sys.read(conn, 65536);
    if (typeof chunk === 'number' || chunk.length === 0) return undefined;
    buf = concatBytes([buf, chunk]);
    end = headEnd(buf);
  }
  const req = end < 0 ? undefined : parseRequest(buf, end);
  if (req === undefined) return undefined;
  const want = req.bodyStart + contentLength(req);
  while (buf.length < want) {
    const chunk = yield* ip.sys.read(conn, want - buf.length);
    if (typeof chunk === 'number' || chunk.length === 0) break;
    buf = concatBytes([buf, chunk]);
  }
  return { req, body: buf.slice(req.bodyStart, want) };
}

function* handle(ip: Interp, app: AppState, conn: number): Gen<void> {
  const got = yield* readRequest(ip, conn);
  if (got === undefined) return;
  const { req, body } = got;
  const peer = yield* ip.sys.getpeername(conn);
  const remote = typeof peer === 'number' ? '<local>' : peer.addr;
  const resp: Resp = yield* dispatch(ip, app, req, body, remote);
  const now = (yield* ip.sys.clock_gettime(CLOCK_REALTIME)).sec;
  yield* emit(
    ip,
    STDERR,
    `${remote} - - [${logDate(now)}] "${req.method} ${req.target} ${req.version}" ${resp.code} -\n`,
  );
  let head = `HTTP/1.0 ${resp.status ?? statusText(resp.code)}\r\n`;
  for (const [k, v] of resp.headers) head += `${k}: ${v}\r\n`;
  head += `Server: Werkzeug/1.0.1 Python/${app.pythonVersion}\r\nDate: ${httpDate(now)}\r\n\r\n`;
  const data = req.method === 'HEAD' ? encode(head) : concatBytes([encode(head), resp.body]);
  yield* writeAll(ip.sys, conn, data);
}
