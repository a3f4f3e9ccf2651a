// socket.socket objects over the kernel's TCP sockets: bind, listen, accept, connect, recv, send,
// sendall, close, setsockopt, timeouts, with CPython's argument errors and OSError errnos.
//
// Simplification: timeouts are remembered (gettimeout) but only 0 changes behaviour (non-blocking);
// the kernel's TCP sockets have no receive timeout. Family and type are plain ints, not enums.

import type { Gen } from '../../../sys';
import { ENOPROTOOPT } from '../../../../kernel/abi/errno';
import { F_GETFL, F_SETFL, O_NONBLOCK } from '../../../../kernel/abi/fcntl';
import { AF_INET, SOCK_STREAM } from '../../../../kernel/abi/socket';
import type { SockAddrIn } from '../../../../kernel/abi/socket';
import { resolveHost } from '../../../libc/netdb';
import { kwArg, method, toInt } from '../args';
import { excClass, newException, osErr, pyErr } from '../exceptions';
import type { Interp, Kwargs, PyValue } from '../objects';
import { PyBytes, PyClass, PyExc, PyInstance, PyTuple } from '../objects';
import { toRepr } from '../str';
import { objectType, typeName } from '../types';
import { asNum, toFloat } from '../numeric';

export const socketType = new PyClass('socket', [objectType], new Map(), false);
socketType.dict.set('__module__', 'socket');

function errClass(name: string): PyClass {
  const c = new PyClass(name, [excClass('OSError')], new Map(), false);
  c.dict.set('__module__', 'socket');
  return c;
}
export const gaierror = errClass('gaierror');
export const herror = errClass('herror');

/** A socket.socket instance: the fd and what CPython keeps beside it. */
export class PySocket extends PyInstance {
  timeout: number | null = null;
  constructor(
    public fd: number,
    readonly family: number,
    readonly kind: number,
    readonly proto: number,
  ) {
    super(socketType);
    this.dict.set('family', BigInt(family));
    this.dict.set('type', BigInt(kind));
    this.dict.set('proto', BigInt(proto));
    this.dict.set('timeout', null);
  }
}

function self(v: PyValue, name: string): PySocket {
  if (v instanceof PySocket) return v;
  throw pyErr(
    'TypeError',
    `descriptor '${name}' for 'socket' objects doesn't apply to a '${typeName(v)}' object`,
  );
}

function check(r: number): number {
  if (r < 0) throw osErr(r);
  return r;
}

/** gaierror(-2, 'Name or service not known'), as getaddrinfo reports an unknown host. */
export function unknownHost(): PyExc {
  return new PyExc(newException(gaierror, [-2n, 'Name or service not known']));
}

/** An AF_INET (host, port) tuple as a kernel address, resolving the host name. */
export function* sockaddr(ip: Interp, v: PyValue, fn: string): Gen<SockAddrIn> {
  if (!(v instanceof PyTuple))
    throw pyErr('TypeError', `${fn}(): AF_INET address must be tuple, not ${typeName(v)}`);
  if (v.items.length !== 2) throw pyErr('TypeError', 'AF_INET address must be a pair (host, port)');
  const [host, portV] = v.items as [PyValue, PyValue];
  if (typeof host !== 'string')
    throw pyErr('TypeError', `str, bytes or bytearray expected, not ${typeName(host)}`);
  const port = Number(toInt(portV));
  if (port < 0 || port > 65535) throw pyErr('OverflowError', `${fn}(): port must be 0-65535.`);
  if (host === '') return { family: AF_INET, addr: '0.0.0.0', port };
  const h = yield* resolveHost(ip.sys, host);
  if (h === undefined) throw unknownHost();
  return { family: AF_INET, addr: h.text, port };
}

export function addrTuple(a: SockAddrIn): PyTuple {
  return new PyTuple([a.addr, BigInt(a.port)]);
}

function bytesArg(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  throw pyErr('TypeError', `a bytes-like object is required, not '${typeName(v)}'`);
}

socketType.native = function* (ip, args, kw) {
  const family = Number(toInt(args[0] ?? kwArg(kw, 'family', BigInt(AF_INET))));
  const kind = Number(toInt(args[1] ?? kwArg(kw, 'type', BigInt(SOCK_STREAM))));
  const proto = Number(toInt(args[2] ?? kwArg(kw, 'proto', 0n)));
  const fd = check(yield* ip.sys.socket(family, kind, proto));
  return new PySocket(fd, family, kind, proto);
};

type Body = (ip: Interp, s: PySocket, args: PyValue[], kw: Kwargs | null) => Gen<PyValue>;
function def(name: string, body: Body): void {
  method(socketType, name, function* (ip, v, args, kw) {
    return yield* body(ip, self(v, name), args, kw);
  });
}

