// The demo player's actions with their effects on the machine: the reducer (player.ts) keeps the
// books, these type the commands and rebuild the machine. Plain functions over the stores, so
// the buttons and the keys (useDemoKeys.ts) do exactly the same.

import type { Demo } from '../../course/demo';
import type { Machine } from '../machine';
import { journalLength, rewindTo, typeInto } from './actions';
import { canAdvance, keepFor } from './player';
import { classroom } from './store';

const ready = (machine: Machine): boolean => machine.store.getState().status === 'running';

export function startDemo(machine: Machine, demo: Demo): void {
  if (!ready(machine)) return;
  classroom
    .getState()
    .dispatch({ type: 'start', demo: demo.id, count: demo.steps.length, at: journalLength(machine) });
}

/** Runs the next step: marks where it starts in the journal, then types its command. */
export function nextStep(machine: Machine, demo: Demo): void {
  const { player, dispatch } = classroom.getState();
  if (!ready(machine) || !canAdvance(player)) return;
  const step = demo.steps[player.next];
  if (!step) return;
  dispatch({ type: 'next', at: journalLength(machine) });
  if (step.run !== undefined) typeInto(machine, step.terminal, step.run);
}

/** One step back (or to the start): the machine rebuilt from the journal before that step. */
export function rewindStep(machine: Machine, how: 'rewind' | 'restart' = 'rewind'): void {
  const { player, dispatch } = classroom.getState();
  const keep = keepFor(player, how);
  if (!ready(machine) || keep === null) return;
  if (how === 'restart' && player.next === 0) return;
  dispatch({ type: how });
  rewindTo(machine, keep);
}

export function togglePause(): void {
  classroom.getState().dispatch({ type: 'togglePause' });
}

export function pauseDemo(): void {
  classroom.getState().dispatch({ type: 'pause' });
}

export function stopDemo(): void {
  classroom.getState().dispatch({ type: 'stop' });
}
