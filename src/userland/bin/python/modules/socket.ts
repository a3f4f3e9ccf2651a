// The socket module: gethostname (uname's nodename), gethostbyname and create_connection through
// /etc/hosts (libc/netdb), socket.socket objects (sockobj.ts), the errors (socket.error is OSError,
// socket.timeout is TimeoutError, gaierror, herror) and the usual constants.
//
// Simplification: no DNS (names outside /etc/hosts raise gaierror -2), IPv4 TCP only. Importing
// the module ignores SIGPIPE, which CPython does for every process at startup, so a peer that hung
// up gives BrokenPipeError instead of killing the interpreter.

import type { Gen } from '../../../sys';
import { SIGPIPE, SIG_IGN } from '../../../../kernel/abi/signal';
import * as S from '../../../../kernel/abi/socket';
import { resolveHost } from '../../../libc/netdb';
import { expectStr, kwArg } from '../args';
import { excClass, osErr } from '../exceptions';
import type { PyModule, PyValue } from '../objects';
import { PySocket, gaierror, herror, sockaddr, socketType, unknownHost } from './sockobj';
import { makeModule } from './util';
import type { Proc } from './util';

const CONSTANTS: Record<string, number> = {
  AF_UNSPEC: S.AF_UNSPEC,
  AF_UNIX: S.AF_UNIX,
  AF_INET: S.AF_INET,
  AF_INET6: S.AF_INET6,
  SOCK_STREAM: S.SOCK_STREAM,
  SOCK_DGRAM: S.SOCK_DGRAM,
  SOCK_RAW: S.SOCK_RAW,
  SOCK_NONBLOCK: S.SOCK_NONBLOCK,
  SOCK_CLOEXEC: S.SOCK_CLOEXEC,
  IPPROTO_IP: S.IPPROTO_IP,
  IPPROTO_ICMP: S.IPPROTO_ICMP,
  IPPROTO_TCP: S.IPPROTO_TCP,
  IPPROTO_UDP: S.IPPROTO_UDP,
  SOL_SOCKET: S.SOL_SOCKET,
  SOL_TCP: S.IPPROTO_TCP,
  SO_REUSEADDR: S.SO_REUSEADDR,
  SO_TYPE: S.SO_TYPE,
  SO_ERROR: S.SO_ERROR,
  SO_BROADCAST: 6,
  SO_SNDBUF: 7,
  SO_RCVBUF: 8,
  SO_KEEPALIVE: 9,
  SO_RCVTIMEO: S.SO_RCVTIMEO,
  TCP_NODELAY: 1,
  SHUT_RD: S.SHUT_RD,
  SHUT_WR: S.SHUT_WR,
  SHUT_RDWR: S.SHUT_RDWR,
  MSG_PEEK: S.MSG_PEEK,
  MSG_DONTWAIT: S.MSG_DONTWAIT,
  SOMAXCONN: 4096,
};

export function* socketModule(ip: Proc): Gen<PyModule> {
  yield* ip.sys.rt_sigaction(SIGPIPE, SIG_IGN);
  const entries: Record<string, PyValue> = {};
  for (const [k, v] of Object.entries(CONSTANTS)) entries[k] = BigInt(v);
  return makeModule('socket', '/usr/lib/python3.11/socket.py', {
    ...entries,
    socket: socketType,
    SocketType: socketType,
    error: excClass('OSError'),
    timeout: excClass('TimeoutError'),
    gaierror,
    herror,
    gethostname: function* (ip2) {
      return (yield* ip2.sys.uname()).nodename;
    },
    gethostbyname: function* (ip2, args) {
      const name = expectStr('gethostbyname', args[0] ?? null, 'argument 1');
      if (name === '') return '0.0.0.0';
      const h = yield* resolveHost(ip2.sys, name);
      if (h === undefined) throw unknownHost();
      return h.text;
    },
    create_connection: function* (ip2, args, kw) {
      const addr = yield* sockaddr(ip2, args[0] ?? kwArg(kw, 'address', null), 'connect');
      const fd = yield* ip2.sys.socket(S.AF_INET, S.SOCK_STREAM, 0);
      if (fd < 0) throw osErr(fd);
      const r = yield* ip2.sys.connect(fd, addr);
      if (r < 0) {
        yield* ip2.sys.close(fd);
        throw osErr(r);
      }
      const s = new PySocket(fd, S.AF_INET, S.SOCK_STREAM, S.IPPROTO_TCP);
      const t = args[1] ?? kwArg(kw, 'timeout', null);
      s.timeout = typeof t === 'number' ? t : typeof t === 'bigint' ? Number(t) : null;
      s.dict.set('timeout', s.timeout);
      return s;
    },
  });
}
