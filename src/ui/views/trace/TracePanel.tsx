// The trace panel proper (pure: it draws the CommandTrace it is given): a heading with the
// command, a filter box and a "highlights only" switch, and the calls grouped by process in a
// virtualised tree. Highlighted calls (clone with CLONE_NEW* flags, unshare/setns, mount,
// pivot_root, cgroup writes, exec) are coloured, tagged and explained in one line below.

import { useId, useMemo, useState } from 'react';
import type { CommandTrace } from '../../../world/trace/types';
import { buildRows } from './rows';
import { TraceTree } from './TraceTree';
import { tx, useT } from '../../i18n/react';

interface Props {
  readonly trace: CommandTrace | null;
}

/** The i18n key of what the panel says before any command ran. */
export const EMPTY_KEY = 'trace.empty';

function formatDuration(ns: number): string {
  if (ns < 1e6) return tx('views:units.us', { n: (ns / 1e3).toFixed(0) });
  if (ns < 1e9) return tx('views:units.ms', { n: (ns / 1e6).toFixed(1) });
  return tx('views:units.s', { n: (ns / 1e9).toFixed(2) });
}

function Summary({ trace }: { readonly trace: CommandTrace }) {
  const { t } = useT('views');
  const calls = t('trace.calls', { count: trace.total + trace.truncated });
  const parts = [
    t('trace.summary', { calls, processes: t('trace.processes', { count: trace.processes.length }) }),
  ];
  if (trace.endNs !== null)
    parts.push(t('trace.machineTime', { duration: formatDuration(trace.endNs - trace.startNs) }));
  return (
    <p className="trace-summary">
      {parts.join(t('trace.sep'))}
      {trace.running ? <span className="trace-running">{t('trace.running')}</span> : null}
      {trace.truncated > 0 ? (
        <span className="trace-truncated">
          {' '}
          {t('trace.truncated', { total: trace.total, count: trace.truncated })}
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
  const { t } = useT('views');
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
  if (!trace) return <p className="trace-empty">{t(EMPTY_KEY)}</p>;
  const allFolded = trace.processes.length > 0 && trace.processes.every((p) => collapsed.has(p.pid));
  return (
    <div className="trace-panel">
      <h4 className="trace-command">
        <span className="trace-prompt" aria-hidden="true">
          ${' '}
        </span>
        <span className="visually-hidden">{t('trace.callsOf')}</span>
        <code>{trace.command}</code>
      </h4>
      <Summary trace={trace} />
      <p className="visually-hidden" aria-live="polite">
        {trace.running
          ? ''
          : t('trace.traced', { command: trace.command, count: trace.total + trace.truncated })}
      </p>
      <div className="trace-tools">
        <label htmlFor={`${id}-filter`}>{t('trace.filter')}</label>
        <input
          id={`${id}-filter`}
          type="search"
          className="trace-filter"
          placeholder={t('trace.placeholder')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <button
          type="button"
          className="trace-fold"
          onClick={() => setCollapsed(allFolded ? new Set() : new Set(trace.processes.map((p) => p.pid)))}
        >
          {allFolded ? t('trace.expandAll') : t('trace.collapseAll')}
        </button>
        <label className="trace-only">
          <input
            type="checkbox"
            checked={highlightsOnly}
            onChange={(e) => setHighlightsOnly(e.target.checked)}
          />{' '}
          {t('trace.highlightsOnly')}
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="trace-empty">
          {filter.trim() !== '' || highlightsOnly ? t('trace.noMatch') : t('trace.noCalls')}
        </p>
      ) : (
        <TraceTree
          rows={rows}
          label={t('trace.treeLabel', { command: trace.command })}
          idPrefix={`${id}-row`}
          onToggle={(pid) => setCollapsed((c) => toggled(c, pid))}
        />
      )}
    </div>
  );
}
