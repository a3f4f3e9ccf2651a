// The classroom's keys: which key does what to the demo player depending on where the focus is,
// and the presenter shortcut.
import { describe, expect, test } from 'vitest';
import { playerKey } from '../../../src/ui/classroom/playerKeys';
import { isPresenterKey } from '../../../src/ui/classroom/presenter';

const key = (
  k: string,
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('playerKey', () => {
  test('PageDown / PageUp (a presenter clicker) work even in a terminal', () => {
    expect(playerKey(key('PageDown'), 'typing')).toBe('next');
    expect(playerKey(key('PageUp'), 'typing')).toBe('rewind');
  });

  test('arrows, Space, P and Escape only outside a terminal or field', () => {
    for (const k of ['ArrowRight', ' ', 'ArrowLeft', 'p', 'Escape'])
      expect(playerKey(key(k), 'typing')).toBeNull();
    expect(playerKey(key('ArrowRight'), 'page')).toBe('next');
    expect(playerKey(key(' '), 'page')).toBe('next');
    expect(playerKey(key('ArrowLeft'), 'page')).toBe('rewind');
    expect(playerKey(key('P'), 'page')).toBe('togglePause');
    expect(playerKey(key('Escape'), 'button')).toBe('pause');
  });

  test('Space on a button presses the button instead; modifiers leave keys alone', () => {
    expect(playerKey(key(' '), 'button')).toBeNull();
    expect(playerKey(key('ArrowRight'), 'button')).toBe('next');
    expect(playerKey(key('PageDown', { ctrlKey: true }), 'page')).toBeNull();
    expect(playerKey(key('p', { shiftKey: true }), 'page')).toBeNull();
    expect(playerKey(key('x'), 'page')).toBeNull();
  });
});

test('Alt+P is the presenter key, by code (any layout) or key', () => {
  expect(isPresenterKey({ key: 'π', code: 'KeyP', altKey: true, ctrlKey: false, metaKey: false })).toBe(true);
  expect(isPresenterKey({ key: 'p', code: 'KeyP', altKey: false, ctrlKey: false, metaKey: false })).toBe(
    false,
  );
  expect(isPresenterKey({ key: 'p', code: 'KeyP', altKey: true, ctrlKey: true, metaKey: false })).toBe(false);
});
