// Which of a process's calls the tree shows, kept up to date incrementally: a command's records
// only grow (the tail call may be replaced once its blocked enter and exit merge), so each update
// looks only at the records added since the last one instead of describing and filtering all
// 20,000 again. An index is cached per process (by its first record object) and per filter.

import type { TraceRecord } from '../../../world/trace/types';
import type { Described } from './rows';

export interface Mode {
  readonly filter: string;
  readonly highlightsOnly: boolean;
}

export interface CallIndex {
  /** The rows under the process header: record index · 2, plus 1 for an explanation row. */
  readonly entries: number[];
  /** Calls kept by the filter, and highlighted calls among all of them. */
  shown: number;
  highlights: number;
}

interface Cached extends CallIndex {
  mode: string;
  /** The records as last seen (the array handed out then: a copy, or the same growing one). */
  seen: readonly TraceRecord[];
  seenLength: number;
  /** The last record seen (to notice a tail replaced inside the same array). */
  tail: TraceRecord | undefined;
}

type Keep = (rec: TraceRecord, d: Described) => boolean;

const cache = new WeakMap<TraceRecord, Cached>();

/** How many of the records seen last time are still the same objects at the same places. */
function commonPrefix(c: Cached, records: readonly TraceRecord[]): number {
  let k = Math.min(c.seenLength, records.length);
  if (records === c.seen) return k === c.seenLength && records[k - 1] === c.tail ? k : 0;
  while (k > 0 && records[k - 1] !== c.seen[k - 1]) k--;
  return k;
}

/** Forget what was derived from the records from index `k` on. */
function truncate(c: Cached, k: number, describe: (rec: TraceRecord) => Described): void {
  for (let j = k; j < c.seenLength; j++) if (describe(c.seen[j]!).kind) c.highlights--;
  let last = c.entries.at(-1);
  while (last !== undefined && last >> 1 >= k) {
    c.entries.pop();
    if ((last & 1) === 0) c.shown--;
    last = c.entries.at(-1);
  }
}

/** The call index of `records` under `mode`, extended by (only) the records new since last time. */
export function callIndex(
  records: readonly TraceRecord[],
  mode: Mode,
  keep: Keep | undefined,
  describe: (rec: TraceRecord) => Described,
): CallIndex {
  const first = records[0];
  if (!first) return { entries: [], shown: 0, highlights: 0 };
  const modeKey = `${mode.highlightsOnly ? 1 : 0}:${mode.filter}`;
  let c = cache.get(first);
  if (!c || c.mode !== modeKey) {
    c = { entries: [], shown: 0, highlights: 0, mode: modeKey, seen: [], seenLength: 0, tail: undefined };
    cache.set(first, c);
  }
  const k = commonPrefix(c, records);
  if (k === 0) {
    c.entries.length = 0;
    c.shown = 0;
    c.highlights = 0;
  } else if (k < c.seenLength) truncate(c, k, describe);
  for (let i = k; i < records.length; i++) {
    const rec = records[i]!;
    const d = describe(rec);
    if (d.kind) c.highlights++;
    if (!keep || keep(rec, d)) {
      c.shown++;
      c.entries.push(i * 2);
      if (d.explanation) c.entries.push(i * 2 + 1);
    }
  }
  c.seen = records;
  c.seenLength = records.length;
  c.tail = records.at(-1);
  return c;
}
