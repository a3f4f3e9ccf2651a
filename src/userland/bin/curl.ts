// curl 7.88.1: transfer a URL over HTTP. Options: -s, -S, -o FILE, -I, -i, -v, -f, -X METHOD.
// Exit codes and messages as curl's: 6 could not resolve host, 7 failed to connect, 22 HTTP error
// with -f, 52 empty reply, 3 bad URL, 1 unsupported protocol, 2 usage.
// Simplification: HTTP only (no TLS, no redirects, no uploads); the progress meter prints only its
// first and last lines.

import type { Command } from '../command';
import { O_CREAT, O_TRUNC, O_WRONLY } from '../../kernel/abi/fcntl';
import { strerror } from '../../kernel/abi/errno';
import { TCGETS } from '../../kernel/abi/termios';
import { CLOCK_MONOTONIC } from '../sys';
import type { Gen, Program, Sys } from '../sys';
import { getopt } from '../libc/getopt';
import { STDERR, STDOUT, warn, writeAll } from '../libc/io';
import { parseUrl } from '../libc/http';
import { tcpConnect } from '../libc/tcp';
import { exchange, requestText } from '../libc/httpfetch';
import { METER_HEADER, meterLine } from './curl/meter';

const SPECS = [
  { key: 's', short: 's', long: 'silent' },
  { key: 'S', short: 'S', long: 'show-error' },
  { key: 'o', short: 'o', long: 'output', arg: true },
  { key: 'I', short: 'I', long: 'head' },
  { key: 'i', short: 'i', long: 'include' },
  { key: 'v', short: 'v', long: 'verbose' },
  { key: 'f', short: 'f', long: 'fail' },
  { key: 'X', short: 'X', long: 'request', arg: true },
];

function* msNow(sys: Sys): Gen<number> {
  const t = yield* sys.clock_gettime(CLOCK_MONOTONIC);
  return t.sec * 1000 + Math.floor(t.nsec / 1e6);
}

function* main(sys: Sys, argv: readonly string[]): Program {
  const r = getopt('curl', argv.slice(1), SPECS);
  if (!r.ok || r.operands.length === 0) {
    if (!r.ok) yield* warn(sys, r.message.replace(/^curl: /, 'curl: option: '));
    else yield* warn(sys, 'curl: no URL specified');
    yield* warn(sys, "curl: try 'curl --help' or 'curl --manual' for more information");
    return 2;
  }
  const has = (k: string): boolean => r.options.some((o) => o.key === k);
  const silent = has('s');
  const showErr = !silent || has('S');
  const verbose = has('v');
  const tc = yield* sys.ioctl(STDOUT, TCGETS);
  const tty = typeof tc === 'object' && tc !== null;
  const out = r.options.filter((o) => o.key === 'o').pop()?.value;
  const meter = !silent && (out !== undefined || !tty);
  const failWith = function* (code: number, msg: string): Gen<number> {
    if (meter) yield* writeAll(sys, STDERR, `${meterLine(0, 0, 0)}\n`);
    if (showErr) yield* warn(sys, `curl: (${code}) ${msg}`);
    return code;
  };
  const url = parseUrl(r.operands[0]!);
  if (typeof url === 'string') {
    if (url.startsWith('unsupported:'))
      return yield* failWith(1, `Protocol "${url.slice(12)}" not supported or disabled in libcurl`);
    return yield* failWith(3, `URL using bad/illegal format or missing URL`);
  }
  if (meter) yield* writeAll(sys, STDERR, `${METER_HEADER}${meterLine(0, 0, 0)}`);
  const t0 = yield* msNow(sys);
  const c = yield* tcpConnect(sys, url.host, url.port);
  if ('error' in c) {
    if (c.error === 'resolve') return yield* failWith(6, `Could not resolve host: ${url.host}`);
    const ms = (yield* msNow(sys)) - t0;
    if (verbose)
      yield* warn(
        sys,
        `*   Trying ${c.addr}:${url.port}...\n* connect to ${c.addr} port ${url.port} failed: ${strerror(-c.errno)}`,
      );
    return yield* failWith(
      7,
      `Failed to connect to ${url.host} port ${url.port} after ${ms} ms: Couldn't connect to server`,
    );
  }
  if (verbose)
    yield* warn(
      sys,
      `*   Trying ${c.addr}:${url.port}...\n* Connected to ${url.host} (${c.addr}) port ${url.port} (#0)`,
    );
  const method = r.options.filter((o) => o.key === 'X').pop()?.value ?? (has('I') ? 'HEAD' : 'GET');
  const request = requestText(method, url, 'curl/7.88.1');
  if (verbose)
    yield* writeAll(
      sys,
      STDERR,
      request
        .split('\r\n')
        .slice(0, -1)
        .map((l) => `> ${l}\r\n`)
        .join(''),
    );
  const x = yield* exchange(sys, c.fd, request, method === 'HEAD');
  yield* sys.close(c.fd);
  if (typeof x === 'string') return yield* failWith(52, 'Empty reply from server');
  if (verbose)
    yield* writeAll(
      sys,
      STDERR,
      x.headText
        .split('\r\n')
        .slice(0, -1)
        .map((l) => `< ${l}\r\n`)
        .join(''),
    );
  if (has('f') && x.head.status >= 400)
    return yield* failWith(22, `The requested URL returned error: ${x.head.status}`);
  let fd = STDOUT;
  if (out !== undefined && out !== '-') {
    fd = yield* sys.open(out, O_WRONLY | O_CREAT | O_TRUNC, 0o666);
    if (fd < 0) return yield* failWith(23, `Failure writing output to destination`);
  }
  if (has('I') || has('i')) yield* writeAll(sys, fd, x.headText);
  if (verbose && meter) yield* writeAll(sys, STDERR, `{ [${x.body.length} bytes data]\n`);
  yield* writeAll(sys, fd, x.body);
  if (fd !== STDOUT) yield* sys.close(fd);
  if (meter) {
    const speed = Math.floor((x.body.length * 1000) / Math.max(10, (yield* msNow(sys)) - t0));
    yield* writeAll(sys, STDERR, `${meterLine(x.body.length, x.body.length, speed)}\n`);
  }
  if (verbose) yield* warn(sys, '* Closing connection 0');
  return 0;
}

export const curl: Command = {
  summary: 'curl - transfer a URL',
  synopsis: 'curl [options] URL',
  description:
    'Fetch an http:// URL and write the body to standard output.\n\n-s silent; -S show errors even with -s; ' +
    '-o FILE write to FILE; -I fetch the headers only (HEAD); -i include the response headers; -v verbose; ' +
    '-f fail with exit 22 on HTTP errors; -X METHOD request method.',
  main,
};
