// @vitest-environment node
// The saved state's schema: bad JSON and garbage (BT-P01), wrong shapes (BT-P02), migrations
// (BT-P03), newer versions (BT-P04) and prototype pollution (BT-P09) never reach the page.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeStored, migrate, type Decoded, type Migration } from '../../../src/ui/storage/migrate';
import {
  DEFAULT_STATE,
  SCHEMA_VERSION,
  toStored,
  validateState,
  type SavedState,
} from '../../../src/ui/storage/schema';
import type { Journal } from '../../../src/world/journal';

const journal: Journal = {
  version: 1,
  seed: 1,
  profile: 'default',
  uptimeNs: 5_000_000,
  entries: [
    { at: 0, op: 'open', cols: 80, rows: 24 },
    { at: 1_000_000, op: 'input', term: 0, data: 'touch /root/a\r' },
  ],
};

const sample: SavedState = {
  version: 1,
  prefs: { lang: 'zh-CN', screenReader: true, theme: 'dark' },
  layout: {
    ...DEFAULT_STATE.layout,
    terminals: [1, 2],
    shownTerminal: 2,
    viewOrder: ['trace', 'namespaces'],
    split: 0.4,
  },
  progress: new Map([['namespaces', ['intro', 'unshare']]]),
  session: { context: 'namespaces', journals: new Map([['namespaces', journal]]) },
};

const text = (state: SavedState): string => JSON.stringify(toStored(state));

/** The decoded state (a 'newer' blob that did not read as ours has none). */
function stateOf(decoded: Decoded): SavedState {
  if (!decoded.state) throw new Error(`no state: ${decoded.kind}`);
  return decoded.state;
}

