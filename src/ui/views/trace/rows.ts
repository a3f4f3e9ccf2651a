// The trace as the rows of a flat, virtualised tree: a header row per process (pid, comm, count)
// and below it, unless collapsed, one row per call in strace's format, with a note row under each
// highlighted call explaining it. Filtering happens here. A call is formatted only when its row is
// drawn (or a text filter searches it), so a 20,000-call trace opens without formatting them all.

import { classify, explain, formatCall } from '../../../world/trace/describe';
import type { CallKind } from '../../../world/trace/describe';
import type { TraceRecord, TracedProcess } from '../../../world/trace/types';

export interface Described {
  readonly kind: CallKind | undefined;
  readonly explanation: string | undefined;
}

/** Row keys are numbers: -pid for a process, 2·seq for a call and 2·seq+1 for its note. */
export type Row =
  | {
      readonly type: 'process';
      readonly key: number;
      readonly pid: number;
      readonly comm: string;
      readonly ppid: number;
      readonly count: number;
      readonly shown: number;
      readonly highlights: number;
      readonly expanded: boolean;
    }
  | (Described & { readonly type: 'call' | 'note'; readonly key: number; readonly rec: TraceRecord });

export interface RowOptions {
  readonly filter: string;
  readonly highlightsOnly: boolean;
  readonly collapsed: ReadonlySet<number>;
}

const PLAIN: Described = { kind: undefined, explanation: undefined };
const described = new WeakMap<TraceRecord, Described>();
const lines = new WeakMap<TraceRecord, string>();

/** The record's highlight class and explanation (cheap: only highlighted calls are explained). */
export function describe(rec: TraceRecord): Described {
  let d = described.get(rec);
  if (!d) {
    const kind = classify(rec);
    d = kind ? { kind, explanation: explain(rec) } : PLAIN;
    described.set(rec, d);
  }
  return d;
}

/** The record in strace's format, made when first shown (or searched), then kept. */
export function lineOf(rec: TraceRecord): string {
  let line = lines.get(rec);
  if (line === undefined) lines.set(rec, (line = formatCall(rec)));
  return line;
}

/** "mount" or "clone,mount" match those calls by name; any text matches lines or explanations holding it. */
export function matcher(filter: string): ((rec: TraceRecord, d: Described) => boolean) | undefined {
  const text = filter.trim().toLowerCase();
  if (text === '') return undefined;
  const names = new Set(text.split(/[\s,]+/).filter((n) => n !== ''));
  return (rec, d) =>
    (rec.type === 'syscall' && names.has(rec.name)) ||
    (d.explanation?.toLowerCase().includes(text) ?? false) ||
    lineOf(rec).toLowerCase().includes(text);
}

function callRows(rows: Row[], records: readonly TraceRecord[], kept: readonly number[] | undefined): void {
  const count = kept ? kept.length : records.length;
  for (let j = 0; j < count; j++) {
    const rec = records[kept ? kept[j]! : j]!;
    const d = describe(rec);
    rows.push({ type: 'call', key: rec.seq * 2, rec, kind: d.kind, explanation: d.explanation });
    if (d.explanation)
      rows.push({ type: 'note', key: rec.seq * 2 + 1, rec, kind: d.kind, explanation: d.explanation });
  }
}

export function buildRows(processes: readonly TracedProcess[] | undefined, options: RowOptions): Row[] {
  const rows: Row[] = [];
  if (!processes) return rows;
  const matches = matcher(options.filter);
  const filtering = matches !== undefined || options.highlightsOnly;
  for (const p of processes) {
    let highlights = 0;
    const kept: number[] | undefined = filtering ? [] : undefined;
    p.records.forEach((rec, i) => {
      const d = describe(rec);
      if (d.kind) highlights++;
      if (kept && (!options.highlightsOnly || d.kind) && (!matches || matches(rec, d))) kept.push(i);
    });
    if (kept?.length === 0) continue;
    const expanded = !options.collapsed.has(p.pid);
    const { pid, comm, ppid } = p;
    const shown = kept ? kept.length : p.records.length;
    rows.push({
      type: 'process',
      key: -pid,
      pid,
      comm,
      ppid,
      count: p.records.length,
      shown,
      highlights,
      expanded,
    });
    if (expanded) callRows(rows, p.records, kept);
  }
  return rows;
}
