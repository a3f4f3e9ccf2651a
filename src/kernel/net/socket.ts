// Socket files (net/socket.c): a socket is an inode on sockfs that read(2), write(2) and close(2)
// reach like any file, with the protocol (TCP or ICMP echo) behind it. Binding checks are shared.

import { S_IFSOCK } from '../abi/stat';
import { EADDRINUSE, EADDRNOTAVAIL, EAFNOSUPPORT, EINVAL } from '../abi/errno';
import { O_NONBLOCK } from '../abi/fcntl';
import { parseIPv4 } from '../../lib/inet';
import type { SockAddrIn } from '../abi/socket';
import { AF_INET } from '../abi/socket';
import { Inode } from '../vfs/inode';
import type { Block, IoResult } from '../vfs/inode';
import type { OpenFile } from '../vfs/file';
import type { BoundSocket, NetStack } from './stack';

/** What every protocol's socket offers the file layer. */
export interface ProtoSocket extends BoundSocket {
  readonly stack: NetStack;
  read(count: number, nonblock: boolean): IoResult;
  write(data: Uint8Array, nonblock: boolean): number | Block;
  release(): void;
}

export class SocketInode extends Inode {
  constructor(
    readonly sock: ProtoSocket,
    ino: number,
  ) {
    super(sock.stack.shared.sockfs, ino, S_IFSOCK | 0o777);
  }

  size(): number {
    return 0;
  }

  override read(file: OpenFile, _pos: number, count: number): IoResult {
    return this.sock.read(count, (file.flags & O_NONBLOCK) !== 0);
  }

  override write(file: OpenFile, _pos: number, data: Uint8Array): number | Block {
    return this.sock.write(data, (file.flags & O_NONBLOCK) !== 0);
  }

  override release(): void {
    this.sock.release();
  }

  override truncate(): number {
    return -EINVAL;
  }
}

/** A socket address's IPv4 number, or -EINVAL / -EAFNOSUPPORT. */
export function addrOf(sa: SockAddrIn): number {
  if (sa.family !== AF_INET) return -EAFNOSUPPORT;
  const addr = parseIPv4(sa.addr);
  if (addr === undefined || !Number.isInteger(sa.port) || sa.port < 0 || sa.port > 65535) return -EINVAL;
  return addr;
}

/** inet_bind's checks: the address must be local (or any), the port free in this namespace. */
export function checkBind(
  stack: NetStack,
  self: BoundSocket,
  addr: number,
  port: number,
  reuseAddr: boolean,
): number {
  if (addr !== 0 && !stack.hasAddress(addr)) return -EADDRNOTAVAIL;
  for (const s of stack.sockets) {
    if (s === self || s.proto !== self.proto || s.localPort !== port) continue;
    if (s.localAddr !== 0 && addr !== 0 && s.localAddr !== addr) continue;
    if (reuseAddr && s.reuseAddr && !s.listening) continue;
    return -EADDRINUSE;
  }
  return 0;
}
