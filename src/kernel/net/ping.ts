// ICMP echo "ping" sockets (socket(AF_INET, SOCK_DGRAM, IPPROTO_ICMP), net/ipv4/ping.c): the
// kernel sends the echo request and hands back the echo reply, which the destination namespace's
// kernel answers unless net.ipv4.icmp_echo_ignore_all is set. A reply arrives after a small virtual
// round-trip time; an unreachable neighbour queues an error entry (as IP_RECVERR reports
// "Destination Host Unreachable") once address resolution gives up.
// Simplification: the echo identifier is kept as the program set it; no raw sockets, no other
// ICMP types; TTL is 64 less the routers crossed.

import { EAGAIN, EDESTADDRREQ, EINVAL, ENETUNREACH } from '../abi/errno';
import { ICMP_ECHO, ICMP_ECHOREPLY, IPPROTO_ICMP } from '../abi/socket';
import type { Datagram } from '../abi/socket';
import { formatIPv4 } from '../../lib/inet';
import { WaitQueue } from '../vfs/inode';
import type { Block, IoResult } from '../vfs/inode';
import type { Task } from '../task/task';
import type { NetStack } from './stack';
import type { ProtoSocket } from './socket';
import { checkBind } from './socket';
import { ARP_TIMEOUT_NS, charge, deliver, latencyNs } from './path';

/** Ethernet + IPv4 header bytes around an ICMP message. */
const HEADERS = 34;

interface Queued {
  readonly readyAt: number;
  readonly dgram: Datagram;
}

/** The Internet checksum (RFC 1071) of an ICMP message. */
export function icmpChecksum(msg: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < msg.length; i += 2) sum += (msg[i]! << 8) | (msg[i + 1] ?? 0);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

export class PingSocket implements ProtoSocket {
  readonly proto = IPPROTO_ICMP;
  readonly listening = false;
  reuseAddr = false;
  localAddr = 0;
  localPort = 0;
  connected: number | undefined;
  /** SO_RCVTIMEO in ns (0: wait forever). */
  rcvTimeoNs = 0;
  private readonly queue: Queued[] = [];
  private readonly wait = new WaitQueue();

  constructor(readonly stack: NetStack) {}

  bind(addr: number): number {
    if (this.localPort !== 0) return -EINVAL;
    const bad = checkBind(this.stack, this, addr, 0, false);
    if (bad < 0) return bad;
    this.localAddr = addr;
    this.localPort = this.stack.ephemeralPort(this.proto);
    this.stack.sockets.add(this);
    return 0;
  }

  /** connect(2) on a datagram socket: fix the destination and learn the source address. */
  connect(dst: number): number {
    const r = this.stack.lookup(dst);
    if (!r) return -ENETUNREACH;
    if (this.localPort === 0) this.bind(0);
    if (this.localAddr === 0) this.localAddr = r.src;
    this.connected = dst;
    return 0;
  }

  sendto(data: Uint8Array, dst: number | undefined): number {
    const to = dst ?? this.connected;
    if (to === undefined) return -EDESTADDRREQ;
    if (data.length < 8 || data[0] !== ICMP_ECHO || data[1] !== 0) return -EINVAL;
    if (this.localPort === 0) this.bind(0);
    const k = this.stack.k;
    const now = k.clock.monotonicNs;
    const d = deliver(this.stack, to);
    if (!d.ok) {
      if (d.errno === -ENETUNREACH) return d.errno;
      if (d.reporter !== 0) this.push(now + ARP_TIMEOUT_NS, this.error(data, d.reporter, d.errno));
      return data.length;
    }
    charge(d.hops, data.length + HEADERS);
    if (d.to.echoIgnoreAll) return data.length;
    const back = deliver(d.to, d.src);
    if (!back.ok || back.to !== this.stack) return data.length;
    charge(back.hops, data.length + HEADERS);
    const reply = data.slice();
    reply[0] = ICMP_ECHOREPLY;
    reply[2] = 0;
    reply[3] = 0;
    const sum = icmpChecksum(reply);
    reply[2] = sum >> 8;
    reply[3] = sum & 255;
    const rtt = latencyNs(d.hops, k.rng.int(9000)) + latencyNs(back.hops, k.rng.int(9000));
    const from = { family: 2, addr: formatIPv4(to), port: 0 };
    this.push(now + rtt, { data: reply, from, ttl: back.ttl });
    return data.length;
  }

  private error(data: Uint8Array, reporter: number, errno: number): Datagram {
    return { data: data.slice(), from: { family: 2, addr: formatIPv4(reporter), port: 0 }, ttl: 64, errno };
  }

  private push(readyAt: number, dgram: Datagram): void {
    let i = this.queue.length;
    while (i > 0 && this.queue[i - 1]!.readyAt > readyAt) i--;
    this.queue.splice(i, 0, { readyAt, dgram });
    this.stack.k.wakeAll(this.wait);
  }

  recvfrom(t: Task, count: number, nonblock: boolean): Datagram | number | Block {
    const now = this.stack.k.clock.monotonicNs;
    const head = this.queue[0];
    if (head && head.readyAt <= now) {
      this.queue.shift();
      const d = head.dgram;
      return d.data.length > count ? { ...d, data: d.data.slice(0, count) } : d;
    }
    if (nonblock) return -EAGAIN;
    let deadline: number | undefined;
    if (this.rcvTimeoNs > 0) {
      deadline = (t.sysState as number | undefined) ?? now + this.rcvTimeoNs;
      t.sysState = deadline;
      if (now >= deadline) return -EAGAIN;
    }
    const until = Math.min(head?.readyAt ?? Infinity, deadline ?? Infinity);
    return until === Infinity ? { block: this.wait } : { block: this.wait, untilNs: until };
  }

  read(count: number, nonblock: boolean): IoResult {
    const head = this.queue[0];
    if (head && head.readyAt <= this.stack.k.clock.monotonicNs) {
      this.queue.shift();
      return head.dgram.data.slice(0, count);
    }
    return nonblock ? -EAGAIN : { block: this.wait, ...(head ? { untilNs: head.readyAt } : {}) };
  }

  write(data: Uint8Array): number | Block {
    return this.connected === undefined ? -EDESTADDRREQ : this.sendto(data, undefined);
  }

  release(): void {
    this.stack.sockets.delete(this);
  }
}
