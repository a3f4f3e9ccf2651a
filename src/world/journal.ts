// The journal: every input a world received, with the virtual time it arrived. A world is its
// options plus its journal (ARCHITECTURE.md §3: generators cannot be saved, so a saved machine is
// the journal replayed). Saving, sharing by link and "undo the last command" all use it.
// Simplification: the page cuts a busy program's time slices short when a frame's budget runs out
// (pump's shouldYield), and replay does not, so while a program is busy the replayed machine can
// be a few scheduler steps ahead or behind at the same virtual time: a Ctrl-C that stops a busy
// loop may stop it a few iterations earlier or later. Idle machines replay exactly.

import type { ExecOptions, Profile } from './types';

export const JOURNAL_VERSION = 1;

/** Journals beyond these sizes are refused (a hostile link must not freeze the page). */
export const JOURNAL_LIMITS = { entries: 200_000, dataChars: 1 << 20 } as const;

export type JournalEntry =
  /** world.exec(script, options) — a lesson's setup, or a check run headlessly. */
  | ({ readonly at: number; readonly op: 'exec'; readonly script: string } & ExecOptions)
  /** world.openTerminal: terminals are numbered 0, 1, … in the order they were opened. */
  | { readonly at: number; readonly op: 'open'; readonly cols: number; readonly rows: number }
  | { readonly at: number; readonly op: 'input'; readonly term: number; readonly data: string }
  | {
      readonly at: number;
      readonly op: 'resize';
      readonly term: number;
      readonly cols: number;
      readonly rows: number;
    };

export interface Journal {
  readonly version: typeof JOURNAL_VERSION;
  readonly seed: number;
  readonly profile: Profile;
  /** Virtual time (ns since boot) when the journal was taken; replay runs the machine to it. */
  readonly uptimeNs: number;
  readonly entries: readonly JournalEntry[];
}

const isInt = (v: unknown, min = 0): v is number => Number.isSafeInteger(v) && (v as number) >= min;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= JOURNAL_LIMITS.dataChars;
const isSize = (v: unknown): boolean => isInt(v, 1) && (v as number) <= 1000;

function entryProblem(e: unknown, terminals: number): string | undefined {
  if (typeof e !== 'object' || e === null) return 'not an object';
  const r = e as Record<string, unknown>;
  if (!isTime(r.at)) return 'at: not a time';
  switch (r.op) {
    case 'exec':
      if (!isText(r.script)) return 'script: not a string';
      if (r.stdin !== undefined && !isText(r.stdin)) return 'stdin: not a string';
      if (r.scriptName !== undefined && !isText(r.scriptName)) return 'scriptName: not a string';
      return r.timeoutNs === undefined || isTime(r.timeoutNs) ? undefined : 'timeoutNs: not a time';
    case 'open':
      return isSize(r.cols) && isSize(r.rows) ? undefined : 'cols/rows: not a terminal size';
    case 'input':
      if (!isInt(r.term) || r.term >= terminals) return 'term: no such terminal';
      return isText(r.data) ? undefined : 'data: not a string';
    case 'resize':
      if (!isInt(r.term) || r.term >= terminals) return 'term: no such terminal';
      return isSize(r.cols) && isSize(r.rows) ? undefined : 'cols/rows: not a terminal size';
    default:
      return 'op: unknown';
  }
}

/** Checks data from storage or a link: a Journal (fresh plain objects), or what is wrong. */
export function parseJournal(value: unknown): { ok: true; journal: Journal } | { ok: false; error: string } {
  if (typeof value !== 'object' || value === null) return { ok: false, error: 'not an object' };
  const r = value as Record<string, unknown>;
  if (r.version !== JOURNAL_VERSION) return { ok: false, error: `version ${String(r.version)} is not 1` };
  if (!isInt(r.seed)) return { ok: false, error: 'seed: not a whole number' };
  if (r.profile !== 'default' && r.profile !== 'hybrid') return { ok: false, error: 'profile: unknown' };
  if (!isTime(r.uptimeNs)) return { ok: false, error: 'uptimeNs: not a time' };
  if (!Array.isArray(r.entries)) return { ok: false, error: 'entries: not a list' };
  if (r.entries.length > JOURNAL_LIMITS.entries) return { ok: false, error: 'entries: too many' };
  let terminals = 0;
  let last = 0;
  const entries: JournalEntry[] = [];
  for (const [i, e] of r.entries.entries()) {
    const problem = entryProblem(e, terminals);
    if (problem) return { ok: false, error: `entries[${i}].${problem}` };
    const entry = { ...(e as JournalEntry) };
    if (entry.at < last) return { ok: false, error: `entries[${i}].at: earlier than the entry before` };
    last = entry.at;
    if (entry.op === 'open') terminals++;
    entries.push(pick(entry));
  }
  if (r.uptimeNs < last) return { ok: false, error: 'uptimeNs: earlier than the last entry' };
  return {
    ok: true,
    journal: { version: 1, seed: r.seed, profile: r.profile, uptimeNs: r.uptimeNs, entries },
  };
}

/** Only the fields an entry of its op has (nothing else from parsed data survives). */
function pick(e: JournalEntry): JournalEntry {
  switch (e.op) {
    case 'exec': {
      const { stdin, scriptName, timeoutNs } = e;
      return {
        at: e.at,
        op: e.op,
        script: e.script,
        ...(stdin === undefined ? {} : { stdin }),
        ...(scriptName === undefined ? {} : { scriptName }),
        ...(timeoutNs === undefined ? {} : { timeoutNs }),
      };
    }
    case 'open':
      return { at: e.at, op: e.op, cols: e.cols, rows: e.rows };
    case 'input':
      return { at: e.at, op: e.op, term: e.term, data: e.data };
    case 'resize':
      return { at: e.at, op: e.op, term: e.term, cols: e.cols, rows: e.rows };
  }
}

const ENTER = /[\r\n]/;

/**
 * The journal without the last command typed: everything from the keystroke after the previous
 * Enter on the terminal where the last Enter was pressed. Undefined when nothing was typed.
 */
export function withoutLastCommand(journal: Journal): Journal | undefined {
  const { entries } = journal;
  let last = -1;
  for (let i = entries.length - 1; i >= 0 && last < 0; i--) {
    const e = entries[i];
    if (e?.op === 'input' && ENTER.test(e.data)) last = i;
  }
  if (last < 0) return undefined;
  const term = (entries[last] as { term: number }).term;
  let cut = last;
  while (cut > 0) {
    const e = entries[cut - 1];
    if (e?.op === 'input' && e.term === term && ENTER.test(e.data)) break;
    if (e?.op === 'exec' || e?.op === 'open') break;
    cut--;
  }
  return truncateJournal(journal, cut);
}

/**
 * The journal's first `keep` entries. Its virtual time is the moment the first dropped entry
 * arrived (the machine runs up to just before it), or the journal's own time if none is dropped.
 */
export function truncateJournal(journal: Journal, keep: number): Journal {
  const n = Math.max(0, Math.min(keep, journal.entries.length));
  const uptimeNs = journal.entries[n]?.at ?? journal.uptimeNs;
  return { ...journal, uptimeNs, entries: journal.entries.slice(0, n) };
}
