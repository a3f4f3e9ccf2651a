// @vitest-environment node
// Saving in IndexedDB (fake-indexeddb): load and save, unreadable data quarantined (BT-P01),
// newer data left alone (BT-P04), storage full (BT-P05), storage blocked (BT-P06), a write that
// fails halfway (BT-P08), one writer across tabs, no saves while hidden.

import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openKeyValue } from '../../../src/ui/storage/idb';
import { createStorageStatus, type StatusStore } from '../../../src/ui/storage/notices';
import {
  createPersistence,
  KEYS,
  type ChannelLike,
  type PersistDeps,
} from '../../../src/ui/storage/persistence';
import { DEFAULT_STATE, toStored, type SavedState } from '../../../src/ui/storage/schema';

const FAST = { debounceMs: 5, retryMs: 400, openTimeoutMs: 200 } as const;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls until check() holds (fails after 3 s). */
async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 3000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached within 3 s');
    await wait(10);
  }
}

let idb: IDBFactory;
beforeEach(() => {
  idb = new IDBFactory();
});
afterEach(() => {
  vi.restoreAllMocks();
});

function tab(id: string, extra: Partial<PersistDeps> = {}) {
  const status: StatusStore = createStorageStatus();
  const p = createPersistence({ idb, tabId: id, status, ...FAST, ...extra });
  return { p, status, notices: () => status.getState().notices.map((n) => n.id) };
}

const withLang = (lang: 'en' | 'zh-CN', split = 0.55): SavedState => ({
  ...DEFAULT_STATE,
  prefs: { ...DEFAULT_STATE.prefs, lang },
  layout: { ...DEFAULT_STATE.layout, split },
});

async function stored(key: string): Promise<unknown> {
  const kv = await openKeyValue(idb);
  try {
    return await kv.get(key);
  } finally {
    kv.close();
  }
}

async function storeRaw(value: unknown): Promise<void> {
  const kv = await openKeyValue(idb);
  await kv.put([[KEYS.state, value]]);
  kv.close();
}

