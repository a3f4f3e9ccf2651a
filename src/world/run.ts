// Driving the scheduler: run until a condition holds, fast-forwarding idle time to the next timer
// (headless), or following the wall clock when idle (in the browser).

import type { Kernel } from '../kernel';
import type { PumpOptions } from './types';

/**
 * Run until `done()` or until nothing can ever run again. Returns false if it stopped because
 * everything is blocked with no timer pending (the machine would wait forever).
 */
export function runUntil(kernel: Kernel, done: () => boolean, deadlineNs: number): boolean {
  while (!done()) {
    if (kernel.tick() > 0 || kernel.hasRunnable()) {
      if (kernel.nowNs > deadlineNs) return false;
      continue;
    }
    const next = kernel.nextTimer();
    if (next === undefined || next > deadlineNs) return false;
    kernel.advanceTo(next);
  }
  return true;
}

export interface WallState {
  /** virtual ns minus wall ns, fixed at the first pump */
  offsetNs: number | undefined;
}

export function pump(kernel: Kernel, wall: WallState, options: PumpOptions = {}): boolean {
  kernel.core.preempt = options.shouldYield;
  try {
    return pumpLoop(kernel, wall, options);
  } finally {
    kernel.core.preempt = undefined;
  }
}

function pumpLoop(kernel: Kernel, wall: WallState, options: PumpOptions): boolean {
  for (;;) {
    if (options.shouldYield?.()) return true;
    if (kernel.tick() > 0 || kernel.hasRunnable()) continue;
    const next = kernel.nextTimer();
    if (options.wallNowMs === undefined) {
      if (next === undefined) return false;
      kernel.advanceTo(next);
      continue;
    }
    const wallNs = options.wallNowMs * 1e6;
    wall.offsetNs ??= kernel.nowNs - wallNs;
    const target = wallNs + wall.offsetNs;
    if (next !== undefined && next <= target) {
      kernel.advanceTo(next);
      continue;
    }
    if (target > kernel.nowNs) kernel.advanceTo(target);
    else wall.offsetNs = kernel.nowNs - wallNs;
    return false;
  }
}
