// The editor's screens against real bash 5.2 (readline 8.2, TERM=xterm-256color, LANG=C.UTF-8,
// PS1='$ ', bracketed paste off): each `bash` entry is what bash wrote after that key group, captured
// from a pty on Debian 12. Both byte streams are replayed on a small terminal emulator and must
// leave the same screen and cursor after every step (the bytes themselves differ: readline uses
// insert/delete-character sequences, we rewrite the tail).

import { describe, expect, it } from 'vitest';
import { Session } from './harness';
import { Screen } from './vt';

interface Scenario {
  name: string;
  cols: number;
  history?: string[];
  keys: string[];
  bash: string[];
}

const scenarios: Scenario[] = [
  {
    // History ': ls -l', ': echo hello', ': cat file'. bash's Backspace after the failed 'z' (which
    // retraces the search; ours searches again) is left out: ^E then leaves the same line either way.
    name: 'history and reverse-i-search',
    cols: 80,
    history: [': ls -l', ': echo hello', ': cat file'],
    keys: [
      'x',
      '\u0012',
      'e',
      'c',
      '\u0012',
      'z',
      '\u0005',
      '!',
      '\u0015',
      '\u0010',
      '\u0010',
      '\u000e',
      'Y',
      '\u0010',
      '\u000e',
      '\u000e',
    ],
    bash: [
      'x',
      "\r(reverse-i-search)`': x",
      "\b\b\b\be': : cat file\b",
      "\b\b\b\b\b\b\b\b\b\b\b\bc': : echo hello\b\b\b\b\b\b\b\b\b\b",
      '\u0007\r\u001b[C\u001b[7@failed \u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C',
      '\u0007\b\b\b\b\b\u001b[1@z\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C',
      '\r$ : echo hello\u001b[K\r\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C',
      '!',
      '\r\u001b[C\u001b[C\u001b[K',
      ': ls -l',
      '\u0007',
      '\r\u001b[C\u001b[C\u001b[K',
      'Y',
      '\b: ls -l',
      '\r\u001b[C\u001b[CY\u001b[K',
      '\b: cat file',
    ],
  },
  {
    name: 'wrap20',
    cols: 20,
    keys: ['abcdefghijklmnopq', 'r', 's', '\u007f', '\u007f'],
    bash: [
      'abcdefghijklmnopq',
      'r \r',
      's',
      '\r\u001b[K',
      '\u001b[A\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[K\r\n\r\u001b[K\u001b[A\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C',
    ],
  },
  {
    name: 'edit20',
    cols: 20,
    keys: [
      'abcd',
      '\u001b[D',
      '\u001b[D',
      'X',
      '\u007f',
      '\u0001',
      '\u0005',
      'efghijklmnopqrstu',
      'v',
      'w',
      '\u0001',
      '\u0006\u0006\u0006',
      'Y',
      '\u0005',
      '\u0015',
    ],
    bash: [
      'abcd',
      '\b',
      '\b',
      'Xcd\b\b',
      '\b\u001b[1Pcd\b\b',
      '\b\b',
      '\u001b[C\u001b[C\u001b[C\u001b[C',
      'efghijklmnopqrstu',
      'v',
      'w',
      '\u001b[A\b\b\b',
      '\u001b[C\u001b[C\u001b[C',
      'Ydefghijklmnopqrstuvw\u001b[A',
      '\r\n\r\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C',
      '\u001b[A\r\u001b[C\u001b[C\u001b[K\r\n\r\u001b[K\u001b[A\u001b[C\u001b[C',
    ],
  },
  {
    name: 'long20',
    cols: 20,
    keys: [
      'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH',
      '\u0001',
      '\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C',
      '12',
      '\u000b',
      '\u001b[D\u001b[D\u001b[D\u001b[D',
      '\u0017',
    ],
    bash: [
      'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH',
      '\u001b[A\u001b[A\r\u001b[C\u001b[C',
      '\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\r\n\r\u001b[C',
      '12tuvwxyz0123456789ABCDEFGH\u001b[A\r\u001b[C\u001b[C\u001b[C',
      '\u001b[K\r\n\r\u001b[K\u001b[A\u001b[C\u001b[C\u001b[C',
      '\b\b\r\u001b[A\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C',
      '\r\u001b[C\u001b[Crs12\u001b[K\r\n\r\u001b[K\u001b[A\u001b[C\u001b[C',
    ],
  },
  {
    name: 'words',
    cols: 80,
    keys: [
      'echo hello world foo',
      '\u001bb',
      '\u001bb',
      '\u001bf',
      '\u001bd',
      '\u001b\u007f',
      '\u0001',
      '\u0014',
      '\u0005',
      '\u0014',
      '\u000b',
      '\u0019',
    ],
    bash: [
      'echo hello world foo',
      '\b\b\b',
      '\b\b\b\b\b\b',
      '\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C',
      '\u001b[K',
      '\b\b\b\b\b\u001b[K',
      '\r\u001b[C\u001b[C',
      '\u0007',
      '\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C',
      '\b\b o',
      '',
      'world foo',
    ],
  },
  {
    name: 'yank',
    cols: 80,
    keys: ['one two three', '\u0017', '\u0017', '\u0019', '\u0001', '\u000b', '\u0019', '\u0019'],
    bash: [
      'one two three',
      '\b\b\b\b\b\u001b[K',
      '\b\b\b\b\u001b[K',
      'two three',
      '\r\u001b[C\u001b[C',
      '\u001b[K',
      'one two three',
      'one two three',
    ],
  },
  {
    name: 'complete',
    cols: 80,
    keys: [
      'ls fi',
      '\t',
      '\t',
      '\t',
      '1',
      '\t',
      '\u0015ls Do',
      '\t',
      '\t',
      'c',
      '\t',
      '\u0015ls My',
      '\t',
      '\u0015Doc',
      '\t',
      '\u0015ls "My',
      '\t',
      '\u0015ls lin',
      '\t',
      '\t',
      '\u0015ls ',
      '\t',
      '\t',
    ],
    bash: [
      'ls fi',
      '\u0007le',
      '\u0007',
      '\r\nfile1   file2   fileab  \r\n$ ls file',
      '1',
      ' ',
      '\r\u001b[C\u001b[C\u001b[Kls Do',
      '\u0007',
      '\r\nDocuments/ Downloads/ \r\n$ ls Do',
      'c',
      'uments/',
      '\r\u001b[C\u001b[C\u001b[Kls My',
      '\\ Dir/',
      '\r\u001b[C\u001b[C\u001b[KDoc',
      'uments/',
      '\r\u001b[C\u001b[C\u001b[Kls "My',
      ' Dir"/',
      '\r\u001b[C\u001b[C\u001b[Kls lin',
      'kdir',
      '/',
      '\r\u001b[C\u001b[C\u001b[Kls ',
      '\u0007',
      '\r\n.bash_history  Downloads/     file1          fileab         \r\nDocuments/     My Dir/        file2          linkdir/       \r\n$ ls ',
    ],
  },
  {
    name: 'clear',
    cols: 80,
    keys: ['abc', '\f'],
    bash: ['abc', '\u001b[H\u001b[2J$ abc'],
  },
  {
    name: 'wide',
    cols: 20,
    keys: ['日本語テキスト', '\u0001', '\u0006', 'x', '\u0005', '中文字符串', '\u007f', '\u0001', '\u000b'],
    bash: [
      '日本語テキスト',
      '\r\u001b[C\u001b[C',
      '\u001b[C\u001b[C',
      'x本語テキスト\r\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C',
      '\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C\u001b[C',
      '中 \u001b[K文字符串',
      '\b\b\u001b[K',
      '\u001b[A\r\u001b[C\u001b[C',
      '\u001b[K\r\n\r\u001b[K\u001b[A\u001b[C\u001b[C',
    ],
  },
];

// The directory bash ran in (for the completion scenario).
const tree = {
  '.': ['.bash_history', 'Documents/', 'Downloads/', 'My Dir/', 'file1', 'file2', 'fileab', 'linkdir@'],
};

describe('screens match bash', () => {
  for (const s of scenarios) {
    it(s.name, () => {
      const session = new Session({ cols: s.cols, tree, commands: ['ls'], history: s.history ?? [] });
      const ours = new Screen(s.cols).write(session.initial);
      const theirs = new Screen(s.cols).write('$ ');
      s.keys.forEach((key, i) => {
        ours.write(session.feed(key));
        theirs.write(s.bash[i] ?? '');
        expect({ step: i, key, screen: ours.text(), cursor: ours.cursor }).toEqual({
          step: i,
          key,
          screen: theirs.text(),
          cursor: theirs.cursor,
        });
      });
    });
  }
});
