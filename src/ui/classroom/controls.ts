// The demo player's actions with their effects on the machine: the reducer (player.ts) keeps the
// books, these type the commands and rebuild the machine. Plain functions over the stores, so
// the buttons and the keys (useDemoKeys.ts) do exactly the same.

import type { Demo } from '../../course/demo';
import type { Machine } from '../machine';
import { classroomLayout, journalLength, rewindTo, typeInto } from './actions';
import { canAdvance, keepFor } from './player';
import { classroom } from './store';

const ready = (machine: Machine): boolean => machine.store.getState().status === 'running';

/** Starts `demo` on the machine as it is; a demo using two terminals gets the classroom layout. */
export function startDemo(machine: Machine, demo: Demo): void {
  if (!ready(machine)) return;
  const at = journalLength(machine);
  classroom.getState().dispatch({ type: 'start', demo: demo.id, count: demo.steps.length, at });
  classroom.setState({ epoch: machine.store.getState().epoch });
  if (demo.steps.some((s) => s.terminal > 1)) classroomLayout();
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
  // machine.load bumps the epoch as it starts: expect that one (followMachine must not stop us).
  classroom.setState({ epoch: machine.store.getState().epoch + 1 });
  rewindTo(machine, keep);
}

/** Ends the demo when a machine the player did not load replaces the one it marked. */
export function followMachine(machine: Machine): () => void {
  return machine.store.subscribe((s) => {
    const { player, epoch } = classroom.getState();
    if (player.demo !== null && epoch !== null && s.epoch !== epoch) stopDemo();
  });
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
