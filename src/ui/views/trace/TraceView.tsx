// The "System calls" view: the system calls of the last command typed in the terminal the
// learner is using, machine-wide and grouped by process (see world/trace). It follows the active
// terminal, re-reads the trace only when its generation changed, at most 8 times a second, and
// only while the tab is shown. Simplification: only the last command is kept, not a history.

import { useEffect, useState } from 'react';
import type { Machine } from '../../machine';
import type { ViewProps } from '../registry';
import type { CommandTrace } from '../../../world/trace/types';
import { TracePanel } from './TracePanel';

/** Re-read at most 8 times a second; a long trace (its rows cost more to rebuild) twice. */
const MIN_INTERVAL_MS = 125;
const LONG_INTERVAL_MS = 500;
const LONG_TRACE = 5000;

function useLastCommand(machine: Machine, active: boolean): CommandTrace | null {
  const [trace, setTrace] = useState<CommandTrace | null>(null);
  useEffect(() => {
    if (!active) return;
    let seen: { terminal: unknown; generation: number } | undefined;
    let last = -Infinity;
    let interval = MIN_INTERVAL_MS;
    const refresh = (): void => {
      const { terminals, activeTerminal, terminal: first } = machine.store.getState();
      const terminal = terminals.get(activeTerminal) ?? first;
      if (!terminal) return;
      const generation = terminal.traceGeneration();
      if (seen && seen.terminal === terminal && seen.generation === generation) return;
      const now = performance.now();
      if (seen?.terminal === terminal && now - last < interval) return;
      last = now;
      seen = { terminal, generation };
      const trace = terminal.lastCommand();
      interval = trace && trace.running && trace.total > LONG_TRACE ? LONG_INTERVAL_MS : MIN_INTERVAL_MS;
      setTrace(trace);
    };
    refresh();
    const offPump = machine.onAfterPump(refresh);
    const offStore = machine.store.subscribe(refresh);
    return () => {
      offPump();
      offStore();
    };
  }, [machine, active]);
  return trace;
}

export function TraceView({ machine, active }: ViewProps) {
  const trace = useLastCommand(machine, active);
  return (
    <div className="trace-view">
      <TracePanel trace={trace} />
    </div>
  );
}
