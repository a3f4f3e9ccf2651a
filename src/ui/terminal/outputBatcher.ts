// Collects the machine's output and hands it to the screen at most once per animation frame.
//
// The run loop flushes right after each pump, so output made during a frame is drawn in that
// same frame; output that arrives between frames (the tty echoing a key) waits for the next one.

export interface Scheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

export interface OutputBatcher {
  push(data: string): void;
  /** Write everything pending now (no-op when nothing is pending). */
  flush(): void;
  dispose(): void;
}

export function createOutputBatcher(write: (data: string) => void, scheduler: Scheduler): OutputBatcher {
  let pending: string[] = [];
  let handle: number | null = null;
  let disposed = false;

  function flush(): void {
    if (handle !== null) {
      scheduler.cancel(handle);
      handle = null;
    }
    if (pending.length === 0 || disposed) return;
    const data = pending.join('');
    pending = [];
    write(data);
  }

  return {
    push(data) {
      if (disposed || data === '') return;
      pending.push(data);
      if (handle === null) handle = scheduler.request(flush);
    },
    flush,
    dispose() {
      if (handle !== null) scheduler.cancel(handle);
      handle = null;
      pending = [];
      disposed = true;
    },
  };
}

/** The browser's frame scheduler. */
export const animationFrames: Scheduler = {
  request: (callback) => requestAnimationFrame(() => callback()),
  cancel: (handle) => cancelAnimationFrame(handle),
};
