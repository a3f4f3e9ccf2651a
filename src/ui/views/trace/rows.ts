// The trace as the rows of a flat, virtualised tree: a header row per process (pid, comm, count)
// and below it, unless collapsed, one row per call in strace's format, with a note row under each
// highlighted call explaining it. Filtering happens here; formatting is cached per record.

import { classify, explain, formatCall } from '../../../world/trace/describe';
import type { CallKind } from '../../../world/trace/describe';
import type { CommandTrace, TraceRecord } from '../../../world/trace/types';

export interface Described {
  readonly line: string;
  readonly kind: CallKind | undefined;
  readonly explanation: string | undefined;
}

export type Row =
  | {
      readonly type: 'process';
      readonly key: string;
      readonly pid: number;
      readonly comm: string;
      readonly ppid: number;
      readonly count: number;
      readonly shown: number;
      readonly highlights: number;
      readonly expanded: boolean;
    }
  | { readonly type: 'call'; readonly key: string; readonly pid: number; readonly call: Described }
  | { readonly type: 'note'; readonly key: string; readonly pid: number; readonly call: Described };

export interface RowOptions {
  readonly filter: string;
  readonly highlightsOnly: boolean;
  readonly collapsed: ReadonlySet<number>;
}

const cache = new WeakMap<TraceRecord, Described>();

export function describe(rec: TraceRecord): Described {
  let d = cache.get(rec);
  if (!d) {
    const kind = classify(rec);
    d = { line: formatCall(rec), kind, explanation: kind ? explain(rec) : undefined };
    cache.set(rec, d);
  }
  return d;
}

/** "mount" or "clone,mount" match those calls by name; any text matches lines or explanations holding it. */
export function matcher(filter: string): (rec: TraceRecord, d: Described) => boolean {
  const text = filter.trim().toLowerCase();
  if (text === '') return () => true;
  const names = new Set(text.split(/[\s,]+/).filter((n) => n !== ''));
  return (rec, d) =>
    (rec.type === 'syscall' && names.has(rec.name)) ||
    d.line.toLowerCase().includes(text) ||
    (d.explanation?.toLowerCase().includes(text) ?? false);
}

export function buildRows(trace: CommandTrace | null, options: RowOptions): Row[] {
  const rows: Row[] = [];
  if (!trace) return rows;
  const matches = matcher(options.filter);
  for (const p of trace.processes) {
    const kept: Described[] = [];
    let highlights = 0;
    for (const rec of p.records) {
      const d = describe(rec);
      if (d.kind) highlights++;
      if ((!options.highlightsOnly || d.kind) && matches(rec, d)) kept.push(d);
    }
    if (kept.length === 0 && (options.highlightsOnly || options.filter.trim() !== '')) continue;
    const expanded = !options.collapsed.has(p.pid);
    rows.push({
      type: 'process',
      key: `p${p.pid}`,
      pid: p.pid,
      comm: p.comm,
      ppid: p.ppid,
      count: p.records.length,
      shown: kept.length,
      highlights,
      expanded,
    });
    if (!expanded) continue;
    kept.forEach((call, i) => {
      rows.push({ type: 'call', key: `c${p.pid}-${i}`, pid: p.pid, call });
      if (call.explanation) rows.push({ type: 'note', key: `n${p.pid}-${i}`, pid: p.pid, call });
    });
  }
  return rows;
}
