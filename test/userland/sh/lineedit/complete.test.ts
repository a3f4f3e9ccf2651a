// Tab completion. Expected bytes marked "bash:" were captured from bash 5.2 on a pty (Debian 12,
// TERM=xterm-256color, PS1='$ ') in a directory holding the same files.

import { describe, expect, it } from 'vitest';
import { matchListLines } from '../../../../src/userland/sh/lineedit/complete-list';
import { commonPrefix, completionWord, quoteForInsert } from '../../../../src/userland/sh/lineedit/word';
import { edit, Session } from './harness';

const many = Array.from({ length: 120 }, (_, i) => `f${i + 1}`);
const long = Array.from(
  { length: 30 },
  (_, i) => `a_rather_long_file_name_for_the_pager_test_number_${i + 10}`,
);
const tree = {
  '.': [
    '.bash_history',
    'Documents/',
    'Downloads/',
    'My Dir/',
    'file1',
    'file2',
    'fileab',
    'linkdir@',
    'many/',
    'long/',
  ],
  many,
  long,
  '/root': ['Documents/', '.profile'],
  '/usr': ['bin/', 'lib/', 'local/', 'share/'],
};

function run(keys: string[], o: { cols?: number; rows?: number; commands?: string[] } = {}): string[] {
  const s = new Session({ tree, commands: o.commands ?? ['ls'], cols: o.cols ?? 80, rows: o.rows ?? 24 });
  return keys.map((k) => s.feed(k));
}

describe('completionWord', () => {
  const word = (line: string) => completionWord(Array.from(line), Array.from(line).length);

  it('finds the word at the point and whether it is a command name', () => {
    expect(word('ec')).toEqual({ start: 0, quote: '', word: 'ec', command: true });
    expect(word('ls /us')).toEqual({ start: 3, quote: '', word: '/us', command: false });
    expect(word('cat f | he').command).toBe(true);
    expect(word('if true; then ec').command).toBe(true);
    expect(word('echo then').command).toBe(false);
    expect(word('ls a=fi')).toMatchObject({ start: 5, word: 'fi' });
  });

  it('removes backslashes and notes an open quote', () => {
    expect(word('ls My\\ D')).toMatchObject({ start: 3, word: 'My D', quote: '' });
    expect(word('ls "My D')).toMatchObject({ start: 4, word: 'My D', quote: '"' });
    expect(word("ls 'a b")).toMatchObject({ start: 4, word: 'a b', quote: "'" });
  });

  it('quotes special characters like bash (not ~) and finds common prefixes', () => {
    expect(quoteForInsert('~/My Dir/(x)&', '')).toBe('~/My\\ Dir/\\(x\\)\\&');
    expect(quoteForInsert('a "b" $c', '"')).toBe('a \\"b\\" \\$c');
    expect(commonPrefix(['file1', 'file2', 'fileab'])).toBe('file');
  });
});

