// nc(1), netcat-openbsd 1.219: open a TCP connection (or listen for one with -l) and copy standard
// input to it and what arrives to standard output, until the peer closes. -N shuts the socket for
// writing at end of input; -z only checks that ports accept connections; -v reports.
// Simplification: TCP over IPv4 only; a helper task copies standard input (nc uses poll(2)).

import type { Command } from '../command';
import { strerror } from '../../kernel/abi/errno';
import { AF_INET, SHUT_WR, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR } from '../../kernel/abi/socket';
import { SIGKILL } from '../../kernel/abi/signal';
import type { Gen, Program, Sys } from '../sys';
import { getopt } from '../libc/getopt';
import { STDIN, STDOUT, warn, writeAll } from '../libc/io';
import { serviceName } from '../libc/netdb';
import { tcpConnect } from '../libc/tcp';

const USAGE = `usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]
\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]
\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]
\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]
\t  [destination] [port]`;

/** Copy the socket to stdout while a child copies stdin to the socket. */
function* relay(sys: Sys, fd: number, shutOnEof: boolean): Gen<number> {
  const child = yield* sys.clone(0, function* () {
    for (;;) {
      const data = yield* sys.read(STDIN, 65536);
      if (typeof data === 'number' || data.length === 0) break;
      if ((yield* writeAll(sys, fd, data)) < 0) break;
    }
    if (shutOnEof) yield* sys.shutdown(fd, SHUT_WR);
    return 0;
  });
  for (;;) {
    const data = yield* sys.read(fd, 65536);
    if (typeof data === 'number' || data.length === 0) break;
    yield* writeAll(sys, STDOUT, data);
  }
  if (child > 0) {
    yield* sys.kill(child, SIGKILL);
    yield* sys.wait4(child, 0);
  }
  yield* sys.close(fd);
  return 0;
}

function* listen(sys: Sys, port: number, verbose: boolean, shut: boolean): Gen<number> {
  const fd = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
  yield* sys.setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, 1);
  const b = yield* sys.bind(fd, { family: AF_INET, addr: '0.0.0.0', port });
  if (b < 0) {
    yield* warn(sys, `nc: Address already in use`);
    return 1;
  }
  yield* sys.listen(fd, 1);
  if (verbose) yield* warn(sys, `Listening on 0.0.0.0 ${port}`);
  const conn = yield* sys.accept(fd);
  yield* sys.close(fd);
  if (conn < 0) return 1;
  const peer = yield* sys.getpeername(conn);
  if (verbose && typeof peer !== 'number')
    yield* warn(sys, `Connection received on ${peer.addr} ${peer.port}`);
  return yield* relay(sys, conn, shut);
}

function ports(spec: string): number[] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(spec);
  if (!m) return undefined;
  const lo = Number(m[1]);
  const hi = Number(m[2] ?? m[1]);
  if (lo < 1 || hi > 65535 || lo > hi) return undefined;
  return Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
}

function* main(sys: Sys, argv: readonly string[]): Program {
  const specs = ['l', 'N', 'v', 'z', 'n', '4'].map((c) => ({ key: c, short: c }));
  const r = getopt('nc', argv.slice(1), [
    ...specs,
    { key: 'p', short: 'p', arg: true },
    { key: 'q', short: 'q', arg: true },
    { key: 'w', short: 'w', arg: true },
  ]);
  const has = (k: string): boolean => r.ok && r.options.some((o) => o.key === k);
  if (!r.ok) {
    yield* warn(sys, `${r.message}\n${USAGE}`);
    return 1;
  }
  const verbose = has('v');
  if (has('l')) {
    const p = r.options.filter((o) => o.key === 'p').pop()?.value ?? r.operands[0];
    const list = p === undefined ? undefined : ports(p);
    if (!list) {
      yield* warn(sys, USAGE);
      return 1;
    }
    return yield* listen(sys, list[0]!, verbose, has('N'));
  }
  const [host, portSpec] = r.operands;
  const list = portSpec === undefined ? undefined : ports(portSpec);
  if (host === undefined || !list) {
    yield* warn(sys, USAGE);
    return 1;
  }
  let status = 1;
  for (const port of list) {
    const c = yield* tcpConnect(sys, host, port);
    if ('error' in c) {
      if (c.error === 'resolve') {
        yield* warn(sys, `nc: getaddrinfo for host "${host}" port ${port}: Name or service not known`);
        return 1;
      }
      if (verbose)
        yield* warn(sys, `nc: connect to ${host} port ${port} (tcp) failed: ${strerror(-c.errno)}`);
      continue;
    }
    status = 0;
    if (verbose)
      yield* warn(sys, `Connection to ${host} ${port} port [tcp/${serviceName(port) ?? '*'}] succeeded!`);
    if (has('z')) yield* sys.close(c.fd);
    else return yield* relay(sys, c.fd, has('N'));
  }
  return status;
}

export const nc: Command = {
  summary: 'nc - arbitrary TCP and UDP connections and listens',
  synopsis: 'nc [-lNvz] [-p port] [destination] [port]',
  description:
    'Connect to DESTINATION PORT (or listen with -l [-p] PORT) and copy standard input to the connection ' +
    'and the connection to standard output.\n\n-l listen; -N shut down the sending side at end of input; ' +
    '-z only check whether ports (N or N-M) accept connections; -v report what happens.',
  main,
};
