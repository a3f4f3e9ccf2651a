// Which keys the page keeps for itself instead of sending them to the machine.
//
// A terminal must pass almost every key through: plain Ctrl-C is ^C (SIGINT via the tty's line
// discipline), Ctrl-V is ^V (literal next). Like GNOME Terminal, copy and paste use the
// Shift variants, plus the old Insert-key pair. F6 / Shift-F6 move focus out of the terminal,
// so keyboard-only users are never trapped in it (Tab belongs to the shell: completion).

/** What the page does with a key event, or 'machine' to let xterm.js send it on. */
export type KeyAction = 'copy' | 'paste' | 'focus-next' | 'focus-previous' | 'machine';

/** The fields of a KeyboardEvent we look at (so tests can pass plain objects). */
export interface KeyLike {
  readonly type: string;
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly metaKey: boolean;
}

export function classifyKey(ev: KeyLike): KeyAction {
  if (ev.type !== 'keydown' || ev.altKey || ev.metaKey) return 'machine';
  const key = ev.key.length === 1 ? ev.key.toLowerCase() : ev.key;
  if (ev.ctrlKey && ev.shiftKey && key === 'c') return 'copy';
  if (ev.ctrlKey && ev.shiftKey && key === 'v') return 'paste';
  if (ev.ctrlKey && !ev.shiftKey && key === 'Insert') return 'copy';
  if (ev.shiftKey && !ev.ctrlKey && key === 'Insert') return 'paste';
  if (!ev.ctrlKey && key === 'F6') return ev.shiftKey ? 'focus-previous' : 'focus-next';
  return 'machine';
}
