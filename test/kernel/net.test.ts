import { describe, expect, it } from 'vitest';
import { bootWith } from './harness';
import { readAll, writeAll } from '../../src/userland/libc/io';
import { decode } from '../../src/lib/utf8';
import * as E from '../../src/kernel/abi/errno';
import { CLONE_NEWNET } from '../../src/kernel/abi/sched';
import { O_RDONLY } from '../../src/kernel/abi/fcntl';
import {
  AF_INET,
  IPPROTO_ICMP,
  SHUT_WR,
  SOCK_DGRAM,
  SOCK_STREAM,
  SOL_SOCKET,
  SO_RCVTIMEO,
} from '../../src/kernel/abi/socket';
import type { Datagram } from '../../src/kernel/abi/socket';
import {
  NLM_F_CREATE,
  NLM_F_EXCL,
  RTM_GETLINK,
  RTM_NEWADDR,
  RTM_NEWLINK,
  RTM_SETLINK,
} from '../../src/kernel/abi/rtnetlink';
import type { LinkMsg } from '../../src/kernel/abi/rtnetlink';
import type { Gen, Sys } from '../../src/userland/sys';

function* say(sys: Sys, ...values: unknown[]) {
  yield* writeAll(sys, 1, values.map(String).join(' ') + '\n');
}

function* links(sys: Sys): Gen<LinkMsg[]> {
  return (yield* sys.rtnetlink({ type: RTM_GETLINK })) as LinkMsg[];
}

function* index(sys: Sys, name: string): Gen<number> {
  return (yield* links(sys)).find((l) => l.ifname === name)?.index ?? -1;
}

/** Configure this namespace's end of a veth: address, up, and lo up. */
function* configure(sys: Sys, name: string, addr: string): Gen<void> {
  const i = yield* index(sys, name);
  yield* sys.rtnetlink({ type: RTM_NEWADDR, index: i, local: addr, prefixlen: 24 });
  yield* sys.rtnetlink({ type: RTM_SETLINK, index: i, up: true });
  yield* sys.rtnetlink({ type: RTM_SETLINK, index: yield* index(sys, 'lo'), up: true });
}

const echo = (seq: number): Uint8Array => Uint8Array.from([8, 0, 0, 0, 0, 7, 0, seq, 1, 2, 3, 4]);

