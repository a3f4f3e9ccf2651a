// The socket system calls (net/socket.c) and the rtnetlink entry point: socket, bind, listen,
// accept, connect, shutdown, getsockname, getpeername, setsockopt, sendto, recvfrom.

import {
  EAFNOSUPPORT,
  EBADF,
  EINVAL,
  ENOPROTOOPT,
  ENOTSOCK,
  EOPNOTSUPP,
  EPROTONOSUPPORT,
  ENOTCONN,
} from '../abi/errno';
import { O_CLOEXEC, O_NONBLOCK, O_RDWR } from '../abi/fcntl';
import {
  AF_INET,
  IPPROTO_ICMP,
  IPPROTO_IP,
  IPPROTO_TCP,
  MSG_DONTWAIT,
  SOCK_CLOEXEC,
  SOCK_DGRAM,
  SOCK_NONBLOCK,
  SOCK_STREAM,
  SOL_SOCKET,
  SO_RCVTIMEO,
  SO_REUSEADDR,
} from '../abi/socket';
import type { Datagram, SockAddrIn } from '../abi/socket';
import type { RtReply, RtRequest } from '../abi/rtnetlink';
import { formatIPv4 } from '../../lib/inet';
import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import { OpenFile } from '../vfs/file';
import type { Block } from '../vfs/inode';
import { stackOf } from './index';
import { PingSocket } from './ping';
import { TcpSocket } from './tcp';
import { SocketInode, addrOf } from './socket';
import type { ProtoSocket } from './socket';
import { rtnetlink } from './rtnetlink';

function install(t: Task, sock: ProtoSocket, flags: number): number {
  const inode = new SocketInode(sock, sock.stack.shared.sockfs.allocIno());
  const file = new OpenFile(
    inode,
    undefined,
    O_RDWR | (flags & SOCK_NONBLOCK ? O_NONBLOCK : 0),
    `socket:[${inode.ino}]`,
  );
  return t.fds.install(file, (flags & SOCK_CLOEXEC) !== 0);
}

function sockOf(t: Task, fd: number): { sock: ProtoSocket; file: OpenFile } | number {
  const file = t.fds.get(fd);
  if (!file) return -EBADF;
  return file.inode instanceof SocketInode ? { sock: file.inode.sock, file } : -ENOTSOCK;
}

export function sysSocket(k: KernelCore, t: Task, domain: number, type: number, protocol: number): number {
  if (domain !== AF_INET) return -EAFNOSUPPORT;
  const flags = type & (SOCK_NONBLOCK | SOCK_CLOEXEC);
  const kind = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
  const stack = stackOf(k, t.ns.net);
  if (kind === SOCK_STREAM && (protocol === IPPROTO_IP || protocol === IPPROTO_TCP))
    return install(t, new TcpSocket(stack), flags);
  if (kind === SOCK_DGRAM && protocol === IPPROTO_ICMP) return install(t, new PingSocket(stack), flags);
  return -EPROTONOSUPPORT;
}

export function sysBind(_k: KernelCore, t: Task, fd: number, sa: SockAddrIn): number {
  const s = sockOf(t, fd);
  if (typeof s === 'number') return s;
  const addr = addrOf(sa);
  if (addr < 0) return addr;
  return s.sock instanceof TcpSocket ? s.sock.bind(addr, sa.port) : (s.sock as PingSocket).bind(addr);
}

export function sysListen(_k: KernelCore, t: Task, fd: number, _backlog: number): number {
  const s = sockOf(t, fd);
  if (typeof s === 'number') return s;
  return s.sock instanceof TcpSocket ? s.sock.listen() : -EOPNOTSUPP;
}

export function sysAccept(_k: KernelCore, t: Task, fd: number, flags = 0): number | Block {
  const s = sockOf(t, fd);
  if (typeof s === 'number') return s;
  if (!(s.sock instanceof TcpSocket)) return -EOPNOTSUPP;
  const r = s.sock.accept((s.file.flags & O_NONBLOCK) !== 0);
  if (!(r instanceof TcpSocket)) return r;
  return install(t, r, flags & (SOCK_NONBLOCK | SOCK_CLOEXEC | O_CLOEXEC));
}

