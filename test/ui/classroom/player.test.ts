// The demo player's bookkeeping (pure): next / pause / rewind / restart and the journal marks a
// rewind cuts back to; and the journal cut itself.
import { describe, expect, test } from 'vitest';
import { IDLE, canAdvance, keepFor, playerReducer, type PlayerEvent } from '../../../src/ui/classroom/player';
import { truncateJournal } from '../../../src/world';
import type { Journal } from '../../../src/world';

const run = (events: PlayerEvent[]) => events.reduce(playerReducer, IDLE);
const start: PlayerEvent = { type: 'start', demo: 'namespaces', count: 3, at: 4 };

describe('playerReducer', () => {
  test('next records where each step started and stops at the end', () => {
    const s = run([start, { type: 'next', at: 4 }, { type: 'next', at: 9 }, { type: 'next', at: 12 }]);
    expect(s.next).toBe(3);
    expect(s.marks).toEqual([4, 9, 12]);
    expect(canAdvance(s)).toBe(false);
    expect(playerReducer(s, { type: 'next', at: 20 })).toBe(s);
  });

  test('nothing advances while paused, or with no demo', () => {
    const paused = run([start, { type: 'pause' }]);
    expect(playerReducer(paused, { type: 'next', at: 5 })).toBe(paused);
    expect(run([{ type: 'next', at: 1 }])).toBe(IDLE);
    expect(run([{ type: 'togglePause' }])).toBe(IDLE);
    const resumed = run([start, { type: 'togglePause' }, { type: 'togglePause' }, { type: 'next', at: 7 }]);
    expect(resumed).toMatchObject({ next: 1, paused: false, marks: [7] });
  });

  test('rewind goes back one step and keeps the journal before it', () => {
    const s = run([start, { type: 'next', at: 4 }, { type: 'next', at: 9 }]);
    expect(keepFor(s, 'rewind')).toBe(9);
    const back = playerReducer(s, { type: 'rewind' });
    expect(back).toMatchObject({ next: 1, marks: [4] });
    expect(keepFor(back, 'rewind')).toBe(4);
    const first = playerReducer(back, { type: 'rewind' });
    expect(first).toMatchObject({ next: 0, marks: [] });
    expect(keepFor(first, 'rewind')).toBeNull();
    expect(playerReducer(first, { type: 'rewind' })).toBe(first);
    // The step runs again after a rewind, from its new start.
    expect(playerReducer(back, { type: 'next', at: 9 })).toMatchObject({ next: 2, marks: [4, 9] });
  });

  test('restart goes back to where the demo started, unpaused; stop forgets it', () => {
    const s = run([start, { type: 'next', at: 6 }, { type: 'next', at: 9 }, { type: 'pause' }]);
    expect(keepFor(s, 'restart')).toBe(4);
    expect(playerReducer(s, { type: 'restart' })).toMatchObject({
      next: 0,
      marks: [],
      paused: false,
      origin: 4,
    });
    expect(playerReducer(s, { type: 'stop' })).toBe(IDLE);
    expect(keepFor(IDLE, 'restart')).toBeNull();
  });
});

describe('truncateJournal', () => {
  const journal: Journal = {
    version: 1,
    seed: 1,
    profile: 'default',
    uptimeNs: 9_000,
    entries: [
      { at: 0, op: 'open', cols: 80, rows: 24 },
      { at: 1_000, op: 'input', term: 0, data: 'ls\r' },
      { at: 5_000, op: 'input', term: 0, data: 'ps\r' },
    ],
  };

  test('keeps the first entries and runs the machine up to the first one dropped', () => {
    expect(truncateJournal(journal, 2)).toEqual({
      ...journal,
      entries: journal.entries.slice(0, 2),
      uptimeNs: 5_000,
    });
    expect(truncateJournal(journal, 0).uptimeNs).toBe(0);
  });

  test('keeping everything (or more) keeps the journal time', () => {
    expect(truncateJournal(journal, 3)).toEqual(journal);
    expect(truncateJournal(journal, 7)).toEqual(journal);
  });
});