describe('network namespaces', () => {
  it('a new namespace has only lo, down, and the host has lo and eth0', () => {
    const r = bootWith().run(function* (sys) {
      yield* say(sys, (yield* links(sys)).map((l) => `${l.index}:${l.ifname}:${l.operstate}`).join(' '));
      yield* sys.unshare(CLONE_NEWNET);
      yield* say(
        sys,
        (yield* links(sys)).map((l) => `${l.index}:${l.ifname}:${l.operstate}:${l.qdisc}`).join(' '),
      );
      return 0;
    });
    expect(r.output).toBe('1:lo:UNKNOWN 2:eth0:UP\n1:lo:DOWN:noop\n');
  });

  it('loopback TCP works once lo is up; before that connect fails with ENETUNREACH', () => {
    const r = bootWith().run(function* (sys) {
      yield* sys.unshare(CLONE_NEWNET);
      const c0 = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
      yield* say(sys, yield* sys.connect(c0, { family: AF_INET, addr: '127.0.0.1', port: 80 }));
      yield* sys.rtnetlink({ type: RTM_SETLINK, index: 1, up: true });
      const c1 = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
      yield* say(sys, yield* sys.connect(c1, { family: AF_INET, addr: '127.0.0.1', port: 80 }));
      const l = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
      yield* say(
        sys,
        yield* sys.bind(l, { family: AF_INET, addr: '0.0.0.0', port: 80 }),
        yield* sys.listen(l, 5),
      );
      const l2 = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
      yield* say(sys, yield* sys.bind(l2, { family: AF_INET, addr: '127.0.0.1', port: 80 }));
      const c = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
      yield* say(sys, yield* sys.connect(c, { family: AF_INET, addr: '127.0.0.1', port: 80 }));
      const a = yield* sys.accept(l);
      yield* sys.write(c, 'ping');
      yield* sys.shutdown(c, SHUT_WR);
      yield* say(sys, decode((yield* readAll(sys, a)) as Uint8Array));
      const peer = yield* sys.getpeername(a);
      yield* say(sys, typeof peer === 'number' ? peer : peer.addr);
      return 0;
    });
    expect(r.output).toBe(
      `${-E.ENETUNREACH}\n${-E.ECONNREFUSED}\n0 0\n${-E.EADDRINUSE}\n0\nping\n127.0.0.1\n`,
    );
  });

  it('a server and a client in different namespaces talk over a veth pair', () => {
    const r = bootWith().run(function* (sys) {
      const up = (yield* sys.pipe2(0)) as [number, number];
      const go = (yield* sys.pipe2(0)) as [number, number];
      const server = yield* sys.clone(CLONE_NEWNET, function* () {
        yield* sys.write(up[1], 'x');
        yield* sys.read(go[0], 1);
        yield* configure(sys, 'v1', '10.1.0.2');
        const l = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
        yield* sys.bind(l, { family: AF_INET, addr: '0.0.0.0', port: 8080 });
        yield* sys.listen(l, 5);
        yield* sys.write(up[1], 'y');
        const a = yield* sys.accept(l);
        const req = decode((yield* readAll(sys, a)) as Uint8Array);
        yield* sys.write(a, `got ${req}`);
        yield* sys.close(a);
        return 0;
      });
      yield* sys.read(up[0], 1);
      const veth = {
        type: RTM_NEWLINK,
        flags: NLM_F_CREATE | NLM_F_EXCL,
        ifname: 'v0',
        kind: 'veth',
        peer: 'v1',
      } as const;
      yield* say(sys, yield* sys.rtnetlink(veth), JSON.stringify(yield* sys.rtnetlink(veth)));
      yield* sys.rtnetlink({ type: RTM_SETLINK, index: yield* index(sys, 'v1'), netnsPid: server });
      yield* configure(sys, 'v0', '10.1.0.1');
      const v0 = (yield* links(sys)).find((l) => l.ifname === 'v0');
      yield* say(sys, v0?.index, v0?.link, v0?.linkNetnsid, v0?.operstate);
      yield* sys.write(go[1], 'x');
      yield* sys.read(up[0], 1);
      const refused = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
      yield* say(sys, yield* sys.connect(refused, { family: AF_INET, addr: '10.1.0.2', port: 9 }));
      const c = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
      yield* say(sys, yield* sys.connect(c, { family: AF_INET, addr: '10.1.0.2', port: 8080 }));
      const me = yield* sys.getsockname(c);
      yield* say(sys, typeof me === 'number' ? me : me.addr);
      yield* sys.write(c, 'hello');
      yield* sys.shutdown(c, SHUT_WR);
      yield* say(sys, decode((yield* readAll(sys, c)) as Uint8Array));
      const t0 = yield* sys.clock_gettime(1);
      const lost = yield* sys.socket(AF_INET, SOCK_STREAM, 0);
      yield* say(sys, yield* sys.connect(lost, { family: AF_INET, addr: '10.1.0.3', port: 80 }));
      const t1 = yield* sys.clock_gettime(1);
      yield* say(sys, t1.sec - t0.sec);
      return 0;
    });
    expect(r.output).toBe(
      `0 ${-E.EEXIST}\n4 3 0 LOWERLAYERDOWN\n${-E.ECONNREFUSED}\n0\n10.1.0.1\ngot hello\n${-E.EHOSTUNREACH}\n3\n`,
    );
  });

  it('ping sockets get echo replies after a small delay, and errors for unreachable neighbours', () => {
    const r = bootWith().run(function* (sys) {
      const s = yield* sys.socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP);
      const t0 = yield* sys.clock_gettime(1);
      yield* sys.sendto(s, echo(1), 0, { family: AF_INET, addr: '127.0.0.1', port: 0 });
      const reply = (yield* sys.recvfrom(s, 100, 0)) as Datagram;
      const t1 = yield* sys.clock_gettime(1);
      const us = (t1.sec - t0.sec) * 1e6 + (t1.nsec - t0.nsec) / 1000;
      yield* say(sys, reply.data[0], reply.data[7], reply.from.addr, reply.ttl, us > 20 && us < 200);
      yield* sys.sendto(s, echo(2), 0, { family: AF_INET, addr: '10.0.2.2', port: 0 });
      const err = (yield* sys.recvfrom(s, 100, 0)) as Datagram;
      yield* say(sys, err.errno, err.from.addr, err.data[7]);
      yield* sys.setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, 1e9);
      yield* say(sys, yield* sys.recvfrom(s, 100, 0));
      yield* say(sys, yield* sys.sendto(s, echo(3), 0, { family: AF_INET, addr: '0.0.0.0', port: 0 }));
      return 0;
    });
    expect(r.output).toBe(`0 1 127.0.0.1 64 true\n${-E.EHOSTUNREACH} 10.0.2.15 2\n${-E.EAGAIN}\n12\n`);
  });

  it('/proc/net/dev lists only lo in a new namespace', () => {
    const r = bootWith().run(function* (sys) {
      yield* sys.unshare(CLONE_NEWNET);
      const fd = yield* sys.open('/proc/net/dev', O_RDONLY);
      yield* writeAll(sys, 1, (yield* readAll(sys, fd)) as Uint8Array);
      return 0;
    });
    expect(r.output).toBe(
      'Inter-|   Receive                                                |  Transmit\n' +
        ' face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed\n' +
        '    lo:       0       0    0    0    0     0          0         0        0       0    0    0    0     0       0          0\n',
    );
  });
});
