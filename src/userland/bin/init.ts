// init(1): process 1. Reaps every orphan it inherits, forever.
// Simplification: no inittab, runlevels or services; the world starts the shells itself.

import type { Command } from '../command';
import { ECHILD } from '../../kernel/abi/errno';
import { SIGCHLD } from '../../kernel/abi/signal';

export const init: Command = {
  summary: 'init - process 1, the ancestor of all processes; reaps orphans',
  synopsis: 'init',
  description:
    'The first process the kernel starts. It adopts orphaned processes and reaps them when they exit.',
  *main(sys) {
    yield* sys.rt_sigaction(SIGCHLD, () => {});
    for (;;) {
      const r = yield* sys.wait4(-1, 0);
      if (r === -ECHILD) yield* sys.pause();
    }
  },
};
