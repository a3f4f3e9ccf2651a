// What the "Save & share" menu and the notices do: export the shown machine to a file, import one,
// make a share link, keep a shared machine, download quarantined data. Each reports through a
// notice and never throws.

import { courseProgress } from '../course/progress';
import type { Machine } from '../machine';
import { currentJournal, freshJournal, keepCurrent, session } from '../session';
import { dismiss, notify } from './notices';
import type { Persistence } from './persistence';
import { encodeShare, type Shared } from './share';
import type { SharedView } from './snapshot';
import { setupProblem } from './setup';
import { download, exportName, exportText, readImport } from './transfer';

let persistence: Persistence | null = null;
let pageMachine: Machine | null = null;
let shared: SharedView | null = null;

export function setPagePersistence(p: Persistence, machine: Machine): void {
  persistence = p;
  pageMachine = machine;
}

/** The page's machine (for the menu in the header), once storage started. */
export const storageMachine = (): Machine | null => pageMachine;

/** The shared machine on show and not kept yet, or null. */
export const sharedView = (): SharedView | null => shared;

/**
 * Shows a shared machine's context (the caller then loads its journal). The context's own machine
 * (kept from the running one when it is shown) stays what is saved until the learner keeps this.
 */
export function openShared(link: Shared, machine?: Machine): void {
  if (machine) keepCurrent(machine);
  const { context, journals } = session.getState();
  const earlier = shared?.context === link.context ? shared : null;
  shared = {
    context: link.context,
    own: earlier ? earlier.own : journals.get(link.context),
    previous: shared ? shared.previous : context,
  };
  session.setState({ context: link.context });
}

/** Keep the shared machine as the learner's own for its context (the notice's action). */
export function keepShared(): void {
  shared = null;
  dismiss('share');
  persistence?.changed();
}

/** A fresh machine in the shown context (its saved journal is replaced at the next save). */
export function startFresh(): void {
  dismiss('replay');
  if (shared) shared = null;
  pageMachine?.load(freshJournal());
}

export function exportMachine(machine: Machine, at = new Date()): void {
  const journal = currentJournal(machine);
  if (!journal) {
    notify({ id: 'transfer', key: 'notice.notRunning', tone: 'error' });
    return;
  }
  const { context } = session.getState();
  const text = exportText({ context, journal, progress: courseProgress.getState().done }, at);
  download(exportName(context, at), text);
}

/** Loads a machine file: its context shows its machine, its progress joins the learner's. */
export async function importMachine(machine: Machine, file: Blob): Promise<boolean> {
  const read = await readImport(file);
  const problem = read.ok ? await setupProblem(read.file.context, read.file.journal) : undefined;
  const result = problem ? { ok: false as const, error: `journal: ${problem}` } : read;
  if (!result.ok) {
    notify({ id: 'transfer', key: 'notice.importFailed', tone: 'error', params: { error: result.error } });
    return false;
  }
  const { context, journal, progress } = result.file;
  keepCurrent(machine);
  if (shared?.context === context) shared = null;
  session.setState({ context, journals: new Map(session.getState().journals).set(context, journal) });
  for (const [lesson, steps] of progress) courseProgress.getState().markDone(lesson, steps);
  machine.load(journal);
  notify({ id: 'transfer', key: 'notice.imported', tone: 'info', params: { context } });
  return true;
}

/** The share link of the shown machine (also copied to the clipboard when allowed), or null. */
export async function shareLink(machine: Machine): Promise<{ url: string; copied: boolean } | null> {
  const journal = currentJournal(machine);
  if (!journal) {
    notify({ id: 'transfer', key: 'notice.notRunning', tone: 'error' });
    return null;
  }
  const fragment = await encodeShare({ context: session.getState().context, journal });
  const url = location.origin + location.pathname + location.search + fragment;
  const copied = await Promise.resolve()
    .then(() => navigator.clipboard.writeText(url))
    .then(
      () => true,
      () => false,
    );
  return { url, copied };
}

export async function exportQuarantine(at = new Date()): Promise<void> {
  const kept = await persistence?.quarantined();
  if (kept === undefined) {
    notify({ id: 'transfer', key: 'notice.nothingQuarantined', tone: 'info' });
    return;
  }
  download(`glasshouse-unreadable-${at.toISOString().slice(0, 10)}.json`, JSON.stringify(kept));
}
