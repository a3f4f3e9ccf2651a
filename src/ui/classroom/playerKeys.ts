// The demo player's keys, while a demo is shown:
//   PageDown (what presenter clickers send) — next step, wherever the focus is, even in a terminal
//   PageUp — rewind one step (the clicker's "back")
//   → or Space — next step;  ← — rewind;  P — pause / resume;  Escape — pause
// The others only when the focus is not in a terminal or a text field (there they are typing);
// Space not on a button either (it presses the button, which may be Next itself).

export type PlayerKey = 'next' | 'rewind' | 'togglePause' | 'pause';

interface KeyEventLike {
  readonly key: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

/** Where the focus is: typing (a terminal or a field), on a button, or elsewhere on the page. */
export type FocusKind = 'typing' | 'button' | 'page';

/** What a key does to the player, given where the focus is. */
export function playerKey(ev: KeyEventLike, focus: FocusKind): PlayerKey | null {
  if (ev.altKey || ev.ctrlKey || ev.metaKey) return null;
  if (ev.key === 'PageDown') return 'next';
  if (ev.key === 'PageUp') return 'rewind';
  if (focus === 'typing' || ev.shiftKey) return null;
  switch (ev.key) {
    case ' ':
      return focus === 'page' ? 'next' : null;
    case 'ArrowRight':
      return 'next';
    case 'ArrowLeft':
      return 'rewind';
    case 'p':
    case 'P':
      return 'togglePause';
    case 'Escape':
      return 'pause';
    default:
      return null;
  }
}

export function focusKind(target: EventTarget | null): FocusKind {
  if (!(target instanceof Element)) return 'page';
  if (target.closest('.terminal-host, input, textarea, select, [contenteditable="true"]')) return 'typing';
  return target.closest('button, a[href], summary') ? 'button' : 'page';
}
