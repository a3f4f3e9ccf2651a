// TCP sockets (net/ipv4/tcp.c, inet_connection_sock.c): bind, listen with an accept queue, connect
// (refused with a reset when nothing listens, "No route to host" when the neighbour is not found,
// a timeout when packets get lost), and a reliable byte stream each way with end-of-file after the
// peer's FIN (shutdown or close).
// Simplification: a connection is two socket objects joined directly; the handshake completes in
// one step and data is delivered at once (counters are charged as if segments had been sent). No
// TIME_WAIT, no backlog limit, no urgent data, no resets for unread data at close.

import {
  ECONNREFUSED,
  EHOSTUNREACH,
  EINVAL,
  EISCONN,
  ENETUNREACH,
  ENOTCONN,
  EPIPE,
  EAGAIN,
  ECONNRESET,
  ETIMEDOUT,
} from '../abi/errno';
import { IPPROTO_TCP, SHUT_RD, SHUT_WR } from '../abi/socket';
import { SIGPIPE } from '../abi/signal';
import { WaitQueue } from '../vfs/inode';
import type { Block, IoResult } from '../vfs/inode';
import type { Task } from '../task/task';
import type { NetStack } from './stack';
import type { ProtoSocket } from './socket';
import { checkBind } from './socket';
import { ARP_TIMEOUT_NS, charge, deliver } from './path';

/** Receive buffer size (net.ipv4.tcp_rmem default). */
export const TCP_RMEM = 131072;
/** tcp_syn_retries = 6: a connect whose packets are lost gives up after about 127 s. */
export const SYN_TIMEOUT_NS = 127e9;
/** Ethernet + IP + TCP (with timestamps) header bytes of a segment. */
const HEADERS = 66;

export class TcpSocket implements ProtoSocket {
  readonly proto = IPPROTO_TCP;
  state: 'CLOSE' | 'LISTEN' | 'ESTABLISHED' | 'CLOSED' = 'CLOSE';
  localAddr = 0;
  localPort = 0;
  remoteAddr = 0;
  remotePort = 0;
  reuseAddr = false;
  bound = false;
  peer: TcpSocket | undefined;
  readonly acceptQueue: TcpSocket[] = [];
  readonly readWait = new WaitQueue();
  readonly writeWait = new WaitQueue();
  private chunks: Uint8Array[] = [];
  private length = 0;
  private finReceived = false;
  private readShut = false;
  private writeShut = false;
  private released = false;
  private reset = false;

  constructor(readonly stack: NetStack) {}

  get listening(): boolean {
    return this.state === 'LISTEN';
  }

  private wake(q: WaitQueue): void {
    this.stack.k.wakeAll(q);
  }

  bind(addr: number, port: number): number {
    if (this.bound) return -EINVAL;
    const chosen = port === 0 ? this.stack.ephemeralPort(this.proto) : port;
    const bad = checkBind(this.stack, this, addr, chosen, this.reuseAddr);
    if (bad < 0) return bad;
    this.localAddr = addr;
    this.localPort = chosen;
    this.bound = true;
    this.stack.sockets.add(this);
    return 0;
  }

  listen(): number {
    if (this.state === 'ESTABLISHED' || this.state === 'CLOSED') return -EINVAL;
    if (!this.bound) {
      const r = this.bind(0, 0);
      if (r < 0) return r;
    }
    this.state = 'LISTEN';
    return 0;
  }

  accept(nonblock: boolean): TcpSocket | number | Block {
    if (this.state !== 'LISTEN') return -EINVAL;
    const next = this.acceptQueue.shift();
    if (next) return next;
    return nonblock ? -EAGAIN : { block: this.readWait };
  }

  connect(t: Task, dst: number, port: number): number | Block {
    if (this.state === 'ESTABLISHED') return -EISCONN;
    if (this.state !== 'CLOSE') return -EINVAL;
    const now = this.stack.k.clock.monotonicNs;
    const pending = t.sysState as { untilNs: number; errno: number } | undefined;
    if (pending) return now < pending.untilNs ? { block: null, untilNs: pending.untilNs } : pending.errno;
    const fail = (errno: number, delay: number): Block => {
      t.sysState = { untilNs: now + delay, errno };
      return { block: null, untilNs: now + delay };
    };
    const d = deliver(this.stack, dst);
    if (!d.ok) {
      if (d.errno === -ENETUNREACH) return d.errno;
      return d.errno === -EHOSTUNREACH ? fail(d.errno, ARP_TIMEOUT_NS) : fail(-ETIMEDOUT, SYN_TIMEOUT_NS);
    }
    charge(d.hops, HEADERS + 8);
    const back = deliver(d.to, d.src);
    if (!back.ok || back.to !== this.stack) return fail(-ETIMEDOUT, SYN_TIMEOUT_NS);
    const listener = [...d.to.sockets].find(
      (s): s is TcpSocket =>
        s instanceof TcpSocket &&
        s.listening &&
        s.localPort === port &&
        (s.localAddr === 0 || s.localAddr === dst),
    );
    if (!listener) {
      charge(back.hops, 54);
      return -ECONNREFUSED;
    }
    if (!this.bound) {
      const r = this.bind(0, 0);
      if (r < 0) return r;
    }
    if (this.localAddr === 0) this.localAddr = d.src;
    this.establish(d.to, dst, port, listener);
    charge(back.hops, HEADERS + 8);
    charge(d.hops, HEADERS);
    return 0;
  }

