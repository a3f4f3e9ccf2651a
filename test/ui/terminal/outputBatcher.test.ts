import { describe, expect, it } from 'vitest';
import { createOutputBatcher, type Scheduler } from '../../../src/ui/terminal/outputBatcher';

function manualScheduler() {
  const callbacks = new Map<number, () => void>();
  let next = 1;
  const scheduler: Scheduler = {
    request(callback) {
      callbacks.set(next, callback);
      return next++;
    },
    cancel(handle) {
      callbacks.delete(handle);
    },
  };
  const runFrame = (): void => {
    const due = [...callbacks.values()];
    callbacks.clear();
    for (const callback of due) callback();
  };
  return { scheduler, runFrame, pending: () => callbacks.size };
}

describe('createOutputBatcher', () => {
  it('writes everything pushed in one frame as one write', () => {
    const writes: string[] = [];
    const frames = manualScheduler();
    const batcher = createOutputBatcher((d) => writes.push(d), frames.scheduler);
    batcher.push('root@glasshouse:~# ');
    batcher.push('e');
    batcher.push('cho\r\n');
    expect(writes).toEqual([]);
    expect(frames.pending()).toBe(1);
    frames.runFrame();
    expect(writes).toEqual(['root@glasshouse:~# echo\r\n']);
  });

  it('flush writes at once and cancels the frame callback', () => {
    const writes: string[] = [];
    const frames = manualScheduler();
    const batcher = createOutputBatcher((d) => writes.push(d), frames.scheduler);
    batcher.push('hello\r\n');
    batcher.flush();
    expect(writes).toEqual(['hello\r\n']);
    expect(frames.pending()).toBe(0);
    batcher.flush();
    expect(writes).toEqual(['hello\r\n']);
  });

  it('ignores empty output and drops everything after dispose', () => {
    const writes: string[] = [];
    const frames = manualScheduler();
    const batcher = createOutputBatcher((d) => writes.push(d), frames.scheduler);
    batcher.push('');
    expect(frames.pending()).toBe(0);
    batcher.push('lost');
    batcher.dispose();
    batcher.push('also lost');
    frames.runFrame();
    batcher.flush();
    expect(writes).toEqual([]);
  });
});
