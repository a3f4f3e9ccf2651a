// Which machine the learner is on: the sandbox or a lesson's (each lesson has its own machine,
// kept while the learner visits others), and the journals of the machines not shown. Switching
// keeps the shown machine's journal, then loads the other one (replayed) or a fresh one.
// src/ui/storage saves this store; the course panel switches through openContext().

import { createStore } from 'zustand/vanilla';
import type { Journal } from '../world';
import type { Machine } from './machine';

/** The context with no lesson. */
export const SANDBOX = 'sandbox';

export interface Session {
  /** SANDBOX or a lesson id. */
  readonly context: string;
  /** The last journal of each context's machine (the shown one's is current in the machine). */
  readonly journals: ReadonlyMap<string, Journal>;
}

export const session = createStore<Session>(() => ({ context: SANDBOX, journals: new Map() }));

/** An empty journal: a fresh machine (with a lesson's setup run first, if given). */
export function freshJournal(
  profile: Journal['profile'] = 'default',
  setup: readonly string[] = [],
): Journal {
  return {
    version: 1,
    seed: 1,
    profile,
    uptimeNs: 0,
    entries: setup.map((script) => ({ at: 0, op: 'exec', script })),
  };
}

/** The shown machine's journal now (undefined while none runs). */
export function currentJournal(machine: Machine): Journal | undefined {
  return machine.store.getState().world?.journal();
}

/** Remembers the shown machine's journal under the current context. */
export function keepCurrent(machine: Machine): void {
  const journal = currentJournal(machine);
  if (!journal) return;
  const { context, journals } = session.getState();
  session.setState({ journals: new Map(journals).set(context, journal) });
}

/**
 * Shows context `id`: its kept machine, or `fresh` when it has none (or when `restart`). The
 * machine shown until now is kept first.
 */
export function openContext(machine: Machine, id: string, fresh: Journal, restart = false): void {
  keepCurrent(machine);
  const kept = session.getState().journals.get(id);
  const journal = restart || !kept ? fresh : kept;
  const journals = new Map(session.getState().journals);
  if (restart) journals.delete(id);
  session.setState({ context: id, journals });
  machine.load(journal);
}
