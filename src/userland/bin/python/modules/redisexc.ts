// redis.exceptions of the small redis-py (redis.ts): RedisError and its subclasses, with the
// module name tracebacks show ("redis.exceptions.ConnectionError: ...").

import { excClass, newException } from '../exceptions';
import { PyClass, PyExc } from '../objects';

function exc(name: string, base: PyClass): PyClass {
  const c = new PyClass(name, [base], new Map(), false);
  c.dict.set('__module__', 'redis.exceptions');
  return c;
}

const RedisError = exc('RedisError', excClass('Exception'));
const ConnectionError = exc('ConnectionError', RedisError);
const ResponseError = exc('ResponseError', RedisError);

export const EXCEPTIONS: Readonly<Record<string, PyClass>> = {
  RedisError,
  ConnectionError,
  TimeoutError: exc('TimeoutError', RedisError),
  AuthenticationError: exc('AuthenticationError', ConnectionError),
  BusyLoadingError: exc('BusyLoadingError', ConnectionError),
  InvalidResponse: exc('InvalidResponse', RedisError),
  ResponseError,
  DataError: exc('DataError', RedisError),
  PubSubError: exc('PubSubError', RedisError),
  WatchError: exc('WatchError', RedisError),
  ReadOnlyError: exc('ReadOnlyError', ResponseError),
  NoScriptError: exc('NoScriptError', ResponseError),
};

/** A redis exception to throw: redisErr('ConnectionError', 'Error 111 connecting to ...'). */
export function redisErr(name: string, msg: string): PyExc {
  return new PyExc(newException(EXCEPTIONS[name] ?? RedisError, [msg]));
}
