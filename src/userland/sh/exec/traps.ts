// Traps: a signal handler only records the signal (like bash's trap_handler setting a flag); the
// action runs at the next safe point between commands. The EXIT trap runs when the shell (or a
// subshell that set it) exits. Forked children drop the parent's handlers, which would otherwise
// act on the parent's state.

import { SIGINT, SIG_DFL, SIG_IGN } from '../../../kernel/abi/signal';
import { AbortLine } from '../shell';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';

/** Install the flag-setting handler for `sig`. */
export function* catchSignal(sh: Shell, sig: number): Gen<void> {
  sh.handled.add(sig);
  yield* sh.sys.rt_sigaction(sig, (s: number) => {
    sh.pendingSignals.push(s);
  });
}

export function* ignoreSignal(sh: Shell, sig: number): Gen<void> {
  sh.handled.delete(sig);
  yield* sh.sys.rt_sigaction(sig, SIG_IGN);
}

export function* defaultSignal(sh: Shell, sig: number): Gen<void> {
  sh.handled.delete(sig);
  yield* sh.sys.rt_sigaction(sig, SIG_DFL);
}

/** In a forked child: drop traps (keeping ignored signals) and the parent's handlers. */
export function* resetChildSignals(sh: Shell): Gen<void> {
  for (const sig of sh.handled) yield* sh.sys.rt_sigaction(sig, SIG_DFL);
  sh.handled = new Set();
  for (const [k, action] of [...sh.traps]) if (action !== '') sh.traps.delete(k);
  sh.pendingSignals = [];
}

/** Run the actions of signals caught since the last safe point. */
export function* runPendingTraps(sh: Shell): Gen<void> {
  if (sh.inTrap || sh.pendingSignals.length === 0) return;
  while (sh.pendingSignals.length > 0) {
    const sig = sh.pendingSignals.shift()!;
    const action = sh.traps.get(String(sig));
    if (action === undefined && sig === SIGINT && sh.interactive) {
      sh.pendingSignals = [];
      yield* sh.sys.write(2, '\n');
      throw new AbortLine(130, false);
    }
    if (action === undefined || action === '') continue;
    const saved = sh.status;
    sh.inTrap = true;
    try {
      yield* sh.hooks.evalString(sh, action);
    } finally {
      sh.inTrap = false;
    }
    sh.status = saved;
  }
}

/** Run the EXIT trap (once) and return the shell's final exit status. */
export function* runExitTrap(sh: Shell): Gen<number> {
  const action = sh.traps.get('EXIT');
  if (action === undefined || action === '') return sh.status;
  sh.traps.delete('EXIT');
  const status = sh.status;
  try {
    yield* sh.hooks.evalString(sh, action);
  } catch (e) {
    const s = (e as { status?: unknown }).status;
    if (typeof s === 'number') return s;
    throw e;
  }
  return status;
}
