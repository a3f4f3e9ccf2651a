// The errno module: E* constants and errorcode, from the kernel ABI's table.

import { errnoName } from '../../../../kernel/abi/errno';
import { hashKey } from '../hash';
import type { PyValue, PyModule } from '../objects';
import { PyDict } from '../objects';
import { makeModule } from './util';

export function errnoModule(): PyModule {
  const entries: Record<string, PyValue> = {};
  const codes = new PyDict();
  for (let e = 1; e < 134; e++) {
    const name = errnoName(e);
    if (name === String(e)) continue;
    entries[name] = BigInt(e);
    codes.map.set(hashKey(BigInt(e)), { k: BigInt(e), v: name });
  }
  entries['EWOULDBLOCK'] = entries['EAGAIN'] ?? 11n;
  entries['errorcode'] = codes;
  return makeModule('errno', null, entries);
}
