// The demo player's bookkeeping as a pure reducer: which step the one key runs next, whether the
// lecturer paused, and where each step started in the machine's journal (so Rewind can rebuild
// the machine as it was before the last step: replaying the journal up to that mark).
// The component (DemoPlayer.tsx) does the effects: typing commands, loading a truncated journal.

export interface PlayerState {
  /** The demo being shown (its lesson id), or null when none is. */
  readonly demo: string | null;
  /** How many steps the demo has. */
  readonly count: number;
  /** Index of the step the next key press runs (count: the demo is over). */
  readonly next: number;
  readonly paused: boolean;
  /** The journal's length when the demo started: Restart goes back there. */
  readonly origin: number;
  /** marks[i]: the journal's length when step i started (one per step run so far). */
  readonly marks: readonly number[];
}

export type PlayerEvent =
  | { readonly type: 'start'; readonly demo: string; readonly count: number; readonly at: number }
  /** The key was pressed; `at` is the journal's length now. */
  | { readonly type: 'next'; readonly at: number }
  | { readonly type: 'pause' }
  | { readonly type: 'resume' }
  | { readonly type: 'togglePause' }
  | { readonly type: 'rewind' }
  | { readonly type: 'restart' }
  | { readonly type: 'stop' };

export const IDLE: PlayerState = { demo: null, count: 0, next: 0, paused: false, origin: 0, marks: [] };

export function playerReducer(state: PlayerState, event: PlayerEvent): PlayerState {
  switch (event.type) {
    case 'start':
      return { ...IDLE, demo: event.demo, count: event.count, origin: event.at };
    case 'next':
      if (!canAdvance(state)) return state;
      return { ...state, next: state.next + 1, marks: [...state.marks, event.at] };
    case 'pause':
      return state.demo === null ? state : { ...state, paused: true };
    case 'resume':
      return { ...state, paused: false };
    case 'togglePause':
      return state.demo === null ? state : { ...state, paused: !state.paused };
    case 'rewind':
      if (state.next === 0) return state;
      return { ...state, next: state.next - 1, marks: state.marks.slice(0, -1) };
    case 'restart':
      return state.demo === null ? state : { ...state, next: 0, marks: [], paused: false };
    case 'stop':
      return IDLE;
  }
}

/** True when the key would run a step: a demo is shown, not paused and not over. */
export const canAdvance = (s: PlayerState): boolean => s.demo !== null && !s.paused && s.next < s.count;

/**
 * How many journal entries to keep for a rewind (before the last step run) or a restart (before
 * the demo), or null when there is nothing to undo.
 */
export function keepFor(state: PlayerState, event: 'rewind' | 'restart'): number | null {
  if (state.demo === null) return null;
  if (event === 'restart') return state.origin;
  return state.next === 0 ? null : (state.marks[state.next - 1] ?? null);
}
