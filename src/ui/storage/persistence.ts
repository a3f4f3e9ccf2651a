// Saving the page's state in IndexedDB: load once at start, then save ~1 s after changes.
//
// Records under the "kv" store: "state" (the JSON text of the saved state), "quarantine" (stored
// data that could not be read, kept for export: {raw, problems, at}) and "writer" (the tab that
// may save: {tab, at}).
// - Load: unreadable data → defaults (or the readable sections), the raw data quarantined, a
//   notice. Data from a newer version → read-only: this tab never writes the state.
//   IndexedDB unavailable (missing, SecurityError, open error, blocked > 3 s) → memory mode with
//   a notice; a later change retries opening at most every 10 s, and if saved data turns up then,
//   it is not overwritten (the notice offers a reload to use it).
// - One writer across tabs, "newest tab wins": a tab that loads claims the "writer" record and
//   announces itself on a BroadcastChannel; every save checks the record in the same transaction,
//   so an older tab stops saving at its next save even without the channel. The older tab shows
//   a notice offering a reload (which makes it the newest). A tab flushes its pending save when
//   it is hidden, then does not save while hidden, so switching tabs loses nothing.
// - A failed save (QuotaExceededError or any other) keeps the page running: a notice, and the
//   next try comes with a later change, no sooner than 10 s after the failure (no retry loop).

import { openKeyValue, type KeyValue } from './idb';
import { decodeStored } from './migrate';
import * as notices from './notices';
import { toStored, type SavedState } from './schema';

export const KEYS = { state: 'state', quarantine: 'quarantine', writer: 'writer' } as const;
export const CHANNEL_NAME = 'glasshouse-storage';

export interface ChannelLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

export interface PersistDeps {
  readonly idb: IDBFactory | undefined;
  readonly tabId: string;
  readonly now?: () => number;
  readonly hidden?: () => boolean;
  readonly channel?: ChannelLike | null;
  readonly debounceMs?: number;
  readonly retryMs?: number;
  readonly openTimeoutMs?: number;
  /** Where mode and notices go (default: the page's storageStatus). */
  readonly status?: notices.StatusStore;
}

export interface Persistence {
  /** Reads the saved state (null: none usable) and decides whether this tab saves. */
  load(): Promise<SavedState | null>;
  /** From now on, saves call collect() for the state to write (null: nothing to save now). */
  start(collect: () => SavedState | null): void;
  /** Something changed: save within debounceMs (later after a failure, never while hidden). */
  changed(): void;
  /** Saves now if anything is pending (the page is being hidden). */
  flush(): Promise<void>;
  /** The page is visible again: pending changes are saved. */
  resume(): void;
  /** The quarantined raw data, if any. */
  quarantined(): Promise<unknown>;
  stop(): void;
}

const errorName = (error: unknown): string =>
  error instanceof Error || error instanceof DOMException ? (error as Error).name : 'Error';

