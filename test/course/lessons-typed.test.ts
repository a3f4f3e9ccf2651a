// @vitest-environment node
// The union-fs, dockerfile and challenge lessons' solutions typed into a terminal, as a learner
// (or a clicked command) does: here-documents, `cd … &&` and `time` go through the interactive
// shell, and every step's goals hold afterwards (lessons.test.ts replays them with bash -c).
import { describe, expect, test } from 'vitest';
import { LESSON_SOURCES } from '../../lessons';
import { goalDone, loadLesson, takeSnapshot } from '../../src/course';
import { createWorld } from '../../src/world';

const TYPED = ['union-fs', 'dockerfile', 'challenge-oom', 'challenge-throttled', 'challenge-image-size'];

describe.each(TYPED)('lessons/%s typed', (id) => {
  test('each step’s solution, typed, reaches its goals', { timeout: 60_000 }, () => {
    const source = LESSON_SOURCES.find((s) => s.dir === `lessons/${id}`);
    const loaded = source && loadLesson(source);
    if (!loaded?.ok) throw new Error(`lessons/${id} does not load`);
    const world = createWorld({ seed: 1, profile: loaded.lesson.profile });
    for (const command of loaded.lesson.setup) world.exec(command);
    const term = world.openTerminal(120, 40);
    let screen = '';
    term.onOutput((d) => (screen += d));
    let wall = 0;
    const settle = (frames = 200): void => {
      for (let i = 0; i < frames; i++) {
        wall += 16;
        let n = 0;
        world.pump({ wallNowMs: wall, shouldYield: () => ++n > 2000 });
      }
    };
    settle(20);
    for (const step of loaded.lesson.steps) {
      for (const command of step.solution) {
        term.input(`${command}\r`);
        settle();
      }
      const snapshot = takeSnapshot(world, world.history());
      const missed = step.goals.filter((g) => !goalDone(g, snapshot)).map((g) => g.kind);
      expect(missed, `${step.id}; the screen ends:\n${screen.slice(-2000)}`).toEqual([]);
    }
  });
});
