// Copy and paste for the terminal, and focus moves out of it (see keys.ts for the key map).
//
// Copy writes xterm.js's selection through navigator.clipboard. Paste is left to the browser:
// Ctrl-Shift-V and Shift-Insert fire a native paste event in xterm.js's hidden textarea, which
// xterm.js turns into input (no clipboard-read permission prompt needed).

import type { Terminal as XTerm } from '@xterm/xterm';
import { classifyKey } from './keys';

export interface FocusMoves {
  next(): void;
  previous(): void;
}

/** Installs the key handler on xterm.js. Returns nothing: xterm.js keeps one handler. */
export function installClipboardKeys(xterm: XTerm, focus: FocusMoves): void {
  xterm.attachCustomKeyEventHandler((ev) => {
    const action = classifyKey(ev);
    switch (action) {
      case 'machine':
        return true;
      case 'copy':
        ev.preventDefault();
        if (xterm.hasSelection()) copyText(xterm.getSelection());
        return false;
      case 'paste':
        // Not prevented: the browser's paste event reaches xterm.js's textarea.
        return false;
      case 'focus-next':
        ev.preventDefault();
        focus.next();
        return false;
      case 'focus-previous':
        ev.preventDefault();
        focus.previous();
        return false;
    }
  });
}

function copyText(text: string): void {
  if (!navigator.clipboard) return;
  navigator.clipboard.writeText(text).catch((error: unknown) => {
    console.warn('Glasshouse: copy to the clipboard failed', error);
  });
}