describe('persistence', () => {
  it('saves after a change and the next visit loads it', async () => {
    const a = tab('a');
    expect(await a.p.load()).toBeNull();
    expect(a.status.getState().mode).toBe('writer');
    a.p.start(() => withLang('zh-CN', 0.3));
    a.p.changed();
    await until(() => a.status.getState().savedAt !== null);
    a.p.stop();
    const b = tab('b');
    expect(await b.p.load()).toEqual(withLang('zh-CN', 0.3));
    expect(b.notices()).toEqual([]);
  });

  it('debounces: many changes make one write', async () => {
    const a = tab('a');
    await a.p.load();
    let collected = 0;
    a.p.start(() => {
      collected++;
      return withLang('en');
    });
    for (let i = 0; i < 20; i++) a.p.changed();
    await wait(100);
    expect(collected).toBe(1);
  });

  it('BT-P01: garbage is quarantined, defaults used, a notice offers the raw data', async () => {
    await storeRaw('{"version":1,');
    const a = tab('a');
    expect(await a.p.load()).toEqual(DEFAULT_STATE);
    expect(a.notices()).toEqual(['corrupt']);
    expect(a.status.getState().notices[0]?.actions).toEqual(['exportQuarantine']);
    expect(await a.p.quarantined()).toMatchObject({ raw: '{"version":1,' });
    a.p.start(() => withLang('en'));
    a.p.changed();
    await until(() => a.status.getState().savedAt !== null);
    expect(JSON.parse(String(await stored(KEYS.state)))).toEqual(toStored(withLang('en')));
    expect(await stored(KEYS.quarantine)).toMatchObject({ raw: '{"version":1,' });
  });

  it('BT-P04: data from a newer version opens read-only and is never overwritten', async () => {
    const newer = JSON.stringify({ ...toStored(withLang('zh-CN')), version: 99 });
    await storeRaw(newer);
    const a = tab('a');
    expect(await a.p.load()).toEqual(withLang('zh-CN'));
    expect(a.status.getState().mode).toBe('readonly');
    expect(a.notices()).toEqual(['newer']);
    a.p.start(() => withLang('en'));
    a.p.changed();
    await a.p.flush();
    await wait(100);
    expect(await stored(KEYS.state)).toBe(newer);
  });

  it('BT-P05: storage full gives a notice; retries wait 10 s (here 400 ms), no loop', async () => {
    const a = tab('a');
    await a.p.load();
    a.p.start(() => withLang('zh-CN'));
    const real = IDBObjectStore.prototype.put;
    let tries = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore) {
      tries++;
      throw new DOMException('the quota has been exceeded', 'QuotaExceededError');
    });
    a.p.changed();
    await until(() => tries === 1 && a.notices().includes('quota'));
    for (let i = 0; i < 5; i++) a.p.changed();
    await wait(150);
    expect(tries).toBe(1);
    await until(() => tries === 2);
    await wait(800);
    expect(tries).toBe(2);
    vi.mocked(IDBObjectStore.prototype.put).mockImplementation(real);
    a.p.changed();
    await until(() => a.notices().length === 0);
    expect(JSON.parse(String(await stored(KEYS.state))).prefs.lang).toBe('zh-CN');
  });

  it('BT-P06: no IndexedDB, or open throwing SecurityError, or staying blocked: memory mode', async () => {
    const none = tab('a', { idb: undefined });
    expect(await none.p.load()).toBeNull();
    expect(none.status.getState().mode).toBe('memory');
    expect(none.notices()).toEqual(['unavailable']);

    const throwing = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    const denied = tab('b', { idb: throwing as unknown as IDBFactory });
    expect(await denied.p.load()).toBeNull();
    expect(denied.status.getState().notices[0]?.params).toEqual({ error: 'SecurityError' });

    const hanging = { open: () => ({}) as IDBOpenDBRequest };
    const blocked = tab('c', { idb: hanging as unknown as IDBFactory });
    const started = Date.now();
    expect(await blocked.p.load()).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(blocked.status.getState().mode).toBe('memory');
    // A change retries the open at most once per retry period.
    let opens = 0;
    const counting = { open: () => (opens++, {}) as IDBOpenDBRequest };
    const retrying = tab('d', { idb: counting as unknown as IDBFactory, openTimeoutMs: 20 });
    await retrying.p.load();
    retrying.p.start(() => withLang('en'));
    for (let i = 0; i < 10; i++) retrying.p.changed();
    await wait(150);
    expect(opens).toBe(1);
    await until(() => opens === 2);
    await wait(200);
    expect(opens).toBe(2);
  });

  it('BT-P06: memory mode does not write over data that turns up later', async () => {
    let broken = true;
    const flaky = {
      open: (name: string, version?: number) => {
        if (broken) throw new DOMException('denied', 'SecurityError');
        return idb.open(name, version);
      },
    };
    const a = tab('a', { idb: flaky as unknown as IDBFactory });
    await a.p.load();
    await storeRaw(JSON.stringify(toStored(withLang('zh-CN'))));
    broken = false;
    a.p.start(() => withLang('en'));
    a.p.changed();
    await until(() => a.status.getState().notices[0]?.key === 'notice.storageBack');
    expect(JSON.parse(String(await stored(KEYS.state))).prefs.lang).toBe('zh-CN');
  });

  it('BT-P08: a write that fails leaves the last complete state', async () => {
    const a = tab('a');
    await a.p.load();
    let state = withLang('zh-CN', 0.3);
    a.p.start(() => state);
    a.p.changed();
    await until(() => a.status.getState().savedAt !== null);
    state = withLang('en', 0.7);
    let puts = 0;
    const real = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (++puts === 1) throw new DOMException('disk error', 'UnknownError');
      return real.apply(this, args);
    });
    a.p.changed();
    await until(() => a.notices().includes('saveFailed'));
    a.p.stop();
    expect(await tab('b').p.load()).toEqual(withLang('zh-CN', 0.3));
  });

  it('one writer: the newest tab saves, the older stops at its next save', async () => {
    const a = tab('a');
    await a.p.load();
    a.p.start(() => withLang('en'));
    const b = tab('b');
    await b.p.load();
    b.p.start(() => withLang('zh-CN'));
    a.p.changed();
    await until(() => a.status.getState().mode === 'follower');
    expect(a.notices()).toEqual(['otherTab']);
    b.p.changed();
    await until(() => b.status.getState().savedAt !== null);
    expect(JSON.parse(String(await stored(KEYS.state))).prefs.lang).toBe('zh-CN');
    a.p.changed();
    await wait(100);
    expect(JSON.parse(String(await stored(KEYS.state))).prefs.lang).toBe('zh-CN');
  });

  it('one writer: the announcement stops the older tab at once', async () => {
    const channels: ChannelLike[] = [];
    const channel = (): ChannelLike => {
      const c: ChannelLike = {
        onmessage: null,
        postMessage(message) {
          for (const other of channels) if (other !== c) other.onmessage?.({ data: message } as MessageEvent);
        },
        close() {},
      };
      channels.push(c);
      return c;
    };
    const a = tab('a', { channel: channel() });
    await a.p.load();
    const b = tab('b', { channel: channel() });
    await b.p.load();
    expect(a.status.getState().mode).toBe('follower');
    expect(b.status.getState().mode).toBe('writer');
  });

  it('does not save while hidden; flush saves when the page is being hidden', async () => {
    let hidden = true;
    const a = tab('a', { hidden: () => hidden });
    await a.p.load();
    a.p.start(() => withLang('zh-CN'));
    a.p.changed();
    await wait(100);
    expect(await stored(KEYS.state)).toBeUndefined();
    await a.p.flush();
    expect(JSON.parse(String(await stored(KEYS.state))).prefs.lang).toBe('zh-CN');
    hidden = false;
    a.p.resume();
  });
});
