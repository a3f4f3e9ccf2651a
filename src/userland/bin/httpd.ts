// httpd from busybox 1.35: a tiny web server. `httpd -f -p PORT -h DIR` serves files from DIR
// (index.html for directories) with busybox's HTTP/1.1 headers and its 404 page, closing the
// connection after each response. Without -f it goes to the background (the parent exits 0).
// Simplification: one connection at a time in one process (busybox forks per connection); GET
// and HEAD only; no CGI, no auth, no ranges.

import type { Command } from '../command';
import { isDir } from '../../kernel/abi/stat';
import { AF_INET, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR } from '../../kernel/abi/socket';
import { strerror } from '../../kernel/abi/errno';
import { CLOCK_REALTIME } from '../sys';
import type { Gen, Program, Sys } from '../sys';
import { decode } from '../../lib/utf8';
import { normalizePath } from '../../lib/path';
import { getopt } from '../libc/getopt';
import { readFile, warn, writeAll } from '../libc/io';
import { contentType, headEnd, httpDate } from '../libc/http';
import { readUntil } from '../libc/tcp';

const NOT_FOUND =
  '<HTML><HEAD><TITLE>404 Not Found</TITLE></HEAD>\n<BODY><H1>404 Not Found</H1>\nThe requested URL was not found\n</BODY></HTML>\n';

function* serve(sys: Sys, fd: number, home: string): Gen<void> {
  const req = yield* readUntil(sys, fd, (b) => headEnd(b) >= 0 || b.length > 65536);
  if (typeof req === 'number') return;
  const [method = '', target = '/'] = decode(req).split(/\r?\n/)[0]!.split(' ');
  const now = (yield* sys.clock_gettime(CLOCK_REALTIME)).sec;
  const path = normalizePath(`/${decodeURIComponent(target.split('?')[0] ?? '/')}`);
  let file = `${home}${path}`;
  let st = yield* sys.stat(file);
  if (typeof st !== 'number' && isDir(st.mode)) {
    file = `${file.replace(/\/$/, '')}/index.html`;
    st = yield* sys.stat(file);
  }
  const body = typeof st === 'number' || isDir(st.mode) ? undefined : yield* readFile(sys, file);
  const base = `Date: ${httpDate(now)}\r\nConnection: close\r\nContent-type: `;
  if (typeof st === 'number' || !(body instanceof Uint8Array)) {
    yield* writeAll(
      sys,
      fd,
      `HTTP/1.1 404 Not Found\r\n${base}text/html\r\n\r\n${method === 'HEAD' ? '' : NOT_FOUND}`,
    );
    return;
  }
  const mtime = Math.floor(st.mtimeNs / 1e9);
  const head =
    `HTTP/1.1 200 OK\r\n${base}${contentType(file)}\r\nAccept-Ranges: bytes\r\n` +
    `Last-Modified: ${httpDate(mtime)}\r\nETag: "${mtime.toString(16)}-${body.length.toString(16)}"\r\n` +
    `Content-Length: ${body.length}\r\n\r\n`;
  yield* writeAll(sys, fd, head);
  if (method !== 'HEAD') yield* writeAll(sys, fd, body);
}

function* server(sys: Sys, listener: number, home: string): Program {
  for (;;) {
    const fd = yield* sys.accept(listener);
    if (fd < 0) return 1;
    yield* serve(sys, fd, home);
    yield* sys.close(fd);
  }
}

function* main(sys: Sys, argv: readonly string[]): Program {
  const specs = [
    { key: 'f', short: 'f' },
    { key: 'v', short: 'v' },
    { key: 'p', short: 'p', arg: true },
    { key: 'h', short: 'h', arg: true },
  ];
  const r = getopt('httpd', argv.slice(1), specs);
  if (!r.ok) {
    yield* warn(
      sys,
      `${r.message}\nBusyBox v1.35.0 (Debian 1:1.35.0-4+b3) multi-call binary.\n\nUsage: httpd [-ifvv] [-c CONFFILE] [-p [IP:]PORT] [-u USER[:GRP]] [-r REALM] [-h HOME]`,
    );
    return 1;
  }
  const opt = (k: string): string | undefined => r.options.filter((o) => o.key === k).pop()?.value;
  const spec = opt('p') ?? '80';
  const [ip, port] = spec.includes(':')
    ? [spec.slice(0, spec.lastIndexOf(':')), spec.slice(spec.lastIndexOf(':') + 1)]
    : ['0.0.0.0', spec];
  const home = opt('h') ?? '.';
  const fd = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
  yield* sys.setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, 1);
  const bound = yield* sys.bind(fd, { family: AF_INET, addr: ip || '0.0.0.0', port: Number(port) });
  if (bound < 0) {
    yield* warn(sys, `httpd: bind: ${strerror(-bound)}`);
    return 1;
  }
  yield* sys.listen(fd, 9);
  if (r.options.some((o) => o.key === 'f')) return yield* server(sys, fd, home);
  const child = yield* sys.clone(0, () => server(sys, fd, home));
  return child < 0 ? 1 : 0;
}

export const httpd: Command = {
  summary: 'httpd - a tiny HTTP server (busybox)',
  synopsis: 'httpd [-f] [-v] [-p [IP:]PORT] [-h HOME]',
  description:
    'Listen on PORT (default 80) and serve the files under HOME (default: the current directory), ' +
    'index.html for a directory, a 404 page otherwise.\n\n-f stay in the foreground; -p [IP:]PORT address to listen on; -h HOME the document root.',
  main,
};