describe('listing', () => {
  it('lays out columns like readline (bash: ls <Tab><Tab> at 80 columns)', () => {
    const names = [
      '.bash_history',
      'Documents/',
      'Downloads/',
      'My Dir/',
      'file1',
      'file2',
      'fileab',
      'linkdir/',
    ];
    const matches = names.map((n) => ({ name: n.replace(/\/$/, ''), isDir: n.endsWith('/') }));
    expect(matchListLines(matches, 80)).toEqual([
      '.bash_history  Downloads/     file1          fileab         ',
      'Documents/     My Dir/        file2          linkdir/       ',
    ]);
  });

  it('pads all but the last column (bash: ls many/f1<Tab><Tab> at 40 columns)', () => {
    const out = run(['ls many/f1', '\t', '\t'], { cols: 40 });
    expect(out[2]).toBe(
      '\r\nf1    f104  f11   f115  f120  f18\r\nf10   f105  f110  f116  f13   f19\r\nf100  f106  f111  f117  f14   \r\n' +
        'f101  f107  f112  f118  f15   \r\nf102  f108  f113  f119  f16   \r\nf103  f109  f114  f12   f17   \r\n$ ls many/f1',
    );
  });

  it('asks before showing 100 or more matches (bash: ls many/ Tab Tab Tab x n)', () => {
    expect(run(['ls many/', '\t', '\t', '\t', 'x', 'n'])).toEqual([
      'ls many/',
      '\x07f',
      '\x07',
      '\r\nDisplay all 120 possibilities? (y or n)',
      '\x07',
      '\r\n$ ls many/f',
    ]);
  });

  it('pages a long list with --More-- (bash: 10 rows; x, Enter, q)', () => {
    const n = (i: number) => `a_rather_long_file_name_for_the_pager_test_number_${i}`;
    const lines = (from: number, to: number) => {
      let s = '';
      for (let i = from; i <= to; i++) s += n(i) + '\r\n';
      return s;
    };
    const out = run(['ls long/', '\t', '\t', '\t', 'x', ' ', '\r', 'q'], { rows: 10 });
    expect(out.slice(3)).toEqual([
      '\r\n' + lines(10, 18) + '--More--',
      '\x07',
      '\r\x1b[K\r' + lines(19, 27) + '--More--',
      '\r\x1b[K\r' + lines(28, 28) + '--More--',
      '\r\x1b[K\r$ ls long/a_rather_long_file_name_for_the_pager_test_number_',
    ]);
  });
});

describe('inserting completions', () => {
  it('completes a unique file with a space, a directory with a slash (bash)', () => {
    expect(run(['ls file1', '\t'])).toEqual(['ls file1', ' ']);
    expect(run(['ls Do', '\t', 'c', '\t'])).toEqual(['ls Do', '\x07', 'c', 'uments/']);
  });

  it('quotes with backslashes or closes an open quote (bash)', () => {
    expect(run(['ls My', '\t'])).toEqual(['ls My', '\\ Dir/']);
    expect(run(['ls "My', '\t'])).toEqual(['ls "My', ' Dir"/']);
    expect(run(["ls 'My", '\t'])).toEqual(["ls 'My", " Dir'/"]);
  });

  it('adds nothing after a symlink to a directory, then "/" on the next Tab (bash)', () => {
    expect(run(['ls lin', '\t', '\t'])).toEqual(['ls lin', 'kdir', '/']);
  });

  it('completes in the middle of a line without a trailing space', () => {
    // bash wrote '\x07ilei\b' (rewriting the unchanged i) and listed without moving to the end.
    expect(run(['ls fi\x02', '\t', '\t', '\t'])).toEqual([
      'ls fi\b',
      '\x07\x1b[Clei\b',
      '\x07',
      '\x1b[C\r\nfile1   file2   fileab  \r\n$ ls filei\b',
    ]);
  });

  it('completes ~/ against $HOME and absolute paths', () => {
    expect(edit('ls ~/Doc\t', { tree }).buffer).toBe('ls ~/Documents/');
    expect(edit('cd /usr/lo\t', { tree }).buffer).toBe('cd /usr/local/');
    expect(edit('ls .pro\t', { tree }).buffer).toBe('ls .pro');
    expect(edit('ls ~/.pro\t', { tree }).buffer).toBe('ls ~/.profile ');
  });

  it('completes command names from the provider and directories here', () => {
    const commands = ['echo', 'ed', 'env', 'ls'];
    expect(edit('ec\t', { commands, tree }).buffer).toBe('echo ');
    expect(edit('Doc\t', { commands, tree }).buffer).toBe('Documents/');
    expect(edit('cat file1 | e\t', { commands, tree }).buffer).toBe('cat file1 | e');
    expect(run(['e', '\t', '\t'], { commands })).toEqual(['e', '\x07', '\r\necho  ed    env   \r\n$ e']);
  });

  it('rings the bell when nothing matches', () => {
    expect(edit('ls zz\t', { tree }).output).toBe('$ ls zz\x07');
  });
});
