// Judging a lesson against the running machine: a snapshot of the world and the commands its
// login shells read, through the course engine's goal predicates. Kept apart so tests can stand
// in for it.

import { evaluate, takeSnapshot, type Lang, type Lesson, type Progress } from '../../course';
import type { World } from '../../world';

export function judge(lesson: Lesson, world: World, lang: Lang): Progress {
  return evaluate(lesson, takeSnapshot(world, world.history()), lang);
}
