// The sys module: argv, exit, the standard streams (buffered like CPython's), path, version.

import type { Gen } from '../../../sys';
import { toInt } from '../args';
import { SystemExit, newException } from '../exceptions';
import type { PyModule } from '../objects';
import { PyDict, PyExc, PyList, PyTuple } from '../objects';
import { PyFile, isatty } from '../pyio';
import { hashKey } from '../hash';
import { makeModule } from './util';
import type { Proc } from './util';

export const VERSION = '3.11.2';

export function* sysModule(ip: Proc): Gen<PyModule> {
  const tty = yield* isatty(ip, 1);
  const unbuffered = ip.unbuffered || ip.envp.some((e) => /^PYTHONUNBUFFERED=./.test(e));
  const stdout = new PyFile(1, '<stdout>', 'w', false, tty || unbuffered ? 'line' : 'block');
  const stderr = new PyFile(2, '<stderr>', 'w', false, 'line');
  const stdin = new PyFile(0, '<stdin>', 'r', false, 'block');
  const modules = new PyDict();
  for (const [k, v] of ip.modules) modules.map.set(hashKey(k), { k, v });
  return makeModule('sys', null, {
    argv: new PyList([...ip.argv]),
    stdin,
    stdout,
    stderr,
    __stdin__: stdin,
    __stdout__: stdout,
    __stderr__: stderr,
    path: new PyList([
      '',
      '/usr/lib/python311.zip',
      '/usr/lib/python3.11',
      '/usr/lib/python3.11/lib-dynload',
      '/usr/local/lib/python3.11/dist-packages',
      '/usr/lib/python3/dist-packages',
    ]),
    platform: 'linux',
    version: `${VERSION} (main, Mar 13 2023, 12:18:29) [GCC 12.2.0]`,
    version_info: new PyTuple([3n, 11n, 2n, 'final', 0n]),
    hexversion: 0x30b02f0n,
    executable: '/usr/bin/python3',
    prefix: '/usr',
    byteorder: 'little',
    maxsize: 9223372036854775807n,
    modules,
    exit: function* (_ip, args) {
      throw new PyExc(newException(SystemExit, args));
    },
    getrecursionlimit: function* () {
      return 1000n;
    },
    setrecursionlimit: function* (_ip, args) {
      toInt(args[0] ?? null);
      return null;
    },
    exc_info: function* (ip2) {
      const e = ip2.handling[ip2.handling.length - 1];
      return e === undefined ? new PyTuple([null, null, null]) : new PyTuple([e.type, e, null]);
    },
    getdefaultencoding: function* () {
      return 'utf-8';
    },
    getfilesystemencoding: function* () {
      return 'utf-8';
    },
  });
}
