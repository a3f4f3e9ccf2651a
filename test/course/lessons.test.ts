// @vitest-environment node
// (node, not jsdom: under jsdom `ls /proc/self/ns` in the model never returns — reported to the lead.)
// Replays every lesson in lessons/: it must validate, and each step's scripted solution must
// reach every goal of that step in a fresh world, while none of the step's goals holds before
// its solution runs (so every predicate can fail).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LESSON_SOURCES } from '../../lessons';
import { describeGoal, formatIssue, goalDone, LANGS, loadLesson, startLesson } from '../../src/course';
import type { Lesson } from '../../src/course';
import { createWorld } from '../../src/world';

function load(dir: string): Lesson {
  const source = LESSON_SOURCES.find((s) => s.dir === dir);
  if (!source) throw new Error(`${dir} not gathered`);
  const result = loadLesson(source);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'));
  return result.lesson;
}

const dirs = readdirSync(join(__dirname, '../../lessons'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `lessons/${d.name}`);

test('every lesson directory is gathered by lessons/index.ts', () => {
  expect(dirs.length).toBeGreaterThan(0);
  expect(LESSON_SOURCES.map((s) => s.dir)).toEqual(dirs);
});

describe.each(dirs)('%s', (dir) => {
  test('validates, with prose for every step in every language', () => {
    const lesson = load(dir);
    expect(lesson.steps.length).toBeGreaterThanOrEqual(4);
    for (const step of lesson.steps) {
      for (const lang of LANGS) {
        expect(step.prose[lang], `${step.id} ${lang}`).not.toBe('');
        expect(step.hints[lang].length, `${step.id} ${lang} hints`).toBeGreaterThan(0);
        for (const goal of step.goals) expect(describeGoal(goal, lang)).not.toBe(goal.kind);
      }
      for (const goal of step.goals.filter((g) => g.kind === 'commandRan')) {
        const { pattern, example } = goal.params;
        expect(example, `${step.id}: a commandRan goal shows an example command`).toBeTypeOf('string');
        expect(new RegExp(String(pattern)).test(String(example)), `${step.id}: ${example}`).toBe(true);
      }
    }
  });

  test('the solution reaches every goal, and no goal holds before its step', () => {
    const lesson = load(dir);
    const course = startLesson(createWorld({ seed: 1, profile: lesson.profile }), lesson);
    for (const step of lesson.steps) {
      const before = course.snapshot();
      const early = step.goals.filter((g) => goalDone(g, before)).map((g) => `${g.kind} (line ${g.line})`);
      expect(early, `${step.id}: goals reached before the solution ran`).toEqual([]);
      const outputs = step.solution.map((c) => `$ ${c}\n${course.run(c)}`).join('');
      const after = course.snapshot();
      const missed = step.goals.filter((g) => !goalDone(g, after)).map((g) => `${g.kind} (line ${g.line})`);
      expect(missed, `${step.id}: goals not reached; the solution printed:\n${outputs}`).toEqual([]);
    }
    for (const lang of LANGS) {
      const progress = course.progress(lang);
      expect(progress.complete, lang).toBe(true);
      expect(progress.current, lang).toBeUndefined();
    }
    // Lessons with busy loops (cgroups, throttling) simulate seconds of CPU-bound work.
  }, 180_000);
});
