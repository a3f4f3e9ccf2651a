import { describe, expect, it } from 'vitest';
import { classifyKey, type KeyLike } from '../../../src/ui/terminal/keys';

function key(k: string, mods: Partial<KeyLike> = {}): KeyLike {
  return { type: 'keydown', key: k, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...mods };
}

describe('classifyKey', () => {
  it('keeps plain Ctrl-C and Ctrl-V for the machine (^C, ^V)', () => {
    expect(classifyKey(key('c', { ctrlKey: true }))).toBe('machine');
    expect(classifyKey(key('v', { ctrlKey: true }))).toBe('machine');
  });

  it('copies with Ctrl-Shift-C and Ctrl-Insert', () => {
    expect(classifyKey(key('C', { ctrlKey: true, shiftKey: true }))).toBe('copy');
    expect(classifyKey(key('Insert', { ctrlKey: true }))).toBe('copy');
  });

  it('pastes with Ctrl-Shift-V and Shift-Insert', () => {
    expect(classifyKey(key('V', { ctrlKey: true, shiftKey: true }))).toBe('paste');
    expect(classifyKey(key('Insert', { shiftKey: true }))).toBe('paste');
  });

  it('moves focus with F6 and Shift-F6', () => {
    expect(classifyKey(key('F6'))).toBe('focus-next');
    expect(classifyKey(key('F6', { shiftKey: true }))).toBe('focus-previous');
  });

  it('passes Tab, letters, keyups and Alt/Meta chords to the machine', () => {
    expect(classifyKey(key('Tab'))).toBe('machine');
    expect(classifyKey(key('Tab', { shiftKey: true }))).toBe('machine');
    expect(classifyKey(key('C', { shiftKey: true }))).toBe('machine');
    expect(classifyKey({ ...key('C', { ctrlKey: true, shiftKey: true }), type: 'keyup' })).toBe('machine');
    expect(classifyKey(key('c', { ctrlKey: true, shiftKey: true, altKey: true }))).toBe('machine');
    expect(classifyKey(key('v', { metaKey: true }))).toBe('machine');
  });
});