  private establish(to: NetStack, dst: number, port: number, listener: TcpSocket): void {
    const server = new TcpSocket(to);
    server.localAddr = dst;
    server.localPort = port;
    server.remoteAddr = this.localAddr;
    server.remotePort = this.localPort;
    server.state = 'ESTABLISHED';
    server.bound = true;
    server.peer = this;
    this.remoteAddr = dst;
    this.remotePort = port;
    this.state = 'ESTABLISHED';
    this.peer = server;
    listener.acceptQueue.push(server);
    this.wake(listener.readWait);
  }

  read(count: number, nonblock: boolean): IoResult {
    if (this.length > 0) {
      const out = new Uint8Array(Math.min(count, this.length));
      let at = 0;
      while (at < out.length) {
        const head = this.chunks[0]!;
        const take = Math.min(head.length, out.length - at);
        out.set(head.subarray(0, take), at);
        at += take;
        if (take === head.length) this.chunks.shift();
        else this.chunks[0] = head.subarray(take);
      }
      this.length -= out.length;
      if (this.peer) this.wake(this.peer.writeWait);
      return out;
    }
    if (this.reset) return -ECONNRESET;
    if (this.finReceived || this.readShut) return new Uint8Array(0);
    if (this.state !== 'ESTABLISHED') return -ENOTCONN;
    return nonblock ? -EAGAIN : { block: this.readWait };
  }

  write(data: Uint8Array, nonblock: boolean): number | Block {
    if (this.state !== 'ESTABLISHED' && this.state !== 'CLOSED') return -ENOTCONN;
    const peer = this.peer;
    if (this.writeShut || !peer || peer.released) {
      this.stack.k.signalCurrent(SIGPIPE);
      return -EPIPE;
    }
    if (data.length === 0) return 0;
    const room = TCP_RMEM - peer.length;
    if (room <= 0) return nonblock ? -EAGAIN : { block: this.writeWait };
    const n = Math.min(room, data.length);
    if (!peer.readShut) {
      peer.chunks.push(data.slice(0, n));
      peer.length += n;
      this.wake(peer.readWait);
    }
    this.segment(n);
    return n;
  }

  /** Charge a data segment and its acknowledgement. */
  private segment(bytes: number): void {
    const d = deliver(this.stack, this.remoteAddr);
    if (d.ok) charge(d.hops, bytes + HEADERS);
    if (this.peer) {
      const back = deliver(this.peer.stack, this.localAddr);
      if (back.ok) charge(back.hops, HEADERS);
    }
  }

  shutdown(how: number): number {
    if (this.state !== 'ESTABLISHED') return -ENOTCONN;
    if (how !== SHUT_WR) {
      this.readShut = true;
      this.wake(this.readWait);
    }
    if (how !== SHUT_RD) this.sendFin();
    return 0;
  }

  private sendFin(): void {
    if (this.writeShut) return;
    this.writeShut = true;
    const peer = this.peer;
    if (!peer) return;
    peer.finReceived = true;
    this.wake(peer.readWait);
    this.segment(0);
  }

  release(): void {
    this.released = true;
    this.stack.sockets.delete(this);
    for (const child of this.acceptQueue.splice(0)) child.abort();
    if (this.state === 'ESTABLISHED') this.sendFin();
    if (this.peer) this.wake(this.peer.writeWait);
    this.state = 'CLOSED';
  }

  /** A connection nobody accepted: the listener closed, the client gets a reset. */
  private abort(): void {
    this.released = true;
    this.state = 'CLOSED';
    const peer = this.peer;
    if (!peer) return;
    peer.reset = true;
    this.wake(peer.readWait);
    this.wake(peer.writeWait);
  }
}
