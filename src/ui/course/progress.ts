// The learner's progress through the course: which steps of which lessons they have completed.
// A step counts as completed the first time all its goals hold, and stays completed (a learner
// who later kills the process the step made has still done the step). Saved by src/ui/storage.

import { createStore } from 'zustand/vanilla';

export interface CourseProgress {
  /** Lesson id → the ids of its completed steps, in the order they were completed. */
  readonly done: ReadonlyMap<string, readonly string[]>;
  /** Records steps completed now (already-completed ones are ignored). */
  markDone(lesson: string, steps: readonly string[]): void;
  /** Forgets a lesson's progress (reset lesson). */
  forget(lesson: string): void;
}

export const courseProgress = createStore<CourseProgress>((set, get) => ({
  done: new Map(),
  markDone(lesson, steps) {
    const before = get().done.get(lesson) ?? [];
    const added = steps.filter((s) => !before.includes(s));
    if (added.length === 0) return;
    set({ done: new Map(get().done).set(lesson, [...before, ...added]) });
  },
  forget(lesson) {
    if (!get().done.has(lesson)) return;
    const done = new Map(get().done);
    done.delete(lesson);
    set({ done });
  },
}));
