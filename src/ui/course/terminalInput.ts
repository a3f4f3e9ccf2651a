// Clickable commands: a command in a lesson types itself into the terminal the learner used last
// (as if typed, followed by Enter), and the focus moves to that terminal.

import { terminalElementId } from '../components/TerminalScreen';
import type { Machine } from '../machine';

/** Types `command` and Enter into the active terminal; false when no terminal is open yet. */
export function typeCommand(machine: Machine, command: string): boolean {
  const { terminals, activeTerminal } = machine.store.getState();
  const id = terminals.has(activeTerminal) ? activeTerminal : 1;
  const terminal = terminals.get(id);
  if (!terminal) return false;
  terminal.input(`${command}\r`);
  if (typeof document !== 'undefined')
    document.querySelector<HTMLTextAreaElement>(`#${terminalElementId(id)} textarea`)?.focus();
  return true;
}
