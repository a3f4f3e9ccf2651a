// The builtin modules the python3 engine can import.

import type { Gen } from '../../../sys';
import type { PyModule } from '../objects';
import { errnoModule } from './errno';
import { jsonModule } from './json';
import { osModule } from './os';
import { signalModule } from './signal';
import { sysModule } from './sys';
import { timeModule } from './time';
import type { Proc } from './util';

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
  }
  return null;
}
