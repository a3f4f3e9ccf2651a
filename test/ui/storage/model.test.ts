// @vitest-environment node
// BT-P10, model-based: random sequences of edits, saves, hidden pages, a second tab and reloads
// against fake-indexeddb; after every reload the state loaded equals the last state the writing
// tab saved (the model).

import fc from 'fast-check';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createStorageStatus } from '../../../src/ui/storage/notices';
import { createPersistence, type Persistence } from '../../../src/ui/storage/persistence';
import { DEFAULT_STATE, type SavedState } from '../../../src/ui/storage/schema';

interface Model {
  saved: SavedState | null;
}

interface Real {
  idb: IDBFactory;
  tab: Persistence;
  status: ReturnType<typeof createStorageStatus>;
  edit: SavedState;
  hidden: boolean;
  tabs: number;
  /** An edit not saved yet. */
  pending: boolean;
}

/** The page flushes: a pending edit is saved if this tab is the writer. */
async function flush(m: Model, r: Real): Promise<void> {
  await r.tab.flush();
  if (r.pending && r.status.getState().mode === 'writer') m.saved = r.edit;
  r.pending = false;
}

function open(real: Real): Persistence {
  real.status = createStorageStatus();
  const tab = createPersistence({
    idb: real.idb,
    tabId: `tab-${++real.tabs}`,
    status: real.status,
    hidden: () => real.hidden,
    debounceMs: 60_000,
  });
  tab.start(() => real.edit);
  return tab;
}

const state = (split: number, lang: 'en' | 'zh-CN'): SavedState => ({
  ...DEFAULT_STATE,
  prefs: { ...DEFAULT_STATE.prefs, lang },
  layout: { ...DEFAULT_STATE.layout, split },
});

class Edit implements fc.AsyncCommand<Model, Real> {
  constructor(readonly next: SavedState) {}
  check = () => true;
  async run(_m: Model, r: Real) {
    r.edit = this.next;
    r.pending = true;
    r.tab.changed();
  }
  toString = () => `edit(${this.next.layout.split},${this.next.prefs.lang})`;
}

/** The page is hidden (pending changes are flushed) or shown again. */
class Hide implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    await flush(m, r);
    r.hidden = true;
  }
  toString = () => 'hide';
}

class Show implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(_m: Model, r: Real) {
    r.hidden = false;
    r.tab.resume();
  }
  toString = () => 'show';
}

/** Reload: the old page flushes on pagehide, the new one loads. */
class Reload implements fc.AsyncCommand<Model, Real> {
  check = () => true;
  async run(m: Model, r: Real) {
    await flush(m, r);
    r.tab.stop();
    r.hidden = false;
    r.tab = open(r);
    const loaded = await r.tab.load();
    expect(loaded).toEqual(m.saved);
    r.edit = loaded ?? DEFAULT_STATE;
  }
  toString = () => 'reload';
}

/** Another tab opens, edits and saves, and closes: it is the newest, so its save wins. */
class OtherTab implements fc.AsyncCommand<Model, Real> {
  constructor(readonly next: SavedState) {}
  check = () => true;
  async run(m: Model, r: Real) {
    const other = createPersistence({
      idb: r.idb,
      tabId: `other-${++r.tabs}`,
      status: createStorageStatus(),
    });
    await other.load();
    other.start(() => this.next);
    other.changed();
    await other.flush();
    other.stop();
    m.saved = this.next;
    // The first tab no longer saves: its pending edit (if any) is refused and it says so.
    const pending = r.pending;
    await flush(m, r);
    expect(m.saved).toBe(this.next);
    if (pending) expect(r.status.getState().mode).toBe('follower');
  }
  toString = () => `otherTab(${this.next.layout.split})`;
}

describe('persistence against a model (BT-P10)', () => {
  it('after every reload the loaded state is the last saved one', async () => {
    const edits = fc
      .tuple(fc.integer({ min: 20, max: 80 }), fc.constantFrom('en' as const, 'zh-CN' as const))
      .map(([s, l]) => state(s / 100, l));
    const commands = [
      edits.map((s) => new Edit(s)),
      fc.constant(new Hide()),
      fc.constant(new Show()),
      fc.constant(new Reload()),
      edits.map((s) => new OtherTab(s)),
    ];
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 12 }), async (cmds) => {
        const real: Real = {
          idb: new IDBFactory(),
          tab: undefined as unknown as Persistence,
          status: createStorageStatus(),
          edit: DEFAULT_STATE,
          hidden: false,
          tabs: 0,
          pending: false,
        };
        real.tab = open(real);
        await real.tab.load();
        await fc.asyncModelRun(() => ({ model: { saved: null }, real }), [...cmds, new Reload()]);
        real.tab.stop();
      }),
      { numRuns: 25 },
    );
  });
});
