// Readline's emacs keymap, as far as the editor implements it: key → command name.

import type { Key } from './keys';

export type CommandName =
  | 'accept-line'
  | 'abort'
  | 'backward-char'
  | 'backward-delete-char'
  | 'backward-kill-word'
  | 'backward-word'
  | 'beginning-of-history'
  | 'beginning-of-line'
  | 'capitalize-word'
  | 'clear-screen'
  | 'complete'
  | 'delete-char'
  | 'delete-char-or-eof'
  | 'downcase-word'
  | 'end-of-history'
  | 'end-of-line'
  | 'forward-char'
  | 'forward-word'
  | 'interrupt'
  | 'kill-line'
  | 'kill-word'
  | 'next-history'
  | 'previous-history'
  | 'quoted-insert'
  | 'reverse-search-history'
  | 'transpose-chars'
  | 'unix-line-discard'
  | 'unix-word-rubout'
  | 'upcase-word'
  | 'yank'
  | 'yank-last-arg'
  | 'ignore';

const CTRL: Readonly<Record<number, CommandName>> = {
  0x01: 'beginning-of-line',
  0x02: 'backward-char',
  0x03: 'interrupt',
  0x04: 'delete-char-or-eof',
  0x05: 'end-of-line',
  0x06: 'forward-char',
  0x07: 'abort',
  0x08: 'backward-delete-char',
  0x09: 'complete',
  0x0a: 'accept-line',
  0x0b: 'kill-line',
  0x0c: 'clear-screen',
  0x0d: 'accept-line',
  0x0e: 'next-history',
  0x10: 'previous-history',
  0x12: 'reverse-search-history',
  0x14: 'transpose-chars',
  0x15: 'unix-line-discard',
  0x16: 'quoted-insert',
  0x17: 'unix-word-rubout',
  0x19: 'yank',
  0x7f: 'backward-delete-char',
};

const META: Readonly<Record<string, CommandName>> = {
  b: 'backward-word',
  f: 'forward-word',
  d: 'kill-word',
  '\x7f': 'backward-kill-word',
  '\b': 'backward-kill-word',
  '<': 'beginning-of-history',
  '>': 'end-of-history',
  '.': 'yank-last-arg',
  _: 'yank-last-arg',
  u: 'upcase-word',
  l: 'downcase-word',
  c: 'capitalize-word',
};

const SPECIAL: Readonly<Record<string, CommandName>> = {
  up: 'previous-history',
  down: 'next-history',
  left: 'backward-char',
  right: 'forward-char',
  home: 'beginning-of-line',
  end: 'end-of-line',
  delete: 'delete-char',
};

// Debian's /etc/inputrc: Ctrl-Left/Right and Alt-Left/Right move by words.
const MODIFIED: Readonly<Record<string, CommandName>> = {
  left: 'backward-word',
  right: 'forward-word',
};

export function commandFor(key: Key): CommandName {
  switch (key.kind) {
    case 'ctrl':
      return CTRL[key.code] ?? 'ignore';
    case 'meta':
      return META[key.ch] ?? 'ignore';
    case 'special':
      if (key.mod !== 1) return MODIFIED[key.name] ?? 'ignore';
      return SPECIAL[key.name] ?? 'ignore';
    default:
      return 'ignore';
  }
}
