// The lesson engine: set a lesson up in a world, run commands (the learner's or a step's
// solution), and evaluate every goal against a fresh snapshot → progress. No DOM, no clock: the
// same lesson and commands always give the same progress.
// Simplification: headless runs use world.exec per command (a fresh `bash -c`, so `cd` and shell
// variables do not carry over between commands); a terminal-driven UI calls record() instead.

import type { World } from '../world';
import { GOALS, takeSnapshot } from './goals';
import type { CourseSnapshot } from './goals';
import type { GoalSpec, Lang, Lesson, Step } from './types';

export interface GoalProgress {
  readonly kind: string;
  readonly done: boolean;
  readonly description: string;
}

export interface StepProgress {
  readonly id: string;
  readonly done: boolean;
  readonly goals: readonly GoalProgress[];
}

export interface Progress {
  readonly steps: readonly StepProgress[];
  /** The first step not done; undefined when the lesson is complete (free play). */
  readonly current: string | undefined;
  readonly complete: boolean;
}

export function goalDone(goal: GoalSpec, snapshot: CourseSnapshot): boolean {
  return GOALS[goal.kind]?.test(snapshot, goal.params) ?? false;
}

export function describeGoal(goal: GoalSpec, lang: Lang): string {
  return GOALS[goal.kind]?.describe(goal.params, lang) ?? goal.kind;
}

/** Progress over a snapshot. Steps are judged independently: a later one may be done first. */
export function evaluate(lesson: Lesson, snapshot: CourseSnapshot, lang: Lang = 'en'): Progress {
  const steps = lesson.steps.map((step): StepProgress => {
    const goals = step.goals.map((g) => ({
      kind: g.kind,
      done: goalDone(g, snapshot),
      description: describeGoal(g, lang),
    }));
    return { id: step.id, done: goals.every((g) => g.done), goals };
  });
  const current = steps.find((s) => !s.done)?.id;
  return { steps, current, complete: current === undefined };
}

/** Scheduler checks settle() allows: a busy loop in the background never blocks. */
const SETTLE_CHECKS = 256;

/** Let background work the commands started run until it blocks, without moving the clock on. */
function settle(world: World): void {
  let checks = 0;
  world.pump({ wallNowMs: 0, shouldYield: () => ++checks > SETTLE_CHECKS });
}

export interface Course {
  readonly lesson: Lesson;
  readonly world: World;
  /** The commands run or recorded so far (not the setup). */
  readonly history: readonly string[];
  /** Run one command line headlessly and record it; returns its output. */
  run(command: string): string;
  /** Record a command the learner typed in a terminal (the terminal ran it). */
  record(command: string): void;
  snapshot(): CourseSnapshot;
  progress(lang?: Lang): Progress;
  /** A step's hints, gentlest first. */
  hints(stepId: string, lang: Lang): readonly string[];
  step(stepId: string): Step | undefined;
}

/** Start a lesson in a world (normally a fresh one): runs its setup first. */
export function startLesson(world: World, lesson: Lesson): Course {
  for (const command of lesson.setup) world.exec(command);
  settle(world);
  const history: string[] = [];
  const course: Course = {
    lesson,
    world,
    history,
    run(command) {
      const result = world.exec(command);
      settle(world);
      history.push(command);
      return result.output;
    },
    record: (command) => void history.push(command),
    snapshot: () => takeSnapshot(world, history),
    progress: (lang = 'en') => evaluate(lesson, course.snapshot(), lang),
    hints: (stepId, lang) => lesson.steps.find((s) => s.id === stepId)?.hints[lang] ?? [],
    step: (stepId) => lesson.steps.find((s) => s.id === stepId),
  };
  return course;
}
