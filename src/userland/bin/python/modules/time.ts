// The time module: time(), sleep() (nanosleep), monotonic(), perf_counter(), time_ns().

import { CLOCK_MONOTONIC, CLOCK_REALTIME } from '../../../../kernel/abi/sys';
import { EINTR } from '../../../../kernel/abi/errno';
import { pyErr } from '../exceptions';
import { asNum, toFloat } from '../numeric';
import type { PyModule } from '../objects';
import { typeName } from '../types';
import { makeModule } from './util';

export function timeModule(): PyModule {
  return makeModule('time', null, {
    time: function* (ip) {
      const t = yield* ip.sys.clock_gettime(CLOCK_REALTIME);
      return t.sec + t.nsec / 1e9;
    },
    time_ns: function* (ip) {
      const t = yield* ip.sys.clock_gettime(CLOCK_REALTIME);
      return BigInt(t.sec) * 1000000000n + BigInt(t.nsec);
    },
    monotonic: function* (ip) {
      const t = yield* ip.sys.clock_gettime(CLOCK_MONOTONIC);
      return t.sec + t.nsec / 1e9;
    },
    perf_counter: function* (ip) {
      const t = yield* ip.sys.clock_gettime(CLOCK_MONOTONIC);
      return t.sec + t.nsec / 1e9;
    },
    sleep: function* (ip, args) {
      const n = asNum(args[0] ?? null);
      if (n === undefined)
        throw pyErr('TypeError', `'${typeName(args[0] ?? null)}' object cannot be interpreted as an integer`);
      const s = toFloat(n);
      if (s < 0) throw pyErr('ValueError', 'sleep length must be non-negative');
      let r = yield* ip.sys.nanosleep(Math.round(s * 1e9));
      while (r === -EINTR) r = 0;
      return null;
    },
  });
}
