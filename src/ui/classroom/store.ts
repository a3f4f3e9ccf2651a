// The classroom's UI state: whether the demo panel is open, and the demo player's state (the pure
// reducer in player.ts, kept in a zustand store so the header's control and the panel share it).

import { createStore } from 'zustand/vanilla';
import { IDLE, playerReducer, type PlayerEvent, type PlayerState } from './player';

export interface Classroom {
  /** The demo panel is shown (a demo chooser, or the demo being played). */
  readonly panelOpen: boolean;
  readonly player: PlayerState;
  /**
   * The machine's epoch the demo's journal marks belong to (the player's own rewinds move it).
   * Another machine replacing this one (a lesson opened, a link loaded) ends the demo.
   */
  readonly epoch: number | null;
  openPanel(open: boolean): void;
  dispatch(event: PlayerEvent): PlayerState;
}

export const classroom = createStore<Classroom>((set, get) => ({
  panelOpen: false,
  player: IDLE,
  epoch: null,
  openPanel: (panelOpen) => set({ panelOpen }),
  dispatch(event) {
    const player = playerReducer(get().player, event);
    if (player !== get().player) set(player.demo === null ? { player, epoch: null } : { player });
    return player;
  },
}));
