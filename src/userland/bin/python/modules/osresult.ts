// os.stat_result and posix.uname_result: attribute objects with CPython's reprs.

import type { Stat } from '../../../../kernel/abi/stat';
import type { Utsname } from '../../../sys';
import type { PyValue } from '../objects';
import { PyBuiltin, PyClass, PyInstance } from '../objects';
import { strRepr } from '../reprs';
import { objectType } from '../types';

function resultClass(name: string, module: string, fields: readonly string[]): PyClass {
  const c = new PyClass(name, [objectType], new Map(), true);
  c.dict.set(
    '__repr__',
    new PyBuiltin('__repr__', function* (_ip, args) {
      const self = args[0] as PyInstance;
      const parts = fields.map((f) => {
        const v = self.dict.get(f) ?? null;
        // stat_result's repr shows the integer seconds of the float time attributes
        const shown = typeof v === 'number' ? Math.trunc(v) : v;
        return `${f}=${typeof shown === 'string' ? strRepr(shown) : String(shown)}`;
      });
      return `${module}.${name}(${parts.join(', ')})`;
    }),
  );
  return c;
}

const STAT_FIELDS = [
  'st_mode',
  'st_ino',
  'st_dev',
  'st_nlink',
  'st_uid',
  'st_gid',
  'st_size',
  'st_atime',
  'st_mtime',
  'st_ctime',
];
const statClass = resultClass('stat_result', 'os', STAT_FIELDS);
const unameClass = resultClass('uname_result', 'posix', [
  'sysname',
  'nodename',
  'release',
  'version',
  'machine',
]);

export function statResult(st: Stat): PyInstance {
  const o = new PyInstance(statClass);
  const set = (k: string, v: PyValue): void => void o.dict.set(k, v);
  set('st_mode', BigInt(st.mode));
  set('st_ino', BigInt(st.ino));
  set('st_dev', BigInt(st.dev));
  set('st_nlink', BigInt(st.nlink));
  set('st_uid', BigInt(st.uid));
  set('st_gid', BigInt(st.gid));
  set('st_size', BigInt(st.size));
  set('st_rdev', BigInt(st.rdev));
  set('st_blksize', BigInt(st.blksize));
  set('st_blocks', BigInt(st.blocks));
  for (const k of ['atime', 'mtime', 'ctime'] as const) {
    const t = st[k];
    set(`st_${k}_ns`, BigInt(t.sec) * 1000000000n + BigInt(t.nsec));
  }
  for (const k of ['atime', 'mtime', 'ctime'] as const) set(`st_${k}`, st[k].sec + st[k].nsec / 1e9);
  return o;
}

export function unameResult(u: Utsname): PyInstance {
  const o = new PyInstance(unameClass);
  o.dict.set('sysname', u.sysname);
  o.dict.set('nodename', u.nodename);
  o.dict.set('release', u.release);
  o.dict.set('version', u.version);
  o.dict.set('machine', u.machine);
  return o;
}
