// Starting the page from what was saved: main.tsx calls startStorage(machine) before the first
// paint (IndexedDB is read meanwhile) and boot() where it booted the machine. The machine then
// replays the saved context's journal (machine.load) instead of booting a fresh world.
//
// A share link (#share=…) wins over the saved machine for this visit: the shared journal is
// replayed in the context the link names (the sandbox, or a lesson). It is NOT saved as the
// learner's machine for that context until they press "Keep" in the notice: until then saves
// keep their own journal for that context and the context they were on, and the fragment is
// removed from the address bar, so a reload brings back their own machine. Everything else
// (progress, preferences, layout) is saved as usual.

import { openShared, setPagePersistence, sharedView } from './actions';
import { notify } from './notices';
import { createPersistence, CHANNEL_NAME, type Persistence } from './persistence';
import { setupProblem } from './setup';
import { decodeShare, type ShareResult } from './share';
import { applyState, collectState, savedJournal } from './snapshot';
import { courseProgress } from '../course/progress';
import { layout } from '../layout';
import type { Machine } from '../machine';
import { prefs } from '../prefs';
import { session } from '../session';
import { themeChoice } from '../theme';
import type { Journal } from '../../world/journal';

/** How often the running machine is checked for new journal entries. */
const JOURNAL_CHECK_MS = 500;

function tabId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

function clearFragment(): void {
  history.replaceState(history.state, '', location.pathname + location.search);
}

/** A share link's machine, refused when it would exec more than its lesson's setup (setup.ts). */
async function decodeVetted(hash: string): Promise<ShareResult | null> {
  const share = await decodeShare(hash);
  if (!share?.ok) return share;
  const problem = await setupProblem(share.shared.context, share.shared.journal);
  return problem ? { ok: false, error: `journal: ${problem}` } : share;
}

/** Reads the saved state and a share link; the journal to boot from (undefined: fresh). */
async function loadStart(p: Persistence): Promise<Journal | undefined> {
  const [state, share] = await Promise.all([p.load(), decodeVetted(location.hash)]);
  if (state) applyState(state);
  if (share) clearFragment();
  if (share && !share.ok)
    notify({ id: 'share', key: 'notice.badShare', tone: 'error', params: { error: share.error } });
  if (share?.ok) {
    openShared(share.shared);
    notify({ id: 'share', key: 'notice.sharedOpen', tone: 'info', actions: ['keepShared'] });
    return share.shared.journal;
  }
  return state ? savedJournal(state) : undefined;
}

/** Saves follow every store the state is made of, and the machine's journal. */
function watch(machine: Machine, p: Persistence): void {
  const changed = (): void => p.changed();
  for (const store of [prefs, themeChoice, layout, courseProgress, session]) store.subscribe(changed);
  let lastCheck = 0;
  let lastWorld: unknown = null;
  let lastLength = -1;
  machine.onAfterPump(() => {
    const t = Date.now();
    if (t - lastCheck < JOURNAL_CHECK_MS) return;
    lastCheck = t;
    const world = machine.store.getState().world;
    if (!world) return;
    const length = world.journalLength();
    if (world === lastWorld && length === lastLength) return;
    lastWorld = world;
    lastLength = length;
    changed();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) void p.flush();
    else p.resume();
  });
  addEventListener('pagehide', () => void p.flush());
  // A share link pasted into the address bar of the open page.
  addEventListener('hashchange', () => void openLink(machine));
}

async function openLink(machine: Machine): Promise<void> {
  const share = await decodeVetted(location.hash);
  if (!share) return;
  clearFragment();
  if (!share.ok) {
    notify({ id: 'share', key: 'notice.badShare', tone: 'error', params: { error: share.error } });
    return;
  }
  openShared(share.shared, machine);
  notify({ id: 'share', key: 'notice.sharedOpen', tone: 'info', actions: ['keepShared'] });
  loadSaved(machine, share.shared.journal);
}

/** Replays a saved or shared journal; if the replay stops the machine, a notice offers a fresh one. */
function loadSaved(machine: Machine, journal: Journal): void {
  machine.load(journal);
  const stop = machine.store.subscribe((s) => {
    if (s.status === 'running') stop();
    if (s.status !== 'crashed') return;
    stop();
    notify({ id: 'replay', key: 'notice.replayFailed', tone: 'error', actions: ['startFresh'] });
  });
}

/** The IndexedDB factory; undefined when missing or when merely reading it throws (SecurityError). */
function idbFactory(): IDBFactory | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : indexedDB;
  } catch {
    return undefined;
  }
}

function openChannel(): BroadcastChannel | null {
  try {
    return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
  } catch {
    return null;
  }
}

export function startStorage(machine: Machine): { boot(): void } {
  const channel = openChannel();
  const p = createPersistence({
    idb: idbFactory(),
    tabId: tabId(),
    hidden: () => document.hidden,
    channel,
  });
  setPagePersistence(p, machine);
  const start = loadStart(p).catch(() => undefined);
  return {
    boot() {
      void start.then((journal) => {
        if (journal) loadSaved(machine, journal);
        else machine.boot();
        p.start(() =>
          machine.store.getState().status === 'running' ? collectState(machine, sharedView()) : null,
        );
        watch(machine, p);
      });
    },
  };
}
