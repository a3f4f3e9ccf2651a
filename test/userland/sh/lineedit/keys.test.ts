import { describe, expect, it } from 'vitest';
import { decodeKey } from '../../../../src/userland/sh/lineedit/keys';
import { LineBuffer } from '../../../../src/userland/sh/lineedit/buffer';
import { charWidth, promptShape } from '../../../../src/userland/sh/lineedit/width';

function keys(input: string): unknown[] {
  const out: unknown[] = [];
  let rest = input;
  for (;;) {
    const d = decodeKey(rest, true);
    if (d === null) return out;
    out.push(d.key);
    rest = rest.slice(d.length);
  }
}

describe('decodeKey', () => {
  it('groups printable text, including multi-byte characters, and stops at control characters', () => {
    expect(keys('ab日本\r')).toEqual([
      { kind: 'text', text: 'ab日本' },
      { kind: 'ctrl', code: 13 },
    ]);
    expect(keys('😀x')).toEqual([{ kind: 'text', text: '😀x' }]);
  });

  it('decodes xterm arrows, Home/End/Delete in CSI and SS3 forms, with modifiers', () => {
    expect(keys('\x1b[A\x1b[D\x1bOH\x1b[F\x1b[1~\x1b[4~\x1b[3~\x1b[1;5C')).toEqual([
      { kind: 'special', name: 'up', mod: 1 },
      { kind: 'special', name: 'left', mod: 1 },
      { kind: 'special', name: 'home', mod: 1 },
      { kind: 'special', name: 'end', mod: 1 },
      { kind: 'special', name: 'home', mod: 1 },
      { kind: 'special', name: 'end', mod: 1 },
      { kind: 'special', name: 'delete', mod: 1 },
      { kind: 'special', name: 'right', mod: 5 },
    ]);
  });

  it('decodes Meta keys and unknown sequences', () => {
    expect(keys('\x1bb\x1b\x7f\x1b[99z')).toEqual([
      { kind: 'meta', ch: 'b' },
      { kind: 'meta', ch: '\x7f' },
      { kind: 'unknown', seq: '\x1b[99z' },
    ]);
  });

  it('waits for the rest of a split escape sequence unless input has ended', () => {
    expect(decodeKey('\x1b')).toBeNull();
    expect(decodeKey('\x1b[1;')).toBeNull();
    expect(decodeKey('\x1b', true)).toEqual({ key: { kind: 'ctrl', code: 27 }, length: 1 });
    expect(decodeKey('')).toBeNull();
  });
});

describe('LineBuffer', () => {
  it('finds unix words (whitespace) and readline words (alphanumeric)', () => {
    const b = new LineBuffer();
    b.set('cd /usr/local-bin  ');
    expect(b.unixWordStart()).toBe(3);
    b.point = 17;
    expect(b.wordStart()).toBe(14);
    b.point = 3;
    expect(b.wordEnd()).toBe(7);
  });

  it('transposes like ^T: at the end the last two characters, else around the point', () => {
    const b = new LineBuffer();
    b.set('abc');
    expect(b.transpose()).toBe(true);
    expect([b.text, b.point]).toEqual(['acb', 3]);
    b.point = 1;
    b.transpose();
    expect([b.text, b.point]).toEqual(['cab', 2]);
    b.point = 0;
    expect(b.transpose()).toBe(false);
  });

  it('removes ranges and keeps the point consistent', () => {
    const b = new LineBuffer();
    b.set('hello world', 8);
    expect(b.remove(2, 5)).toBe('llo');
    expect([b.text, b.point]).toEqual(['he world', 5]);
  });
});

describe('width', () => {
  it('counts wide, zero-width and control characters', () => {
    expect([charWidth('a'), charWidth('日'), charWidth('\u0301'), charWidth('\x01')]).toEqual([1, 2, 0, 2]);
  });

  it('hides \\x01…\\x02 spans of a prompt and keeps only its last line', () => {
    const p = promptShape('\x01\x1b[1m\x02top\n\x01\x1b[32m\x02me$\x01\x1b[0m\x02 ');
    expect(p.output).toBe('\x1b[1mtop\n\x1b[32mme$\x1b[0m ');
    expect(p.lastLine.join('')).toBe('me$ ');
    expect(p.lastLineOutput).toBe('\x1b[32mme$\x1b[0m ');
  });
});