export function createPersistence(deps: PersistDeps): Persistence {
  const now = deps.now ?? Date.now;
  const hidden = deps.hidden ?? (() => false);
  const debounceMs = deps.debounceMs ?? 1000;
  const retryMs = deps.retryMs ?? 10_000;
  let kv: KeyValue | null = null;
  let collect: (() => SavedState | null) | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dirty = false;
  let writing: Promise<void> | null = null;
  let retryAt = 0;
  const status = deps.status ?? notices.storageStatus;
  const mode = () => status.getState().mode;
  const setMode = (m: notices.StorageMode): void => notices.setMode(m, status);
  const notify = (n: notices.Notice): void => notices.notify(n, status);
  const dismiss = (id: string): void => notices.dismiss(id, status);

  const owns = (value: unknown): boolean =>
    typeof value === 'object' && value !== null && (value as { tab?: unknown }).tab === deps.tabId;

  function becomeFollower(): void {
    if (timer) clearTimeout(timer);
    timer = null;
    setMode('follower');
    notify({ id: 'otherTab', key: 'notice.otherTab', tone: 'info', actions: ['reload'] });
  }

  if (deps.channel) {
    deps.channel.onmessage = (event: MessageEvent) => {
      const data: unknown = event.data;
      if (typeof data !== 'object' || data === null) return;
      const { type, tab } = data as { type?: unknown; tab?: unknown };
      if (type === 'hello' && tab !== deps.tabId && mode() === 'writer') becomeFollower();
    };
  }

  async function claim(store: KeyValue): Promise<void> {
    await store.put([[KEYS.writer, { tab: deps.tabId, at: now() }]]);
    setMode('writer');
    deps.channel?.postMessage({ type: 'hello', tab: deps.tabId });
  }

  function unavailable(error: unknown): null {
    kv = null;
    retryAt = now() + retryMs;
    setMode('memory');
    notify({
      id: 'unavailable',
      key: 'notice.unavailable',
      tone: 'error',
      params: { error: errorName(error) },
    });
    return null;
  }

  async function quarantine(store: KeyValue, raw: unknown, problems: readonly string[]): Promise<boolean> {
    try {
      await store.put([[KEYS.quarantine, { raw, problems: [...problems], at: now() }]]);
      return true;
    } catch {
      return false;
    }
  }

  async function load(): Promise<SavedState | null> {
    let store: KeyValue;
    let raw: unknown;
    try {
      store = await openKeyValue(deps.idb, deps.openTimeoutMs);
      raw = await store.get(KEYS.state);
    } catch (error) {
      return unavailable(error);
    }
    kv = store;
    if (raw === undefined) {
      await claim(store).catch(unavailable);
      return null;
    }
    const decoded = decodeStored(raw);
    if (decoded.kind === 'newer') {
      setMode('readonly');
      notify({ id: 'newer', key: 'notice.newer', tone: 'error', params: { version: decoded.version } });
      return decoded.state;
    }
    if (decoded.kind === 'corrupt') {
      const kept = await quarantine(store, raw, decoded.problems);
      notify({
        id: 'corrupt',
        key: kept ? 'notice.corrupt' : 'notice.corruptNotKept',
        tone: 'error',
        params: { problem: decoded.problems[0] ?? '' },
        ...(kept ? { actions: ['exportQuarantine' as const] } : {}),
      });
      if (!kept) {
        setMode('readonly');
        return decoded.state;
      }
    }
    await claim(store).catch(unavailable);
    return decoded.state;
  }

  /** Memory mode: try opening again; write only if nothing was saved meanwhile. */
  async function reopen(): Promise<boolean> {
    retryAt = now() + retryMs;
    try {
      const store = await openKeyValue(deps.idb, deps.openTimeoutMs);
      if ((await store.get(KEYS.state)) !== undefined) {
        store.close();
        notify({ id: 'unavailable', key: 'notice.storageBack', tone: 'info', actions: ['reload'] });
        return false;
      }
      kv = store;
      await claim(store);
      dismiss('unavailable');
      return true;
    } catch {
      return false;
    }
  }

  async function write(): Promise<void> {
    if (!collect) return;
    if (mode() === 'memory' && !(await reopen())) return;
    if (mode() !== 'writer') return;
    dirty = false;
    try {
      if (!kv || kv.closed()) kv = await openKeyValue(deps.idb, deps.openTimeoutMs);
      // Not ready (a machine replaying): the change that makes it ready calls changed() again.
      const state = collect();
      if (!state) return;
      const text = JSON.stringify(toStored(state));
      const wrote = await kv.putIf(KEYS.writer, owns, [[KEYS.state, text]]);
      if (!wrote) return becomeFollower();
      status.setState({ savedAt: now() });
      dismiss('quota');
      dismiss('saveFailed');
    } catch (error) {
      dirty = true;
      retryAt = now() + retryMs;
      const quota = errorName(error) === 'QuotaExceededError';
      notify({
        id: quota ? 'quota' : 'saveFailed',
        key: quota ? 'notice.quota' : 'notice.saveFailed',
        tone: 'error',
        params: { error: errorName(error) },
      });
    }
  }

  function run(): void {
    timer = null;
    if (hidden()) return;
    if (writing) {
      schedule();
      return;
    }
    writing = write().finally(() => {
      writing = null;
      // A change came during the write: save it too.
      if (dirty && now() >= retryAt) schedule();
    });
  }

  function schedule(): void {
    if (timer || !collect || hidden()) return;
    if (mode() !== 'writer' && mode() !== 'memory') return;
    const wait = Math.max(debounceMs, retryAt - now());
    timer = setTimeout(run, wait);
  }

  return {
    load,
    start(c) {
      collect = c;
    },
    changed() {
      dirty = true;
      schedule();
    },
    async flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      await writing;
      if (dirty && now() >= retryAt) await write();
    },
    resume() {
      if (dirty) schedule();
    },
    async quarantined() {
      try {
        const store = kv ?? (await openKeyValue(deps.idb, deps.openTimeoutMs));
        return await store.get(KEYS.quarantine);
      } catch {
        return undefined;
      }
    },
    stop() {
      if (timer) clearTimeout(timer);
      timer = null;
      collect = null;
      deps.channel?.close();
      kv?.close();
    },
  };
}
