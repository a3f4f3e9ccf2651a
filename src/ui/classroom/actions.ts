// What the classroom buttons do to the page: type a demo step's command into its terminal
// (opening that terminal first when needed), rewind the machine to a journal mark, and the
// classroom layout (host and container terminals side by side, the views beside them).

import { layout } from '../layout';
import type { Machine } from '../machine';
import { truncateJournal } from '../../world/journal';
import type { Terminal } from '../../world/types';

/** The journal's length now (0 while no machine runs). */
export function journalLength(machine: Machine): number {
  return machine.store.getState().world?.journalLength() ?? 0;
}

/**
 * Calls `use` with terminal `id` once it is open: the workbench opens terminals up to `id` if it
 * has fewer, and the screen opens it on the machine as it mounts. Returns a cancel function.
 */
export function withTerminal(machine: Machine, id: number, use: (terminal: Terminal) => void): () => void {
  const open = machine.store.getState().terminals.get(id);
  if (open) {
    use(open);
    return () => undefined;
  }
  while (!layout.getState().terminals.includes(id)) {
    if (layout.getState().addTerminal() === null) return () => undefined;
  }
  const stop = machine.store.subscribe((s) => {
    const terminal = s.terminals.get(id);
    if (!terminal) return;
    stop();
    use(terminal);
  });
  return stop;
}

/** Types `command` and Enter into terminal `id` and shows that terminal. */
export function typeInto(machine: Machine, id: number, command: string): () => void {
  const { terminalMode } = layout.getState();
  return withTerminal(machine, id, (terminal) => {
    if (terminalMode === 'tabs') layout.getState().showTerminal(id);
    machine.setActiveTerminal(id);
    terminal.input(`${command}\r`);
  });
}

/** Rebuilds the machine from the first `keep` entries of its journal. */
export function rewindTo(machine: Machine, keep: number): boolean {
  const journal = machine.store.getState().world?.journal();
  if (!journal) return false;
  machine.load(truncateJournal(journal, keep));
  return true;
}

/** Two terminals side by side (1: the one that becomes the container, 2: the host) beside the views. */
export function classroomLayout(): void {
  const state = layout.getState();
  while (layout.getState().terminals.length < 2) {
    if (state.addTerminal() === null) break;
  }
  layout.getState().setTerminalMode('split');
  if (layout.getState().split < 0.6) layout.getState().setSplit(0.6);
}
