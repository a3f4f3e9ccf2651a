// The trace as the rows of a flat, virtualised tree: a header row per process (pid, comm, count)
// and below it, unless collapsed, one row per call in strace's format, with a note row under each
// highlighted call explaining it. Filtering happens here (calls.ts, incrementally). A call is
// formatted only when its row is drawn (or a text filter searches it), and a row object is made
// only when the tree asks for it, so a 20,000-call trace growing 8 times a second stays cheap.

import { classify, explainMessage, formatCall } from '../../../world/trace/describe';
import type { CallKind, Explanation } from '../../../world/trace/describe';
import { explanationText } from './explainText';
import type { TraceRecord, TracedProcess } from '../../../world/trace/types';
import { callIndex } from './calls';
import type { CallIndex } from './calls';

export interface Described {
  readonly kind: CallKind | undefined;
  /** What the call did, as a message: said in the page's language when drawn (explainText.ts). */
  readonly explanation: Explanation | undefined;
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
    d = kind ? { kind, explanation: explainMessage(rec) } : PLAIN;
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
    (explanationText(d.explanation)?.toLowerCase().includes(text) ?? false) ||
    lineOf(rec).toLowerCase().includes(text);
}

interface Segment {
  readonly start: number;
  readonly header: Row;
  readonly process: TracedProcess;
  /** Null when the process is collapsed. */
  readonly calls: CallIndex | null;
}

/**
 * The rows, flat to the tree but built per process: a process's header and calls are one segment
 * and a row is made only when asked for, so an update costs O(processes + new calls), not O(calls).
 */
export class RowList {
  readonly length: number;
  constructor(private readonly segments: readonly Segment[]) {
    const last = segments.at(-1);
    this.length = last ? last.start + 1 + (last.calls?.entries.length ?? 0) : 0;
  }

  /** The segment holding row `i` (binary search over the processes). */
  private segmentOf(i: number): Segment | undefined {
    let lo = 0;
    let hi = this.segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.segments[mid]!.start <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.segments[lo];
  }

  at(i: number): Row | undefined {
    if (i < 0 || i >= this.length) return undefined;
    const s = this.segmentOf(i);
    if (!s) return undefined;
    if (i === s.start) return s.header;
    const entry = s.calls?.entries[i - s.start - 1];
    const rec = entry === undefined ? undefined : s.process.records[entry >> 1];
    if (entry === undefined || !rec) return undefined;
    const { kind, explanation } = describe(rec);
    const note = (entry & 1) === 1;
    return { type: note ? 'note' : 'call', key: rec.seq * 2 + (entry & 1), rec, kind, explanation };
  }

  /** The index of the process row above row `i` (itself if it is one). */
  processOf(i: number): number {
    return this.segmentOf(i)?.start ?? -1;
  }

  /** The index of the row with this key, or -1. */
  indexOfKey(key: number): number {
    if (key < 0) return this.segments.find((s) => s.process.pid === -key)?.start ?? -1;
    const seq = Math.floor(key / 2);
    for (const s of this.segments) {
      const entries = s.calls?.entries;
      if (!entries) continue;
      const records = s.process.records;
      let lo = 0;
      let hi = entries.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const e = entries[mid]!;
        const k = records[e >> 1]!.seq * 2 + (e & 1);
        if (k < key) lo = mid + 1;
        else hi = mid;
      }
      const e = entries[lo];
      if (e !== undefined && records[e >> 1]!.seq === seq && (e & 1) === key % 2) return s.start + 1 + lo;
    }
    return -1;
  }
}

export function buildRows(processes: readonly TracedProcess[] | undefined, options: RowOptions): RowList {
  const segments: Segment[] = [];
  if (!processes) return new RowList(segments);
  const keep = matcher(options.filter);
  const filtering = keep !== undefined || options.highlightsOnly;
  const test =
    filtering && options.highlightsOnly
      ? (rec: TraceRecord, d: Described) => d.kind !== undefined && (!keep || keep(rec, d))
      : keep;
  let start = 0;
  for (const p of processes) {
    const index = callIndex(p.records, options, test, describe);
    if (filtering && index.shown === 0) continue;
    const expanded = !options.collapsed.has(p.pid);
    const { pid, comm, ppid } = p;
    const header: Row = {
      type: 'process',
      key: -pid,
      pid,
      comm,
      ppid,
      count: p.records.length,
      shown: index.shown,
      highlights: index.highlights,
      expanded,
    };
    segments.push({ start, header, process: p, calls: expanded ? index : null });
    start += 1 + (expanded ? index.entries.length : 0);
  }
  return new RowList(segments);
}
