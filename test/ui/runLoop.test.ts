import { describe, expect, it } from 'vitest';
import { BUDGET_MS, startRunLoop, type FrameClock } from '../../src/ui/runLoop';
import type { PumpOptions } from '../../src/world/types';

/** A fake clock: time moves only when the test (or the fake world) says so. */
function fakeClock() {
  let now = 1000;
  let queued: (() => void) | null = null;
  const clock: FrameClock = {
    now: () => now,
    request(callback) {
      queued = callback;
      return 1;
    },
    cancel() {
      queued = null;
    },
  };
  return {
    clock,
    advance: (ms: number) => (now += ms),
    frame(): boolean {
      const callback = queued;
      queued = null;
      callback?.();
      return callback !== null;
    },
  };
}

describe('startRunLoop', () => {
  it('pumps once per frame with the wall clock and yields after the budget', () => {
    const t = fakeClock();
    const calls: { wallNowMs: number | undefined; yieldedAt: number }[] = [];
    const world = {
      pump(options: PumpOptions = {}): boolean {
        const start = t.clock.now();
        while (!options.shouldYield?.()) t.advance(1); // a busy machine: 1 ms per tick
        calls.push({ wallNowMs: options.wallNowMs, yieldedAt: t.clock.now() - start });
        return true;
      },
    };
    const busyFlags: boolean[] = [];
    startRunLoop(world, t.clock, { afterPump: (busy) => busyFlags.push(busy) });
    expect(calls).toEqual([]);
    t.frame();
    t.advance(8);
    t.frame();
    expect(calls).toEqual([
      { wallNowMs: 1000, yieldedAt: BUDGET_MS + 1 },
      { wallNowMs: 1017, yieldedAt: BUDGET_MS + 1 },
    ]);
    expect(busyFlags).toEqual([true, true]);
  });

  it('stops when asked', () => {
    const t = fakeClock();
    let pumps = 0;
    const stop = startRunLoop({ pump: () => (pumps++, false) }, t.clock);
    t.frame();
    stop();
    expect(t.frame()).toBe(false);
    expect(pumps).toBe(1);
  });

  it('stops and reports when the model throws', () => {
    const t = fakeClock();
    const errors: unknown[] = [];
    startRunLoop(
      {
        pump() {
          throw new Error('kernel panic');
        },
      },
      t.clock,
      { onError: (e) => errors.push(e) },
    );
    t.frame();
    expect(errors.map(String)).toEqual(['Error: kernel panic']);
    expect(t.frame()).toBe(false);
  });
});
