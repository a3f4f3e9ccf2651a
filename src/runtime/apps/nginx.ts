// nginx 1.25 as the official image runs it (`nginx -g 'daemon off;'`): the start-up notices on the
// error log, a master that accepts on port 80 and serves /usr/share/nginx/html (index.html for a
// directory, nginx's 404 page otherwise) with nginx's headers, and one access-log line per
// request in the "combined" format plus "$http_x_forwarded_for". The image links
// /var/log/nginx/access.log to /dev/stdout and error.log to /dev/stderr, so both end up in
// `docker logs`.
//
// Simplification: nginx.conf is not read (the image's default server is built in); no worker
// processes (the master clones one process per connection); GET and HEAD only; `daemon on`
// (no -g) is not modelled: nginx stays in the foreground.

import { AF_INET, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR } from '../../kernel/abi/socket';
import { O_APPEND, O_CREAT, O_WRONLY } from '../../kernel/abi/fcntl';
import { isDir } from '../../kernel/abi/stat';
import { SIGINT, SIGQUIT, SIGTERM } from '../../kernel/abi/signal';
import type { Command } from '../../userland/command';
import type { Gen, Program, Sys } from '../../userland/sys';
import { readFile, writeAll } from '../../userland/libc/io';
import { headEnd, httpDate } from '../../userland/libc/http';
import { readUntil } from '../../userland/libc/tcp';
import { gmtime, strftime } from '../../userland/libc/strftime';
import { decode, encode } from '../../lib/utf8';
import { normalizePath } from '../../lib/path';
import { reapChildren } from '../engine/wire';

const ROOT = '/usr/share/nginx/html';
const VERSION = 'nginx/1.25.3';
const NOT_FOUND = `<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>${VERSION}</center>\r\n</body>\r\n</html>\r\n`;

function* now(sys: Sys): Gen<number> {
  return (yield* sys.clock_gettime(0)).sec;
}

function* log(sys: Sys, path: string, line: string): Gen<void> {
  const fd = yield* sys.open(path, O_WRONLY | O_APPEND | O_CREAT, 0o644);
  if (fd < 0) return;
  yield* writeAll(sys, fd, line);
  yield* sys.close(fd);
}

function* notice(sys: Sys, pid: number, text: string): Gen<void> {
  const stamp = strftime('%Y/%m/%d %H:%M:%S', gmtime(yield* now(sys)));
  yield* log(sys, '/var/log/nginx/error.log', `${stamp} [notice] ${pid}#${pid}: ${text}\n`);
}

function* respond(sys: Sys, fd: number, request: string, peer: string): Gen<void> {
  const [method = '', target = '/', proto = 'HTTP/1.0'] = (request.split(/\r?\n/)[0] ?? '').split(' ');
  const agent = /\r?\nUser-Agent: ([^\r\n]*)/i.exec(request)?.[1] ?? '-';
  let path = `${ROOT}${normalizePath(`/${target.split('?')[0] ?? '/'}`)}`;
  const st = yield* sys.stat(path);
  if (typeof st !== 'number' && isDir(st.mode)) path = `${path.replace(/\/$/, '')}/index.html`;
  const data = yield* readFile(sys, path);
  const found = typeof data !== 'number';
  const body = found ? data : encode(NOT_FOUND);
  const t = yield* now(sys);
  const head = [
    `HTTP/1.1 ${found ? '200 OK' : '404 Not Found'}`,
    `Server: ${VERSION}`,
    `Date: ${httpDate(t)}`,
    `Content-Type: text/html`,
    `Content-Length: ${body.length}`,
    'Connection: close',
    ...(found ? ['Accept-Ranges: bytes'] : []),
    '',
    '',
  ].join('\r\n');
  yield* writeAll(sys, fd, head);
  if (method !== 'HEAD') yield* writeAll(sys, fd, body);
  const stamp = strftime('%d/%b/%Y:%H:%M:%S +0000', gmtime(t));
  const line = `${peer} - - [${stamp}] "${method} ${target} ${proto}" ${found ? 200 : 404} ${body.length} "-" "${agent}" "-"\n`;
  yield* log(sys, '/var/log/nginx/access.log', line);
}

function* connection(sys: Sys, fd: number): Program {
  const req = yield* readUntil(sys, fd, (b) => headEnd(b) >= 0 || b.length > 65536);
  if (typeof req === 'number') return 0;
  const peer = yield* sys.getpeername(fd);
  yield* respond(sys, fd, decode(req), typeof peer === 'number' ? '-' : peer.addr);
  yield* sys.close(fd);
  return 0;
}

export const nginx: Command = {
  summary: 'nginx - HTTP and reverse proxy server',
  synopsis: "nginx [-g 'directives']",
  description:
    'The web server of the nginx image: serves /usr/share/nginx/html on port 80 and logs each request.',
  *main(sys) {
    const pid = yield* sys.getpid();
    for (const text of ['using the "epoll" event method', VERSION, 'built by gcc 12.2.0 (Debian 12.2.0-14)'])
      yield* notice(sys, pid, text);
    const u = yield* sys.uname();
    yield* notice(sys, pid, `OS: Linux ${u.release}`);
    yield* notice(sys, pid, 'getrlimit(RLIMIT_NOFILE): 1048576:1048576');
    const s = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
    yield* sys.setsockopt(s, SOL_SOCKET, SO_REUSEADDR, 1);
    if (
      (yield* sys.bind(s, { family: AF_INET, addr: '0.0.0.0', port: 80 })) < 0 ||
      (yield* sys.listen(s, 511)) < 0
    ) {
      yield* log(
        sys,
        '/var/log/nginx/error.log',
        `nginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\n`,
      );
      return 1;
    }
    yield* notice(sys, pid, 'start worker processes');
    // SIGQUIT (the image's STOPSIGNAL) shuts down gracefully, SIGTERM and SIGINT quickly: exit 0.
    let stop = 0;
    for (const sig of [SIGQUIT, SIGTERM, SIGINT]) yield* sys.rt_sigaction(sig, (n) => void (stop = n));
    for (;;) {
      const conn = yield* sys.accept(s);
      yield* reapChildren(sys);
      if (stop !== 0) {
        yield* notice(
          sys,
          pid,
          `signal ${stop} (${stop === SIGQUIT ? 'SIGQUIT' : stop === SIGTERM ? 'SIGTERM' : 'SIGINT'}) received, ${stop === SIGQUIT ? 'shutting down' : 'exiting'}`,
        );
        yield* notice(sys, pid, 'exit');
        return 0;
      }
      if (conn < 0) continue;
      yield* sys.clone(0, () => connection(sys, conn));
      yield* sys.close(conn);
    }
  },
};
