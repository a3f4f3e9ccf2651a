// The classroom's UI state: whether the demo panel is open, and the demo player's state (the pure
// reducer in player.ts, kept in a zustand store so the header's control and the panel share it).

import { createStore } from 'zustand/vanilla';
import { IDLE, playerReducer, type PlayerEvent, type PlayerState } from './player';

export interface Classroom {
  /** The demo panel is shown (a demo chooser, or the demo being played). */
  readonly panelOpen: boolean;
  readonly player: PlayerState;
  openPanel(open: boolean): void;
  dispatch(event: PlayerEvent): PlayerState;
}

export const classroom = createStore<Classroom>((set, get) => ({
  panelOpen: false,
  player: IDLE,
  openPanel: (panelOpen) => set({ panelOpen }),
  dispatch(event) {
    const player = playerReducer(get().player, event);
    if (player !== get().player) set({ player });
    return player;
  },
}));
