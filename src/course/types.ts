// The lesson format as the engine sees it once lessons/<id>/lesson.yaml and its prose are
// loaded and validated (see load.ts). Plain data: a UI can render it, a test can replay it.

export const LANGS = ['en', 'zh-CN'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every language of the course. */
export type Localized = Readonly<Record<Lang, string>>;

/** One goal as written in YAML: its kind and typed parameters (checked against the registry). */
export interface GoalSpec {
  readonly kind: string;
  readonly params: Readonly<Record<string, string | number | boolean>>;
  /** Where it was written, for messages ("lessons/x/lesson.yaml:14"). */
  readonly line: number;
}

export interface Step {
  readonly id: string;
  readonly title: Localized;
  readonly goals: readonly GoalSpec[];
  /** Hints in order, gentlest first. */
  readonly hints: Readonly<Record<Lang, readonly string[]>>;
  /** Shell commands that reach every goal of the step (replayed by the tests). */
  readonly solution: readonly string[];
  /** The step's prose (markdown) from <lang>.md, its `## step-id` section. */
  readonly prose: Localized;
}

/** A lesson teaches step by step; a challenge sets up something broken for the learner to find. */
export const LESSON_KINDS = ['lesson', 'challenge'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

/** The machine a lesson boots (see WorldOptions.profile): cgroup v2, or the v1 hybrid layout. */
export const LESSON_PROFILES = ['default', 'hybrid'] as const;
export type LessonProfile = (typeof LESSON_PROFILES)[number];

export interface Lesson {
  readonly id: string;
  readonly title: Localized;
  readonly kind: LessonKind;
  /** Where it comes in the course (lessons sort by it, then by id). */
  readonly order: number;
  readonly profile: LessonProfile;
  /** Commands run in a fresh world before the learner starts (not shown, not recorded). */
  readonly setup: readonly string[];
  /** The prose before the first step section: the lesson's introduction. */
  readonly intro: Localized;
  readonly steps: readonly Step[];
}

/** A problem found in a lesson's files: `file:line: field: message`. */
export interface LessonIssue {
  readonly file: string;
  readonly line: number;
  /** e.g. 'steps[2].goals[0].kind'; '' for the whole file. */
  readonly field: string;
  readonly message: string;
}

export function formatIssue(issue: LessonIssue): string {
  return `${issue.file}:${issue.line}: ${issue.field ? `${issue.field}: ` : ''}${issue.message}`;
}
