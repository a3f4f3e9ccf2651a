// Installs the demo player's keys (playerKeys.ts) while a demo is shown. Capture phase on window,
// so PageDown from a presenter clicker works even while a terminal has the focus (xterm.js would
// otherwise take it for the shell).

import { useEffect } from 'react';
import type { Demo } from '../../course/demo';
import type { Machine } from '../machine';
import { nextStep, pauseDemo, rewindStep, togglePause } from './controls';
import { focusKind, playerKey } from './playerKeys';

export function useDemoKeys(machine: Machine, demo: Demo | null): void {
  useEffect(() => {
    if (!demo) return;
    const onKey = (event: KeyboardEvent): void => {
      const action = playerKey(event, focusKind(event.target));
      if (action === null) return;
      event.preventDefault();
      event.stopPropagation();
      if (action === 'next') nextStep(machine, demo);
      else if (action === 'rewind') rewindStep(machine);
      else if (action === 'togglePause') togglePause();
      else pauseDemo();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [machine, demo]);
}
