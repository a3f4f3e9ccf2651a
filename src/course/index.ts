// src/course: the lesson engine (ARCHITECTURE.md §2): load and validate a lesson, set it up in a
// world, evaluate its goals against a snapshot → progress and hints. No DOM, deterministic.

export { loadLesson } from './load';
export type { LessonFiles, LoadResult } from './load';
export { describeGoal, evaluate, goalDone, startLesson } from './engine';
export type { Course, GoalProgress, Progress, StepProgress } from './engine';
export { GOALS, takeSnapshot } from './goals';
export type { CourseSnapshot, GoalKind, GoalParams, ParamSpec, ParamType } from './goals';
export { formatIssue, LANGS, LESSON_KINDS, LESSON_PROFILES } from './types';
export type {
  GoalSpec,
  Lang,
  Lesson,
  LessonIssue,
  LessonKind,
  LessonProfile,
  Localized,
  Step,
} from './types';