export function sysConnect(_k: KernelCore, t: Task, fd: number, sa: SockAddrIn): number | Block {
  const s = sockOf(t, fd);
  if (typeof s === 'number') return s;
  const addr = addrOf(sa);
  if (addr < 0) return addr;
  return s.sock instanceof TcpSocket
    ? s.sock.connect(t, addr, sa.port)
    : (s.sock as PingSocket).connect(addr);
}

export function sysShutdown(_k: KernelCore, t: Task, fd: number, how: number): number {
  const s = sockOf(t, fd);
  if (typeof s === 'number') return s;
  if (how < 0 || how > 2) return -EINVAL;
  return s.sock instanceof TcpSocket ? s.sock.shutdown(how) : -ENOTCONN;
}

const sockaddr = (addr: number, port: number): SockAddrIn => ({
  family: AF_INET,
  addr: formatIPv4(addr),
  port,
});

export function sysGetsockname(_k: KernelCore, t: Task, fd: number): SockAddrIn | number {
  const s = sockOf(t, fd);
  return typeof s === 'number' ? s : sockaddr(s.sock.localAddr, s.sock.localPort);
}

export function sysGetpeername(_k: KernelCore, t: Task, fd: number): SockAddrIn | number {
  const s = sockOf(t, fd);
  if (typeof s === 'number') return s;
  const sock = s.sock;
  if (sock instanceof TcpSocket)
    return sock.state === 'ESTABLISHED' ? sockaddr(sock.remoteAddr, sock.remotePort) : -ENOTCONN;
  const ping = sock as PingSocket;
  return ping.connected === undefined ? -ENOTCONN : sockaddr(ping.connected, 0);
}

export function sysSetsockopt(
  _k: KernelCore,
  t: Task,
  fd: number,
  level: number,
  name: number,
  value: number,
): number {
  const s = sockOf(t, fd);
  if (typeof s === 'number') return s;
  if (level !== SOL_SOCKET) return -ENOPROTOOPT;
  if (name === SO_REUSEADDR) {
    (s.sock as { reuseAddr: boolean }).reuseAddr = value !== 0;
    return 0;
  }
  if (name === SO_RCVTIMEO) {
    if (s.sock instanceof PingSocket) s.sock.rcvTimeoNs = Math.max(0, value);
    return 0;
  }
  return -ENOPROTOOPT;
}

export function sysSendto(
  _k: KernelCore,
  t: Task,
  fd: number,
  data: Uint8Array,
  _flags: number,
  sa: SockAddrIn | null,
): number | Block {
  const s = sockOf(t, fd);
  if (typeof s === 'number') return s;
  if (s.sock instanceof TcpSocket) return s.sock.write(data, (s.file.flags & O_NONBLOCK) !== 0);
  const dst = sa ? addrOf(sa) : undefined;
  if (dst !== undefined && dst < 0) return dst;
  return (s.sock as PingSocket).sendto(data, dst);
}

export function sysRecvfrom(
  _k: KernelCore,
  t: Task,
  fd: number,
  count: number,
  flags: number,
): Datagram | number | Block {
  const s = sockOf(t, fd);
  if (typeof s === 'number') return s;
  const nonblock = (s.file.flags & O_NONBLOCK) !== 0 || (flags & MSG_DONTWAIT) !== 0;
  const sock = s.sock;
  if (sock instanceof PingSocket) return sock.recvfrom(t, count, nonblock);
  const tcp = sock as TcpSocket;
  const r = tcp.read(count, nonblock);
  if (!(r instanceof Uint8Array)) return r;
  return { data: r, from: sockaddr(tcp.remoteAddr, tcp.remotePort), ttl: 64 };
}

export function sysRtnetlink(k: KernelCore, t: Task, req: RtRequest): RtReply {
  return rtnetlink(k, t, req);
}