def('bind', function* (ip, s, args) {
  check(yield* ip.sys.bind(s.fd, yield* sockaddr(ip, args[0] ?? null, 'bind')));
  return null;
});
def('listen', function* (ip, s, args) {
  check(yield* ip.sys.listen(s.fd, args.length > 0 ? Number(toInt(args[0]!)) : 128));
  return null;
});
def('connect', function* (ip, s, args) {
  check(yield* ip.sys.connect(s.fd, yield* sockaddr(ip, args[0] ?? null, 'connect')));
  return null;
});
def('connect_ex', function* (ip, s, args) {
  const r = yield* ip.sys.connect(s.fd, yield* sockaddr(ip, args[0] ?? null, 'connect_ex'));
  return BigInt(-Math.min(r, 0));
});
def('accept', function* (ip, s) {
  const fd = check(yield* ip.sys.accept(s.fd));
  const peer = yield* ip.sys.getpeername(fd);
  const conn = new PySocket(fd, s.family, s.kind, s.proto);
  return new PyTuple([conn, typeof peer === 'number' ? new PyTuple(['0.0.0.0', 0n]) : addrTuple(peer)]);
});
def('recv', function* (ip, s, args) {
  const n = Number(toInt(args[0] ?? null));
  if (n < 0) throw pyErr('ValueError', 'negative buffersize in recv');
  const flags = args.length > 1 ? Number(toInt(args[1]!)) : 0;
  const r = flags === 0 ? yield* ip.sys.read(s.fd, n) : yield* ip.sys.recvfrom(s.fd, n, flags);
  if (typeof r === 'number') throw osErr(r);
  return new PyBytes(r instanceof Uint8Array ? r : r.data);
});
def('send', function* (ip, s, args) {
  return BigInt(check(yield* ip.sys.write(s.fd, bytesArg(args[0] ?? null))));
});
def('sendall', function* (ip, s, args) {
  let data = bytesArg(args[0] ?? null);
  while (data.length > 0) data = data.subarray(check(yield* ip.sys.write(s.fd, data)));
  return null;
});
def('close', function* (ip, s) {
  if (s.fd >= 0) yield* ip.sys.close(s.fd);
  s.fd = -1;
  return null;
});
def('shutdown', function* (ip, s, args) {
  check(yield* ip.sys.shutdown(s.fd, Number(toInt(args[0] ?? null))));
  return null;
});
def('fileno', function* (_ip, s) {
  return BigInt(s.fd);
});
def('getsockname', function* (ip, s) {
  const a = yield* ip.sys.getsockname(s.fd);
  if (typeof a === 'number') throw osErr(a);
  return addrTuple(a);
});
def('getpeername', function* (ip, s) {
  const a = yield* ip.sys.getpeername(s.fd);
  if (typeof a === 'number') throw osErr(a);
  return addrTuple(a);
});
def('setsockopt', function* (ip, s, args) {
  const [level, name, value] = [args[0] ?? null, args[1] ?? null, args[2] ?? null];
  const v = value instanceof PyBytes ? value.data.length : Number(toInt(value));
  const r = yield* ip.sys.setsockopt(s.fd, Number(toInt(level)), Number(toInt(name)), v);
  // Linux accepts options (SO_KEEPALIVE, TCP_NODELAY...) that the kernel model does not implement
  if (r < 0 && r !== -ENOPROTOOPT) throw osErr(r);
  return null;
});

function* applyTimeout(ip: Interp, s: PySocket, v: PyValue): Gen<void> {
  let t: number | null = null;
  if (v !== null) {
    const n = asNum(v);
    if (n === undefined)
      throw pyErr('TypeError', `'${typeName(v)}' object cannot be interpreted as an integer`);
    t = toFloat(n);
    if (t < 0) throw pyErr('ValueError', 'Timeout value out of range');
  }
  s.timeout = t;
  s.dict.set('timeout', t);
  const flags = check(yield* ip.sys.fcntl(s.fd, F_GETFL));
  check(yield* ip.sys.fcntl(s.fd, F_SETFL, t === 0 ? flags | O_NONBLOCK : flags & ~O_NONBLOCK));
}
def('settimeout', function* (ip, s, args) {
  yield* applyTimeout(ip, s, args[0] ?? null);
  return null;
});
def('gettimeout', function* (_ip, s) {
  return s.timeout;
});
def('setblocking', function* (ip, s, args) {
  yield* applyTimeout(ip, s, args[0] === false || args[0] === 0n ? 0 : null);
  return null;
});
def('__enter__', function* (_ip, s) {
  return s;
});
def('__exit__', function* (ip, s) {
  if (s.fd >= 0) yield* ip.sys.close(s.fd);
  s.fd = -1;
  return null;
});
def('__repr__', function* (ip, s) {
  const head = `<socket.socket ${s.fd < 0 ? '[closed] ' : ''}fd=${s.fd}, family=${s.family}, type=${s.kind}, proto=${s.proto}`;
  if (s.fd < 0) return `${head}>`;
  const local = yield* ip.sys.getsockname(s.fd);
  const peer = yield* ip.sys.getpeername(s.fd);
  const l = typeof local === 'number' ? '' : `, laddr=${yield* toRepr(ip, addrTuple(local))}`;
  const r = typeof peer === 'number' ? '' : `, raddr=${yield* toRepr(ip, addrTuple(peer))}`;
  return `${head}${l}${r}>`;
});
