// One row of the trace tree: a process header, a call in strace's format (with a tag naming its
// highlight class, so the class is not told by colour alone), or the explanation under a call.

import type { CallKind } from '../../../world/trace/describe';
import { lineOf } from './rows';
import type { Row } from './rows';
import { explanationText } from './explainText';
import { tx } from '../../i18n/react';

export const KIND_TAGS: Readonly<Record<CallKind, string>> = {
  clone: 'clone',
  namespace: 'ns',
  mount: 'mount',
  pivot_root: 'root',
  cgroup: 'cgroup',
  exec: 'exec',
};

interface Props {
  readonly row: Row;
  readonly id: string;
  readonly top: number;
  readonly active: boolean;
  onClick(): void;
}

function ProcessRow({ row }: { readonly row: Extract<Row, { type: 'process' }> }) {
  const counts = [tx('views:trace.rowCalls', { count: row.count })];
  if (row.shown !== row.count) counts.push(tx('views:trace.rowShown', { count: row.shown }));
  if (row.highlights > 0) counts.push(tx('views:trace.rowHighlighted', { count: row.highlights }));
  return (
    <>
      <span className="trace-twisty" aria-hidden="true">
        {row.expanded ? '▾' : '▸'}
      </span>
      <span className="trace-pid">{row.pid}</span> <span className="trace-comm">{row.comm}</span>{' '}
      <span className="trace-count">
        {tx('views:trace.rowCounts', { counts: counts.join(tx('views:trace.sep')) })}
      </span>
    </>
  );
}

export function TraceRow({ row, id, top, active, onClick }: Props) {
  const style = { top };
  const classes = ['trace-row', `trace-${row.type}`];
  if (active) classes.push('trace-active');
  if (row.type === 'note') {
    return (
      <div
        className={`${classes.join(' ')} trace-kind-${row.kind ?? 'none'}`}
        style={style}
        aria-hidden="true"
      >
        <span className="trace-note-text">↳ {explanationText(row.explanation)}</span>
      </div>
    );
  }
  if (row.type === 'process') {
    return (
      <div
        id={id}
        role="treeitem"
        aria-level={1}
        aria-expanded={row.expanded}
        aria-selected={active}
        className={classes.join(' ')}
        style={style}
        onClick={onClick}
      >
        <ProcessRow row={row} />
      </div>
    );
  }
  const { kind } = row;
  const explanation = explanationText(row.explanation);
  const line = lineOf(row.rec);
  if (kind) classes.push('trace-highlight', `trace-kind-${kind}`);
  return (
    <div
      id={id}
      role="treeitem"
      aria-level={2}
      aria-selected={active}
      className={classes.join(' ')}
      style={style}
      onClick={onClick}
    >
      {kind ? <span className="trace-tag">{KIND_TAGS[kind]}</span> : <span className="trace-tag-gap" />}
      <span className="trace-line">{line}</span>
      {explanation ? <span className="visually-hidden"> — {explanation}</span> : null}
    </div>
  );
}
