// The trace tree's rows, built incrementally per process, against a plain rebuild of every row
// (the earlier algorithm) while a trace grows, its tail call is replaced, and filters change.

import { describe as group, expect, it } from 'vitest';
import { buildRows, describe, matcher } from '../../../../src/ui/views/trace/rows';
import type { Row, RowOptions } from '../../../../src/ui/views/trace/rows';
import type { TraceRecord, TracedProcess } from '../../../../src/world/trace/types';
import { makeCommandTrace, syntheticCall } from '../../../bench/views/trace.fixture';

function plainRows(processes: readonly TracedProcess[], options: RowOptions): Row[] {
  const rows: Row[] = [];
  const matches = matcher(options.filter);
  const filtering = matches !== undefined || options.highlightsOnly;
  for (const p of processes) {
    const kept = p.records.filter((rec) => {
      const d = describe(rec);
      return !filtering || ((!options.highlightsOnly || d.kind) && (!matches || matches(rec, d)));
    });
    if (filtering && kept.length === 0) continue;
    const expanded = !options.collapsed.has(p.pid);
    const highlights = p.records.filter((rec) => describe(rec).kind).length;
    const { pid, comm, ppid } = p;
    const count = p.records.length;
    rows.push({
      type: 'process',
      key: -pid,
      pid,
      comm,
      ppid,
      count,
      shown: kept.length,
      highlights,
      expanded,
    });
    if (!expanded) continue;
    for (const rec of kept) {
      const { kind, explanation } = describe(rec);
      rows.push({ type: 'call', key: rec.seq * 2, rec, kind, explanation });
      if (explanation) rows.push({ type: 'note', key: rec.seq * 2 + 1, rec, kind, explanation });
    }
  }
  return rows;
}

function expectSame(processes: readonly TracedProcess[], options: RowOptions): void {
  const list = buildRows(processes, options);
  const expected = plainRows(processes, options);
  const got = Array.from({ length: list.length }, (_, i) => list.at(i));
  expect(got).toEqual(expected);
  let header = -1;
  expected.forEach((row, i) => {
    if (row.type === 'process') header = i;
    expect(list.indexOfKey(row.key)).toBe(i);
    expect(list.processOf(i)).toBe(header);
  });
  expect(list.at(expected.length)).toBeUndefined();
  expect(list.indexOfKey(10 ** 9)).toBe(-1);
}

const all = makeCommandTrace(3000).processes;
const grown = (count: number): TracedProcess[] =>
  all.map((p) => ({ ...p, records: p.records.slice(0, Math.ceil(count / all.length)) }));

const MODES: RowOptions[] = [
  { filter: '', highlightsOnly: false, collapsed: new Set() },
  { filter: '', highlightsOnly: true, collapsed: new Set() },
  { filter: 'mount', highlightsOnly: false, collapsed: new Set([all[1]!.pid]) },
  { filter: 'container', highlightsOnly: false, collapsed: new Set() },
  { filter: 'write', highlightsOnly: true, collapsed: new Set([all[0]!.pid]) },
];

group('trace rows', () => {
  it('match a full rebuild at every step of a growing trace, in every filter', () => {
    // One filter at a time, as a panel uses them (the index is kept for the last filter only).
    for (const options of MODES) {
      for (const count of [0, 1, 7, 120, 121, 900, 900, 2000, 3000]) expectSame(grown(count), options);
    }
  });

  it('notice a tail call replaced by its merged enter and exit, and a trace cut shorter', () => {
    const before = grown(600);
    const p = before[2]!;
    const tail = p.records.at(-1)!;
    const merged: TraceRecord = { ...tail, time: tail.time + 1 };
    for (const options of MODES) {
      expectSame(before, options);
      const after = before.map((q) => (q === p ? { ...q, records: [...q.records.slice(0, -1), merged] } : q));
      expectSame(after, options);
      expectSame(grown(300), options);
    }
  });

  it('notice the tail replaced inside the same array', () => {
    const records = grown(600)[3]!.records.slice();
    const p: TracedProcess = { pid: 7, ppid: 1, comm: 'sh', records };
    const options = MODES[1]!;
    const before = buildRows([p], MODES[0]!).at(0);
    const highlights = before?.type === 'process' ? before.highlights : NaN;
    expectSame([p], options);
    // The ordinary tail becomes a clone into new namespaces (a highlight), then a call follows.
    const tail = records.at(-1)!;
    expect(describe(tail).kind).toBeUndefined();
    records[records.length - 1] = { ...syntheticCall(0), seq: tail.seq, pid: 7 };
    records.push({ ...syntheticCall(50), seq: tail.seq + 1, pid: 7 });
    expectSame([p], options);
    expect(buildRows([p], MODES[0]!).at(0)).toMatchObject({ type: 'process', highlights: highlights + 2 });
  });
});
