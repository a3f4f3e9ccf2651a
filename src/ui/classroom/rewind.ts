// Rewinding the machine: a journal cut back to its first `keep` entries. The cut journal's
// virtual time is the moment the first dropped entry arrived (so the machine runs up to just
// before it), or the journal's own time when nothing is dropped.

import type { Journal } from '../../world';

export function truncateJournal(journal: Journal, keep: number): Journal {
  const n = Math.max(0, Math.min(keep, journal.entries.length));
  const cut = journal.entries[n];
  return { ...journal, entries: journal.entries.slice(0, n), uptimeNs: cut ? cut.at : journal.uptimeNs };
}
