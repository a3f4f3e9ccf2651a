// The terminal adapter: xterm.js on the page, a /dev/pts/N in the machine.
//
//   keys   → xterm.onData → terminal.input          (the tty's line discipline does the rest)
//   output → batcher (one write per frame) → xterm.write
//   size   → FitAddon (container size) → xterm.onResize → terminal.resize (SIGWINCH)
//
// Simplification: bracketed paste is whatever the shell asks for; no WebGL renderer yet.

import { Terminal as XTerm } from '@xterm/xterm';
import { FitAddon } from '@xterm/addon-fit';
import '@xterm/xterm/css/xterm.css';
import type { Machine } from '../machine';
import { installClipboardKeys, type FocusMoves } from './clipboard';
import { animationFrames, createOutputBatcher } from './outputBatcher';
import { followColorScheme } from './theme';

export interface AttachedTerminal {
  readonly xterm: XTerm;
  /** Re-fit to the container (called on container resize). */
  fit(): void;
  dispose(): void;
}

export function attachTerminal(
  container: HTMLElement,
  machine: Machine,
  focus: FocusMoves,
  id = 1,
): AttachedTerminal {
  const xterm = new XTerm({
    fontFamily: '"DejaVu Sans Mono", "Cascadia Mono", Menlo, Consolas, monospace',
    fontSize: 14,
    // A little leading so underscores are not clipped by the next row.
    lineHeight: 1.15,
    cursorBlink: true,
    scrollback: 5000,
    allowProposedApi: false,
  });
  const fitAddon = new FitAddon();
  xterm.loadAddon(fitAddon);
  const stopTheme = followColorScheme((theme) => {
    xterm.options.theme = theme;
  });
  xterm.open(container);
  installClipboardKeys(xterm, focus);
  safeFit(fitAddon);

  const disposers: (() => void)[] = [stopTheme];
  const terminal = machine.openTerminal(xterm.cols, xterm.rows, id);
  if (terminal) {
    const batcher = createOutputBatcher((data) => xterm.write(data), animationFrames);
    disposers.push(
      machine.onScreenOutput((data) => batcher.push(data), id),
      machine.onAfterPump(() => batcher.flush()),
      () => batcher.dispose(),
    );
    const onData = xterm.onData((data) => {
      machine.setActiveTerminal(id);
      terminal.input(data);
    });
    const onResize = xterm.onResize(({ cols, rows }) => terminal.resize(cols, rows));
    disposers.push(
      () => onData.dispose(),
      () => onResize.dispose(),
    );
  }

  return {
    xterm,
    fit: () => safeFit(fitAddon),
    dispose() {
      for (const dispose of disposers) dispose();
      xterm.dispose();
    },
  };
}

/** FitAddon throws if the element is not laid out yet (display: none); that is harmless. */
function safeFit(fitAddon: FitAddon): void {
  try {
    fitAddon.fit();
  } catch {
    // Not laid out yet; the next resize fits.
  }
}
