// The builtin modules the python3 engine can import. flask and redis are third-party packages:
// importable only when pip has installed them (libc/pysite.ts says where to look).

import type { Gen } from '../../../sys';
import type { PyModule } from '../objects';
import { errnoModule } from './errno';
import { jsonModule } from './json';
import { osModule } from './os';
import { signalModule } from './signal';
import { sysModule } from './sys';
import { timeModule } from './time';
import type { Proc } from './util';
import { findPackage, pythonVersionOf } from '../../../libc/pysite';
import { flaskModule } from './flask';
import { redisExceptionsModule, redisModule } from './redis';
import { socketModule } from './socket';

/** A third-party package: its module when installed in a site directory, else null. */
function* thirdParty(ip: Proc, name: string): Gen<PyModule | null> {
  const top = name.split('.')[0]!;
  const site = yield* findPackage(ip.sys, top);
  if (site === undefined) return null;
  if (name === 'flask') return flaskModule(ip, site, pythonVersionOf(site));
  if (name === 'redis.exceptions') return redisExceptionsModule(site);
  if (name === 'redis') return redisModule(site, yield* ip.importModule('redis.exceptions'));
  return null;
}

export function* loadModule(ip: Proc, name: string): Gen<PyModule | null> {
  switch (name) {
    case 'sys':
      return yield* sysModule(ip);
    case 'os':
      return yield* osModule(ip);
    case 'os.path':
    case 'posixpath':
      return (yield* ip.importModule('os')).dict.get('path') as PyModule;
    case 'time':
      return timeModule();
    case 'json':
      return jsonModule();
    case 'errno':
      return errnoModule();
    case 'signal':
      return signalModule();
    case 'socket':
      return yield* socketModule(ip);
    case 'flask':
    case 'redis':
    case 'redis.exceptions':
      return yield* thirdParty(ip, name);
  }
  return null;
}
