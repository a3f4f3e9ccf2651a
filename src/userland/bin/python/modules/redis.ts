// A small redis-py 3.5.3 (what `pip install Redis` gave python 2.7): Redis(host, port, db, ...)
// whose commands connect to host:port through the kernel and speak RESP (resp.ts); failures raise
// redis.exceptions.ConnectionError with redis-py's messages ("Error -2 connecting to redis:6379.
// Name or service not known."). Importable only once pip has installed it (see modules/index.ts).
//
// Simplification: one connection per client instead of a pool, no pipelines or pub/sub, the
// common string, key, list, hash and set commands plus execute_command; unknown keyword arguments
// of Redis() are accepted and ignored; socket timeouts are not enforced.

import type { Gen } from '../../../sys';
import { strerror } from '../../../../kernel/abi/errno';
import { AF_INET, SOCK_STREAM } from '../../../../kernel/abi/socket';
import { concatBytes } from '../../../../lib/utf8';
import { resolveHost } from '../../../libc/netdb';
import { kwArg, method } from '../args';
import { pyErr } from '../exceptions';
import type { Interp, Kwargs, PyModule, PyValue } from '../objects';
import { PyClass, PyInstance } from '../objects';
import { toStr } from '../str';
import { objectType, typeName } from '../types';
import { encodeCommand, parseReply } from './resp';
import type { Reply } from './resp';
import { COMMANDS, encodeArg, convertReply } from './rediscmd';
import { EXCEPTIONS, redisErr } from './redisexc';
import { makeModule } from './util';

interface Client {
  readonly host: string;
  readonly port: number;
  readonly db: bigint;
  readonly password: PyValue;
  readonly decode: boolean;
  fd: number;
  buf: Uint8Array;
}

const clients = new WeakMap<PyInstance, Client>();

function client(v: PyValue): Client {
  const c = v instanceof PyInstance ? clients.get(v) : undefined;
  if (c === undefined) throw pyErr('TypeError', `expected a Redis object, not '${typeName(v)}'`);
  return c;
}

function* disconnect(ip: Interp, c: Client): Gen<void> {
  if (c.fd >= 0) yield* ip.sys.close(c.fd);
  c.fd = -1;
  c.buf = new Uint8Array(0);
}

function* connect(ip: Interp, c: Client): Gen<void> {
  const where = `${c.host}:${c.port}`;
  const h = yield* resolveHost(ip.sys, c.host);
  if (h === undefined)
    throw redisErr('ConnectionError', `Error -2 connecting to ${where}. Name or service not known.`);
  const fd = yield* ip.sys.socket(AF_INET, SOCK_STREAM, 0);
  const r = fd < 0 ? fd : yield* ip.sys.connect(fd, { family: AF_INET, addr: h.text, port: c.port });
  if (r < 0) {
    if (fd >= 0) yield* ip.sys.close(fd);
    throw redisErr('ConnectionError', `Error ${-r} connecting to ${where}. ${strerror(r)}.`);
  }
  c.fd = fd;
  if (c.password !== null) yield* roundTrip(ip, c, [encodeArg('AUTH'), encodeArg(c.password)]);
  if (c.db !== 0n) yield* roundTrip(ip, c, [encodeArg('SELECT'), encodeArg(c.db)]);
}

function* readReply(ip: Interp, c: Client): Gen<Reply> {
  for (;;) {
    const p = parseReply(c.buf);
    if (p === 'bad') {
      yield* disconnect(ip, c);
      throw redisErr('InvalidResponse', 'Protocol Error');
    }
    if (p !== 'incomplete') {
      c.buf = c.buf.slice(p.used);
      return p.reply;
    }
    const chunk = yield* ip.sys.read(c.fd, 65536);
    if (typeof chunk === 'number' || chunk.length === 0) {
      yield* disconnect(ip, c);
      const why =
        typeof chunk === 'number'
          ? `Error while reading from socket: (${-chunk}, '${strerror(chunk)}')`
          : 'Connection closed by server.';
      throw redisErr('ConnectionError', why);
    }
    c.buf = concatBytes([c.buf, chunk]);
  }
}