describe('decodeStored', () => {
  it('reads back what was stored', () => {
    const decoded = decodeStored(text(sample));
    expect(decoded).toEqual({ kind: 'ok', state: sample });
  });

  it.each([
    ['{', 'bad JSON'],
    ['undefined', 'bad JSON'],
    ['', 'bad JSON'],
    ['\u0000\u00ff\ufffd\u0001garbage', 'bad JSON'],
  ])('BT-P01: %j is corrupt and gives the defaults', (raw, problem) => {
    const decoded = decodeStored(raw);
    expect(decoded.kind).toBe('corrupt');
    expect(stateOf(decoded)).toEqual(DEFAULT_STATE);
    if (decoded.kind === 'corrupt') expect(decoded.problems[0]).toContain(problem);
  });

  it('BT-P01: binary data and undefined are not JSON text', () => {
    for (const raw of [new Uint8Array([0, 255, 7]), undefined, 42, null]) {
      const decoded = decodeStored(raw);
      expect(decoded.kind).toBe('corrupt');
      expect(stateOf(decoded)).toEqual(DEFAULT_STATE);
    }
  });

  it.each(['[]', '5', 'null', '"state"', '{"version":"1"}', '{"version":0}', '{"version":1.5}'])(
    'BT-P02: %s is refused',
    (raw) => {
      const decoded = decodeStored(raw);
      expect(decoded.kind).toBe('corrupt');
      expect(stateOf(decoded)).toEqual(DEFAULT_STATE);
    },
  );

  it('BT-P02: a section with wrong field types falls back to its defaults; the others are kept', () => {
    const stored = toStored(sample);
    const broken = {
      ...stored,
      prefs: { lang: 5, screenReader: 'yes', theme: 'dark' },
      layout: { ...(stored.layout as object), split: '0.5' },
    };
    const decoded = decodeStored(JSON.stringify(broken));
    expect(decoded.kind).toBe('corrupt');
    expect(stateOf(decoded).prefs).toEqual(DEFAULT_STATE.prefs);
    expect(stateOf(decoded).layout).toEqual(DEFAULT_STATE.layout);
    expect(stateOf(decoded).progress).toEqual(sample.progress);
    expect(stateOf(decoded).session).toEqual(sample.session);
    if (decoded.kind === 'corrupt')
      expect(decoded.problems.join('\n')).toMatch(/prefs\.lang[\s\S]*layout\.split/);
  });

  it('BT-P02: a bad journal drops that context only', () => {
    const stored = toStored(sample);
    const bad = { ...journal, entries: [{ at: 0, op: 'input', term: 3, data: 'x' }] };
    const broken = {
      ...stored,
      session: {
        context: 'sandbox',
        journals: [
          ['sandbox', journal],
          ['namespaces', bad],
        ],
      },
    };
    const decoded = decodeStored(JSON.stringify(broken));
    expect(decoded.kind).toBe('corrupt');
    expect([...stateOf(decoded).session.journals.keys()]).toEqual(['sandbox']);
  });

  it('BT-P04: a newer version is reported, with its state if it reads as ours', () => {
    const newer = { ...toStored(sample), version: SCHEMA_VERSION + 1, extra: { future: true } };
    const decoded = decodeStored(JSON.stringify(newer));
    expect(decoded).toEqual({ kind: 'newer', version: SCHEMA_VERSION + 1, state: sample });
    const unreadable = decodeStored(JSON.stringify({ version: SCHEMA_VERSION + 1, prefs: 'x' }));
    expect(unreadable).toEqual({ kind: 'newer', version: SCHEMA_VERSION + 1, state: null });
  });

  it('BT-P09: a stored __proto__ reaches no prototype and no field', () => {
    const stored = toStored(sample);
    const raw = JSON.stringify(stored)
      .replace('{"version":1', '{"__proto__":{"x":1},"constructor":{"prototype":{"y":2}},"version":1')
      .replace('"prefs":{', '"prefs":{"__proto__":{"polluted":true},');
    expect(raw).toContain('"__proto__":{"x":1}');
    const decoded = decodeStored(raw);
    expect(decoded.kind).toBe('ok');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(({} as Record<string, unknown>).y).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(stateOf(decoded).prefs)).toBe(Object.prototype);
    expect(Object.keys(stateOf(decoded).prefs).sort()).toEqual(['lang', 'screenReader', 'theme']);
    expect((stateOf(decoded).prefs as unknown as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('BT-P09: lesson ids like __proto__ stay keys of a Map', () => {
    const raw = JSON.stringify({
      ...toStored(sample),
      progress: [
        ['__proto__', ['a']],
        ['constructor', ['b']],
      ],
    });
    const decoded = decodeStored(raw);
    expect(decoded.kind).toBe('ok');
    expect(stateOf(decoded).progress.get('__proto__')).toEqual(['a']);
    expect(({} as Record<string, unknown>)[0]).toBeUndefined();
  });
});

describe('migrations (BT-P03)', () => {
  // A made-up history: version 1 had `prefs.language`, version 2 renamed it `prefs.lang`, version
  // 3 added `prefs.theme`. Real migrations are added to MIGRATIONS the same way.
  const history: Migration[] = [
    (d) => {
      const prefs = d.prefs as Record<string, unknown>;
      const { language, ...rest } = prefs;
      return { ...d, prefs: { ...rest, lang: language } };
    },
    (d) => ({ ...d, prefs: { ...(d.prefs as object), theme: 'system' } }),
  ];
  const v1 = (): Record<string, unknown> => {
    const now = toStored(sample);
    const { lang, theme: _theme, ...prefs } = now.prefs as Record<string, unknown>;
    return { ...now, version: 1, prefs: { ...prefs, language: lang } };
  };

  it('applies each migration in order, from any old version', () => {
    const migrated = migrate(v1(), 1, history, 3);
    expect(migrated.version).toBe(3);
    expect(migrated.prefs).toEqual({ screenReader: true, lang: 'zh-CN', theme: 'system' });
    const fromV2 = migrate({ ...migrate(v1(), 1, history, 2) }, 2, history, 3);
    expect(fromV2).toEqual(migrated);
  });

  it('decodes a v1 blob into a valid current state', () => {
    const decoded = decodeStored(JSON.stringify(v1()), history, 3);
    expect(decoded.kind).toBe('ok');
    if (decoded.kind === 'ok') expect(decoded.migratedFrom).toBe(1);
    expect(stateOf(decoded).prefs).toEqual({ lang: 'zh-CN', screenReader: true, theme: 'system' });
    expect(stateOf(decoded).session).toEqual(sample.session);
  });

  it('a missing or failing migration gives the defaults, never a throw', () => {
    expect(decodeStored(JSON.stringify(v1()), [], 2).kind).toBe('corrupt');
    const boom: Migration = () => {
      throw new Error('boom');
    };
    const decoded = decodeStored(JSON.stringify(v1()), [boom], 2);
    expect(decoded.kind).toBe('corrupt');
    if (decoded.kind === 'corrupt') expect(decoded.problems[0]).toContain('boom');
  });

  it('property: any valid current state survives storing and reading', () => {
    const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
    const state = fc.record({
      lang: fc.constantFrom('en' as const, 'zh-CN' as const),
      screenReader: fc.boolean(),
      theme: fc.constantFrom('system' as const, 'light' as const, 'dark' as const),
      split: fc.integer({ min: 20, max: 80 }).map((n) => n / 100),
      progress: fc.uniqueArray(fc.tuple(id, fc.uniqueArray(id, { maxLength: 5 })), {
        selector: (p) => p[0],
        maxLength: 5,
      }),
      context: id,
    });
    fc.assert(
      fc.property(state, (s) => {
        const saved: SavedState = {
          version: 1,
          prefs: { lang: s.lang, screenReader: s.screenReader, theme: s.theme },
          layout: { ...DEFAULT_STATE.layout, split: s.split },
          progress: new Map(s.progress),
          session: { context: s.context, journals: new Map([[s.context, journal]]) },
        };
        expect(decodeStored(text(saved))).toEqual({ kind: 'ok', state: saved });
        expect(validateState(toStored(saved)).problems).toEqual([]);
      }),
    );
  });
});
