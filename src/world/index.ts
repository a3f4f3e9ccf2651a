// src/world: the composition root. createWorld({ seed, profile }) boots a machine with the
// userland installed and offers exec (headless scripts), terminals and pump (the run loop).
// Simplification: one machine; the runtime and cluster layers join in later issues.

export { createWorld } from './world';
export {
  JOURNAL_LIMITS,
  JOURNAL_VERSION,
  parseJournal,
  truncateJournal,
  withoutLastCommand,
} from './journal';
export type { Journal, JournalEntry } from './journal';
export { replayJournal } from './replay';
export type { Replay } from './replay';
export type * from './types';
export type * from './inspect';
export { describeSyscalls, syscallsMarkdown } from './syscalls';
export type { SyscallRow } from './syscalls';
export type { CommandTrace, TracedProcess, TraceRecord } from './trace/types';
