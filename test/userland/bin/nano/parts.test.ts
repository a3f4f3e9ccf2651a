// nano's pure parts: bar layout at several widths, the help text wrapping, word motion, line
// cells, search and "line,column" answers. Expected strings were recorded from GNU nano 7.2.

import { describe, expect, it } from 'vitest';
import { MAIN_MENU, SEARCH_MENU, drawShortcuts, drawTitle } from '../../../../src/userland/bin/nano/bars';
import { TextBuffer } from '../../../../src/userland/bin/nano/buffer';
import { Frame } from '../../../../src/userland/bin/nano/frame';
import { helpLines } from '../../../../src/userland/bin/nano/help';
import { findNext, notFound, parseLineColumn } from '../../../../src/userland/bin/nano/search';
import { lineCells } from '../../../../src/userland/bin/nano/text';

function bars(cols: number, menu = MAIN_MENU): [string, string, string] {
  const f = new Frame(24, cols);
  drawTitle(f, '/tmp/nanocap/x', false);
  drawShortcuts(f, menu);
  return [f.text(0), f.text(22), f.text(23)];
}

describe('nano bars', () => {
  it('lays out the title and the shortcuts like nano at 40, 60 and 200 columns', () => {
    expect(bars(40)).toEqual([
      '  GNU nano 7.2 /tmp/nanocap/x           ',
      '^G Help   ^O Write O^W Where I^K Cut    ',
      '^X Exit   ^R Read Fi^\\ Replace^U Paste  ',
    ]);
    expect(bars(60)).toEqual([
      '  GNU nano 7.2           /tmp/nanocap/x                     ',
      '^G Help     ^O Write Out^W Where Is ^K Cut      ^T Execute  ',
      '^X Exit     ^R Read File^\\ Replace  ^U Paste    ^J Justify  ',
    ]);
    const [, top, bottom] = bars(200);
    expect(top).toBe(
      '^G Help         ^O Write Out    ^W Where Is     ^K Cut          ^T Execute      ^C Location     ' +
        'M-U Undo        M-A Set Mark    M-] To Bracket  M-Q Previous    ^B Back         ^◂ Prev Word            ',
    );
    expect(bottom).toBe(
      '^X Exit         ^R Read File    ^\\ Replace      ^U Paste        ^J Justify      ^/ Go To Line   ' +
        'M-E Redo        M-6 Copy        ^Q Where Was    M-W Next        ^F Forward      ^▸ Next Word            ',
    );
  });

  it('drops the version from a narrow title bar, and widens the penultimate item of an odd menu', () => {
    expect(bars(30)[0]).toBe('    /tmp/nanocap/x            ');
    expect(bars(120, SEARCH_MENU).slice(1)).toEqual([
      '^G Help                 M-C Case Sens           M-B Backwards           ^P Older                ^T Go To Line           ',
      '^C Cancel               M-R Reg.exp.            ^R Replace              ^N Newer                                        ',
    ]);
  });
});

describe('nano help text', () => {
  it('wraps the introduction at the screen width (at most 74) and key descriptions at the width', () => {
    const lines = helpLines(60);
    expect(lines.slice(0, 4)).toEqual([
      '',
      ' The nano editor is designed to emulate the functionality',
      ' and ease-of-use of the UW Pico text editor.  There are four',
      ' main sections of the editor.  The top line shows the',
    ]);
    expect(lines).toContain('^O     (F3)      Write the current buffer (or the marked');
    expect(lines).toContain('                   region) to disk');
    expect(helpLines(100)[1]).toBe(
      ' The nano editor is designed to emulate the functionality and ease-of-use',
    );
  });
});

describe('nano buffer', () => {
  it('moves by words as Ctrl+Right and Ctrl+Left do', () => {
    const b = new TextBuffer('foo bar  baz\n  next, word\n');
    const seen: string[] = [];
    const at = (): string => `${b.row + 1},${b.column() + 1}`;
    for (let i = 0; i < 5; i++) {
      b.nextWord();
      seen.push(at());
    }
    for (let i = 0; i < 4; i++) {
      b.prevWord();
      seen.push(at());
    }
    expect(seen).toEqual(['1,5', '1,10', '2,3', '2,9', '3,1', '2,9', '2,3', '1,10', '1,5']);
  });

  it('keeps an empty last line, so the saved text ends with a newline', () => {
    const b = new TextBuffer('abc');
    expect(b.lines).toEqual(['abc', '']);
    b.place(1, 0);
    b.insert('x');
    expect(b.text()).toBe('abc\nx\n');
    expect(b.lineCount()).toBe(2);
  });
});

describe('nano line display', () => {
  it('shows tabs, control characters and wide characters in their columns', () => {
    expect(lineCells('a\tb\x01c', 0, 14).cells.join('')).toBe('a       b^Ac');
    const wide = lineCells('日本', 0, 3);
    expect(wide.cells).toEqual(['日', '', ' ']);
    expect(wide.more).toBe(true);
  });
});

describe('nano search', () => {
  const lines = ['Alpha', 'beta', 'alpha gamma', ''];
  it('finds the next match after the cursor, ignoring case, wrapping once', () => {
    expect(findNext(lines, 0, 0, 'alpha')).toEqual({ row: 2, x: 0, wrapped: false, only: false });
    expect(findNext(lines, 2, 0, 'ALPHA')).toEqual({ row: 0, x: 0, wrapped: true, only: false });
    expect(findNext(lines, 2, 6, 'gamma')).toEqual({ row: 2, x: 6, wrapped: true, only: true });
    expect(findNext(lines, 0, 0, 'zz')).toBeNull();
  });

  it('shortens a long needle in the not-found message', () => {
    expect(notFound('zz', 80)).toBe('"zz" not found');
    expect(notFound('x'.repeat(50), 80)).toBe(`"${'x'.repeat(40)}..." not found`);
  });

  it('reads line and column numbers, negative ones from the end', () => {
    expect(parseLineColumn('2', lines)).toEqual({ row: 1, x: 0 });
    expect(parseLineColumn('3,7', lines)).toEqual({ row: 2, x: 6 });
    expect(parseLineColumn('-1', lines)).toEqual({ row: 3, x: 0 });
    expect(parseLineColumn('999', lines)).toEqual({ row: 3, x: 0 });
    expect(parseLineColumn('abc', lines)).toBeNull();
  });
});
