// The commands of the small redis-py (redis.ts): each Redis method's arguments as Redis command
// words (with redis-py 3.5's signatures and defaults), argument encoding (DataError for None and
// bool) and reply conversion (SET gives True, HGETALL a dict, SMEMBERS a set...).

import type { Gen } from '../../../sys';
import { decode, encode } from '../../../../lib/utf8';
import { pyErr } from '../exceptions';
import { hashKey } from '../hash';
import type { Interp, Kwargs, PyValue } from '../objects';
import { PyBytes, PyDict, PyList, PySet } from '../objects';
import { truthy } from '../ops';
import { floatRepr } from '../reprs';
import { typeName } from '../types';
import { redisErr } from './redisexc';
import type { Reply } from './resp';

/** redis-py's Encoder.encode: bytes, str, int and float; anything else is a DataError. */
export function encodeArg(v: PyValue): Uint8Array {
  if (v instanceof PyBytes) return v.data;
  if (typeof v === 'string') return encode(v);
  if (typeof v === 'bigint') return encode(v.toString());
  if (typeof v === 'number') return encode(floatRepr(v));
  throw redisErr(
    'DataError',
    `Invalid input of type: '${typeName(v)}'. Convert to a bytes, string, int or float first.`,
  );
}

type Build = (ip: Interp, args: PyValue[], kw: Kwargs | null) => Gen<PyValue[]>;

/** Bind positional and keyword arguments to parameter names, as a Python def would. */
function bind(
  method: string,
  args: PyValue[],
  kw: Kwargs | null,
  params: readonly string[],
  defaults: Record<string, PyValue>,
): PyValue[] {
  if (args.length > params.length)
    throw pyErr(
      'TypeError',
      `${method}() takes ${params.length + 1} positional arguments but ${args.length + 1} were given`,
    );
  const out: PyValue[] = [];
  const missing: string[] = [];
  params.forEach((p, i) => {
    const v = i < args.length ? args[i] : (kw?.get(p) ?? defaults[p]);
    if (v === undefined) missing.push(p);
    out.push(v ?? null);
  });
  if (missing.length > 0) {
    const names = missing.map((m) => `'${m}'`).join(' and ');
    const s = missing.length === 1 ? '' : 's';
    throw pyErr(
      'TypeError',
      `${method}() missing ${missing.length} required positional argument${s}: ${names}`,
    );
  }
  return out;
}

/** A method whose parameters map one to one onto the command's words. */
function plain(
  cmd: string,
  params: readonly string[],
  defaults: Record<string, PyValue> = {},
  name = cmd.toLowerCase(),
): [string, Build] {
  return [
    name,
    function* (_ip, args, kw) {
      return [cmd, ...bind(name, args, kw, params, defaults)];
    },
  ];
}

/** A method taking *args after its fixed parameters (delete(*names), lpush(name, *values)). */
function variadic(method: string, cmd: string, fixed: number): [string, Build] {
  return [
    method,
    function* (_ip, args) {
      if (args.length < fixed)
        throw pyErr('TypeError', `${method}() missing 1 required positional argument: 'name'`);
      return [cmd, ...args];
    },
  ];
}

const setCmd: Build = function* (ip, args, kw) {
  const params = ['name', 'value', 'ex', 'px', 'nx', 'xx', 'keepttl'];
  const [name, value, ex, px, nx, xx, keepttl] = bind('set', args, kw, params, {
    ex: null,
    px: null,
    nx: false,
    xx: false,
    keepttl: false,
  }) as PyValue[];
  const words: PyValue[] = ['SET', name!, value!];
  if (ex !== null) words.push('EX', ex!);
  if (px !== null) words.push('PX', px!);
  if (yield* truthy(ip, nx!)) words.push('NX');
  if (yield* truthy(ip, xx!)) words.push('XX');
  if (yield* truthy(ip, keepttl!)) words.push('KEEPTTL');
  return words;
};

const hsetCmd: Build = function* (ip, args, kw) {
  const [name, key, value, mapping] = bind('hset', args, kw, ['name', 'key', 'value', 'mapping'], {
    key: null,
    value: null,
    mapping: null,
  }) as PyValue[];
  const words: PyValue[] = ['HSET', name!];
  if (key !== null) words.push(key!, value!);
  if (mapping instanceof PyDict) for (const e of mapping.map.values()) words.push(e.k, e.v);
  if (words.length === 2) throw redisErr('DataError', "'hset' with no key value pairs");
  void ip;
  return words;
};

export const COMMANDS: Readonly<Record<string, Build>> = Object.fromEntries([
  plain('PING', []),
  plain('ECHO', ['value']),
  plain('GET', ['name']),
  ['set', setCmd],
  plain('INCRBY', ['name', 'amount'], { amount: 1n }, 'incr'),
  plain('INCRBY', ['name', 'amount'], { amount: 1n }),
  plain('DECRBY', ['name', 'amount'], { amount: 1n }, 'decr'),
  plain('DECRBY', ['name', 'amount'], { amount: 1n }),
  variadic('delete', 'DEL', 1),
  variadic('exists', 'EXISTS', 1),
  plain('KEYS', ['pattern'], { pattern: '*' }),
  plain('EXPIRE', ['name', 'time']),
  plain('TTL', ['name']),
  plain('FLUSHDB', []),
  variadic('lpush', 'LPUSH', 1),
  variadic('rpush', 'RPUSH', 1),
  plain('LRANGE', ['name', 'start', 'end']),
  plain('LLEN', ['name']),
  ['hset', hsetCmd],
  plain('HGET', ['name', 'key']),
  plain('HGETALL', ['name']),
  variadic('sadd', 'SADD', 1),
  plain('SMEMBERS', ['name']),
]);

function value(r: Reply, text: boolean): PyValue {
  switch (r.k) {
    case 'simple':
      return text ? decode(r.v) : new PyBytes(r.v);
    case 'int':
      return r.v;
    case 'bulk':
      return r.v === null ? null : text ? decode(r.v) : new PyBytes(r.v);
    case 'array':
      return r.v === null ? null : new PyList(r.v.map((x) => value(x, text)));
    case 'error':
      return r.v;
  }
}

/** The reply as redis-py's response callbacks give it for command `cmd`. */
export function convertReply(cmd: string, r: Reply, text: boolean): PyValue {
  const v = value(r, text);
  if (['SET', 'FLUSHDB', 'SELECT', 'AUTH', 'RENAME', 'MSET'].includes(cmd))
    return r.k === 'simple' ? decode(r.v) === 'OK' : v;
  if (cmd === 'PING') return r.k === 'simple' && decode(r.v) === 'PONG';
  if (['EXPIRE', 'PEXPIRE', 'PERSIST', 'SETNX', 'HSETNX', 'MOVE'].includes(cmd))
    return r.k === 'int' ? r.v !== 0n : v;
  if (cmd === 'HGETALL' && v instanceof PyList) {
    const d = new PyDict();
    for (let i = 0; i + 1 < v.items.length; i += 2) {
      const k = v.items[i]!;
      d.map.set(hashKey(k), { k, v: v.items[i + 1]! });
    }
    return d;
  }
  if (cmd === 'SMEMBERS' && v instanceof PyList) {
    const s = new PySet();
    for (const x of v.items) s.map.set(hashKey(x), x);
    return s;
  }
  return v;
}