/** Send one command and read its reply; an error reply raises as redis-py's parse_error does. */
function* roundTrip(ip: Interp, c: Client, args: readonly Uint8Array[]): Gen<Reply> {
  const data = encodeCommand(args);
  let off = 0;
  while (off < data.length) {
    const n = yield* ip.sys.write(c.fd, data.subarray(off));
    if (n < 0) {
      yield* disconnect(ip, c);
      throw redisErr('ConnectionError', `Error ${-n} while writing to socket. ${strerror(n)}.`);
    }
    off += n;
  }
  const reply = yield* readReply(ip, c);
  if (reply.k !== 'error') return reply;
  const code = reply.v.split(' ')[0] ?? '';
  const known: Record<string, string> = {
    ERR: 'ResponseError',
    LOADING: 'BusyLoadingError',
    READONLY: 'ReadOnlyError',
    NOSCRIPT: 'NoScriptError',
    EXECABORT: 'ResponseError',
  };
  const cls = known[code];
  throw redisErr(cls ?? 'ResponseError', cls === undefined ? reply.v : reply.v.slice(code.length + 1));
}

/** Redis.execute_command: connect if needed, run, convert the reply for `name`. */
function* execute(ip: Interp, c: Client, name: string, args: readonly PyValue[]): Gen<PyValue> {
  if (c.fd < 0) yield* connect(ip, c);
  const words: Uint8Array[] = [];
  for (const a of args) words.push(encodeArg(a));
  const reply = yield* roundTrip(ip, c, words);
  return convertReply(name, reply, c.decode);
}

function redisClass(): PyClass {
  const cls = new PyClass('Redis', [objectType], new Map(), false);
  cls.dict.set('__module__', 'redis.client');
  method(cls, '__init__', function* (ip, self, args, kw) {
    const get = (i: number, k: string, d: PyValue): PyValue => args[i] ?? kwArg(kw, k, d);
    const port = get(1, 'port', 6379n);
    const db = get(2, 'db', 0n);
    clients.set(self as PyInstance, {
      host: yield* toStr(ip, get(0, 'host', 'localhost')),
      port: Number(typeof port === 'bigint' ? port : yield* toStr(ip, port)),
      db: typeof db === 'bigint' ? db : BigInt(yield* toStr(ip, db)),
      password: get(3, 'password', null),
      decode: kwArg(kw, 'decode_responses', false) === true,
      fd: -1,
      buf: new Uint8Array(0),
    });
    return null;
  });
  method(cls, '__repr__', function* (_ip, self) {
    const c = client(self);
    return `Redis<ConnectionPool<Connection<host=${c.host},port=${c.port},db=${c.db}>>>`;
  });
  method(cls, 'execute_command', function* (ip, self, args) {
    if (args.length === 0) throw pyErr('IndexError', 'tuple index out of range');
    return yield* execute(ip, client(self), (yield* toStr(ip, args[0]!)).toUpperCase(), args);
  });
  for (const [name, build] of Object.entries(COMMANDS)) {
    method(cls, name, function* (ip, self, args, kw: Kwargs | null) {
      const words = yield* build(ip, args, kw);
      return yield* execute(ip, client(self), String(words[0]), words);
    });
  }
  return cls;
}

export function redisExceptionsModule(site: string): PyModule {
  return makeModule('redis.exceptions', `${site}/redis/exceptions.py`, { ...EXCEPTIONS });
}

export function redisModule(site: string, exceptions: PyModule): PyModule {
  const cls = redisClass();
  return makeModule('redis', `${site}/redis/__init__.py`, {
    __version__: '3.5.3',
    Redis: cls,
    StrictRedis: cls,
    exceptions,
    ...EXCEPTIONS,
  });
}
