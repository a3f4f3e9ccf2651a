// docker-proxy: the userland proxy dockerd starts for each published port (-p 4000:80). It listens
// on the host port and, for every connection, connects to the container's address and copies
// bytes both ways (one process per direction, as the kernel model has no poll).
//
// Simplification: TCP only; no iptables DNAT rules alongside it, so every published connection
// goes through this proxy (as with --userland-proxy and no netfilter).

import { AF_INET, SHUT_WR, SOCK_STREAM, SOL_SOCKET, SO_REUSEADDR } from '../../kernel/abi/socket';
import type { Command } from '../../userland/command';
import type { Gen, Program, Sys } from '../../userland/sys';
import { warn, writeAll } from '../../userland/libc/io';
import { SIGTERM } from '../../kernel/abi/signal';
import type { Container } from './state';
import { reapChildren } from './wire';

function arg(argv: readonly string[], name: string): string {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? '') : '';
}

function* pump(sys: Sys, from: number, to: number): Gen<void> {
  for (;;) {
    const chunk = yield* sys.read(from, 65536);
    if (typeof chunk === 'number' || chunk.length === 0) break;
    if ((yield* writeAll(sys, to, chunk)) < 0) break;
  }
  yield* sys.shutdown(to, SHUT_WR);
}

function* relay(sys: Sys, client: number, ip: string, port: number): Program {
  const up = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
  if (up < 0 || (yield* sys.connect(up, { family: AF_INET, addr: ip, port })) < 0) return 1;
  const back = yield* sys.clone(0, function* () {
    yield* pump(sys, up, client);
    return 0;
  });
  yield* pump(sys, client, up);
  if (back > 0) yield* sys.wait4(back, 0);
  return 0;
}

export const dockerProxy: Command = {
  summary: 'docker-proxy - forward a published port to a container',
  synopsis: 'docker-proxy -proto tcp -host-ip IP -host-port PORT -container-ip IP -container-port PORT',
  description:
    'Started by dockerd for each -p mapping: accepts connections on the host port and relays them to the container.',
  *main(sys, argv) {
    const hostIp = arg(argv, '-host-ip') || '0.0.0.0';
    const hostPort = Number(arg(argv, '-host-port'));
    const ip = arg(argv, '-container-ip');
    const port = Number(arg(argv, '-container-port'));
    const s = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
    yield* sys.setsockopt(s, SOL_SOCKET, SO_REUSEADDR, 1);
    const b = yield* sys.bind(s, { family: AF_INET, addr: hostIp, port: hostPort });
    if (b < 0 || (yield* sys.listen(s, 128)) < 0) {
      yield* warn(sys, `listen tcp4 ${hostIp}:${hostPort}: bind: address already in use`);
      return 1;
    }
    yield* sys.write(3, 'R');
    yield* sys.close(3);
    for (;;) {
      const conn = yield* sys.accept(s);
      yield* reapChildren(sys);
      if (conn < 0) continue;
      yield* sys.clone(0, () => relay(sys, conn, ip, port));
      yield* sys.close(conn);
    }
  },
};

/** Start one docker-proxy per published port; an error text (dockerd's words) or the pids. */
export function* startProxies(sys: Sys, c: Container): Gen<number[] | string> {
  const pids: number[] = [];
  for (const p of c.hostConfig.portBindings) {
    const pipe = yield* sys.pipe2(0);
    if (typeof pipe === 'number') return 'pipe failed';
    const [r, w] = pipe;
    const hostIp = p.hostIp || '0.0.0.0';
    const argv = [
      'docker-proxy',
      '-proto',
      p.proto,
      '-host-ip',
      hostIp,
      '-host-port',
      String(p.hostPort),
      '-container-ip',
      c.ip,
      '-container-port',
      String(p.containerPort),
    ];
    const pid = yield* sys.clone(0, function* () {
      yield* sys.dup2(w, 3);
      yield* sys.execve('/usr/bin/docker-proxy', argv, []);
      return 127;
    });
    yield* sys.close(w);
    const ready = yield* sys.read(r, 1);
    yield* sys.close(r);
    if (typeof ready === 'number' || ready.length === 0) {
      if (pid > 0) yield* sys.wait4(pid, 0);
      for (const q of pids) yield* stopProxy(sys, q);
      return `driver failed programming external connectivity on endpoint ${c.name} (${c.id}): Error starting userland proxy: listen ${p.proto}4 ${hostIp}:${p.hostPort}: bind: address already in use`;
    }
    pids.push(pid);
  }
  return pids;
}

export function* stopProxy(sys: Sys, pid: number): Gen<void> {
  yield* sys.kill(pid, SIGTERM);
  yield* sys.wait4(pid, 0);
}
