// The signal module: signal numbers, SIG_DFL/SIG_IGN, signal.signal() for those dispositions.
//
// Simplification: Python-level handler functions are not supported (refused with ValueError);
// only SIG_DFL and SIG_IGN.

import { SIGNAL_NAMES, SIG_DFL, SIG_IGN } from '../../../../kernel/abi/signal';
import { toInt } from '../args';
import { pyErr } from '../exceptions';
import type { PyValue } from '../objects';
import type { PyModule } from '../objects';
import { makeModule } from './util';

export function signalModule(): PyModule {
  const entries: Record<string, PyValue> = {};
  SIGNAL_NAMES.forEach((n, i) => {
    if (n !== '') entries['SIG' + n] = BigInt(i);
  });
  return makeModule('signal', null, {
    ...entries,
    SIG_DFL: 0n,
    SIG_IGN: 1n,
    signal: function* (ip, args) {
      const sig = Number(toInt(args[0]!));
      const h = args[1]!;
      if (h !== 0n && h !== 1n)
        throw pyErr('ValueError', 'signal handler functions are not supported by this python3');
      const old = yield* ip.sys.rt_sigaction(sig, h === 0n ? SIG_DFL : SIG_IGN);
      if (typeof old === 'number') throw pyErr('OSError', `[Errno 22] Invalid argument`);
      return old === SIG_IGN ? 1n : 0n;
    },
  });
}
