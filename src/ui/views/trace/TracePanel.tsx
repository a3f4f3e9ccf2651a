// The trace panel proper (pure: it draws the CommandTrace it is given): a heading with the
// command, a filter box and a "highlights only" switch, and the calls grouped by process in a
// virtualised tree. Highlighted calls (clone with CLONE_NEW* flags, unshare/setns, mount,
// pivot_root, cgroup writes, exec) are coloured, tagged and explained in one line below.

import { useId, useMemo, useState } from 'react';
import type { CommandTrace } from '../../../world/trace/types';
import { buildRows } from './rows';
import { TraceTree } from './TraceTree';

interface Props {
  readonly trace: CommandTrace | null;
}

export const EMPTY_TEXT = 'Type a command in the terminal; its system calls appear here.';

function formatDuration(ns: number): string {
  if (ns < 1e6) return `${(ns / 1e3).toFixed(0)} µs`;
  if (ns < 1e9) return `${(ns / 1e6).toFixed(1)} ms`;
  return `${(ns / 1e9).toFixed(2)} s`;
}

function Summary({ trace }: { readonly trace: CommandTrace }) {
  const n = trace.processes.length;
  const parts = [
    `${trace.total + trace.truncated} system calls in ${n} ${n === 1 ? 'process' : 'processes'}`,
  ];
  if (trace.endNs !== null) parts.push(`${formatDuration(trace.endNs - trace.startNs)} of machine time`);
  return (
    <p className="trace-summary">
      {parts.join(', ')}
      {trace.running ? <span className="trace-running"> — running…</span> : null}
      {trace.truncated > 0 ? (
        <span className="trace-truncated">
          {' '}
          — only the first {trace.total} are kept; {trace.truncated} more left out
        </span>
      ) : null}
    </p>
  );
}

function toggled(set: ReadonlySet<number>, pid: number): Set<number> {
  const next = new Set(set);
  if (!next.delete(pid)) next.add(pid);
  return next;
}

export function TracePanel({ trace }: Props) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const [highlightsOnly, setHighlightsOnly] = useState(false);
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(new Set());
  // The same process list (only counts changed) keeps the same rows.
  const processes = trace?.processes;
  const rows = useMemo(
    () => buildRows(processes, { filter, highlightsOnly, collapsed }),
    [processes, filter, highlightsOnly, collapsed],
  );
  if (!trace) return <p className="trace-empty">{EMPTY_TEXT}</p>;
  const allFolded = trace.processes.length > 0 && trace.processes.every((p) => collapsed.has(p.pid));
  return (
    <div className="trace-panel">
      <h4 className="trace-command">
        <span className="trace-prompt" aria-hidden="true">
          ${' '}
        </span>
        <span className="visually-hidden">System calls of </span>
        <code>{trace.command}</code>
      </h4>
      <Summary trace={trace} />
      <p className="visually-hidden" aria-live="polite">
        {trace.running ? '' : `${trace.command}: ${trace.total + trace.truncated} system calls traced.`}
      </p>
      <div className="trace-tools">
        <label htmlFor={`${id}-filter`}>Filter</label>
        <input
          id={`${id}-filter`}
          type="search"
          className="trace-filter"
          placeholder="call name or text, e.g. mount"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <button
          type="button"
          className="trace-fold"
          onClick={() => setCollapsed(allFolded ? new Set() : new Set(trace.processes.map((p) => p.pid)))}
        >
          {allFolded ? 'Expand all' : 'Collapse all'}
        </button>
        <label className="trace-only">
          <input
            type="checkbox"
            checked={highlightsOnly}
            onChange={(e) => setHighlightsOnly(e.target.checked)}
          />{' '}
          Highlights only
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="trace-empty">
          {filter.trim() !== '' || highlightsOnly ? 'No call matches.' : 'No system calls yet.'}
        </p>
      ) : (
        <TraceTree
          rows={rows}
          label={`System calls of ${trace.command}, by process`}
          idPrefix={`${id}-row`}
          onToggle={(pid) => setCollapsed((c) => toggled(c, pid))}
        />
      )}
    </div>
  );
}
