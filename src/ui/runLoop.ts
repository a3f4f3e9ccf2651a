// The run loop: one slice of machine time per animation frame.
//
// Each frame calls world.pump with the wall clock (so a sleeping program wakes on time) and a
// budget: pump hands control back once BUDGET_MS have passed, so the page keeps drawing at
// 60 frames per second even while `while :; do :; done` spins. We pump every frame, busy or
// idle: an idle pump is cheap, and sleeping programs need the clock to advance.

import type { PumpOptions } from '../world/types';

/** Milliseconds of model time per frame: half a 60 Hz frame, leaving room to draw. */
export const BUDGET_MS = 8;

export interface Pumpable {
  pump(options?: PumpOptions): boolean;
}

export interface FrameClock {
  now(): number;
  request(callback: () => void): number;
  cancel(handle: number): void;
}

export interface LoopHooks {
  /** After every pump, e.g. to flush output to the screen in the same frame. */
  afterPump?(busy: boolean): void;
  /** The model threw: the loop stops (a crashed kernel does not keep running). */
  onError?(error: unknown): void;
}

/** Starts pumping; returns a function that stops the loop. */
export function startRunLoop(world: Pumpable, clock: FrameClock, hooks: LoopHooks = {}): () => void {
  let handle: number | null = null;
  let stopped = false;

  function frame(): void {
    handle = null;
    if (stopped) return;
    const start = clock.now();
    let busy: boolean;
    try {
      busy = world.pump({ wallNowMs: start, shouldYield: () => clock.now() - start > BUDGET_MS });
    } catch (error) {
      stopped = true;
      hooks.onError?.(error);
      return;
    }
    hooks.afterPump?.(busy);
    if (!stopped) handle = clock.request(frame);
  }

  handle = clock.request(frame);
  return () => {
    stopped = true;
    if (handle !== null) clock.cancel(handle);
    handle = null;
  };
}

/** The browser's clock: performance.now() and requestAnimationFrame. */
export const browserClock: FrameClock = {
  now: () => performance.now(),
  request: (callback) => requestAnimationFrame(() => callback()),
  cancel: (handle) => cancelAnimationFrame(handle),
};
