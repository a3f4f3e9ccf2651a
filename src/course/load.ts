// Loading a lesson: lessons/<id>/lesson.yaml (id, title, setup, steps with goals, hints and a
// solution) and its prose <lang>.md (one `## step-id` section per step), validated by hand with
// messages like `lessons/namespaces/lesson.yaml:14: steps[2].goals[0].kind: unknown goal kind "foo"`.

import type { YAMLMap } from 'yaml';
import { checkGoal } from './check-goal';
import { splitProse } from './prose';
import type { Reader } from './reader';
import { join, localized, readYamlRoot } from './reader';
import type { GoalSpec, Lang, Lesson, LessonIssue, Step } from './types';
import { LANGS, LESSON_KINDS, LESSON_PROFILES } from './types';

export interface LessonFiles {
  /** The lesson's directory as the messages name it, e.g. 'lessons/namespaces'. */
  readonly dir: string;
  /** File name → text: 'lesson.yaml', 'en.md', 'zh-CN.md'. */
  readonly files: Readonly<Record<string, string>>;
}

export type LoadResult =
  | { readonly ok: true; readonly lesson: Lesson }
  | { readonly ok: false; readonly issues: readonly LessonIssue[] };

const LESSON_KEYS = ['id', 'title', 'kind', 'order', 'profile', 'setup', 'steps'];
const STEP_KEYS = ['id', 'title', 'goals', 'hints', 'solution'];
const ID = /^[a-z][a-z0-9-]*$/;

type Draft = Omit<Step, 'prose'>;

/** An optional word from `allowed`, `fallback` when absent. */
function oneOf<T extends string>(
  r: Reader,
  root: YAMLMap,
  key: string,
  allowed: readonly T[],
  fallback: T,
): T | undefined {
  const node = root.get(key, true);
  if (node === undefined) return fallback;
  const value = r.text(node, key, 1);
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  r.fail(node as never, key, `"${value}" is not one of ${allowed.join(', ')}`);
  return undefined;
}

function order(r: Reader, root: YAMLMap): number | undefined {
  const node = root.get('order', true);
  if (node === undefined) return 1000;
  const value = (node as { value?: unknown }).value;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  r.fail(node as never, 'order', 'expected a whole number ≥ 0');
  return undefined;
}

function hints(r: Reader, step: YAMLMap, field: string) {
  const at = r.line(step);
  const node = r.map(step.get('hints', true), `${field}.hints`, LANGS, at);
  if (!node) return undefined;
  const out: Partial<Record<Lang, readonly string[] | undefined>> = {};
  for (const lang of LANGS) out[lang] = r.texts(node.get(lang, true), `${field}.hints.${lang}`, r.line(node));
  return LANGS.every((l) => out[l] !== undefined) ? (out as Record<Lang, readonly string[]>) : undefined;
}

function readStep(r: Reader, node: unknown, field: string, at: number): Draft | undefined {
  const step = r.map(node, field, STEP_KEYS, at);
  if (!step) return undefined;
  const line = r.line(step);
  const id = r.text(step.get('id', true), `${field}.id`, line);
  if (id !== undefined && !ID.test(id))
    r.fail(step.get('id', true), `${field}.id`, `"${id}" is not a-z, 0-9, -`);
  const title = localized(r, step.get('title', true), join(field, 'title'), line);
  const goalNodes = r.seq(step.get('goals', true), `${field}.goals`, line);
  if (goalNodes?.length === 0)
    r.fail(step.get('goals', true), `${field}.goals`, 'a step needs at least one goal');
  const goals = goalNodes?.map((g, i) => checkGoal(r, g, `${field}.goals[${i}]`, line));
  const solution = r.texts(step.get('solution', true), `${field}.solution`, line);
  const hint = hints(r, step, field);
  if (id === undefined || !title || !goals || !solution || !hint) return undefined;
  if (!goals.every((g): g is GoalSpec => g !== undefined)) return undefined;
  return { id, title, goals, hints: hint, solution };
}

function readSteps(r: Reader, root: YAMLMap): Draft[] | undefined {
  const nodes = r.seq(root.get('steps', true), 'steps', r.line(root));
  if (!nodes) return undefined;
  if (nodes.length === 0) r.fail(root.get('steps', true), 'steps', 'a lesson needs at least one step');
  const steps = nodes.map((n, i) => readStep(r, n, `steps[${i}]`, r.line(root)));
  const seen = new Set<string>();
  steps.forEach((s, i) => {
    if (s && seen.has(s.id))
      r.fail(undefined, `steps[${i}].id`, `duplicate step id "${s.id}"`, r.line(nodes[i] as never));
    if (s) seen.add(s.id);
  });
  return steps.every((s): s is Draft => s !== undefined) ? steps : undefined;
}

/** A lesson file beyond this many characters is refused before it is parsed. */
export const MAX_LESSON_FILE = 256 * 1024;

function oversized(dir: string, files: Readonly<Record<string, string>>): LessonIssue[] {
  return Object.entries(files)
    .filter(([, text]) => text.length > MAX_LESSON_FILE)
    .map(([name, text]) => ({
      file: `${dir}/${name}`,
      line: 1,
      field: '',
      message: `file too large (${text.length} characters; at most ${MAX_LESSON_FILE})`,
    }));
}

export function loadLesson({ dir, files }: LessonFiles): LoadResult {
  const file = `${dir}/lesson.yaml`;
  const text = files['lesson.yaml'];
  if (text === undefined)
    return { ok: false, issues: [{ file, line: 1, field: '', message: 'missing file' }] };
  const tooLarge = oversized(dir, files);
  if (tooLarge.length > 0) return { ok: false, issues: tooLarge };
  const { r, root } = readYamlRoot(file, text, LESSON_KEYS);
  if (!root) return { ok: false, issues: r.issues };
  const id = r.text(root.get('id', true), 'id', 1);
  const expected = dir.split('/').pop();
  if (id !== undefined && id !== expected)
    r.fail(root.get('id', true), 'id', `"${id}" is not the directory name "${expected}"`);
  const title = localized(r, root.get('title', true), 'title', 1);
  const setupNode = root.get('setup', true);
  const setup = setupNode === undefined ? [] : r.texts(setupNode, 'setup', 1);
  const kind = oneOf(r, root, 'kind', LESSON_KINDS, 'lesson');
  const profile = oneOf(r, root, 'profile', LESSON_PROFILES, 'default');
  const place = order(r, root);
  const steps = readSteps(r, root);
  const prose = splitProse(dir, files, steps?.map((s) => s.id) ?? []);
  // Sections are matched against step ids only once the steps themselves are valid.
  const issues = [...r.issues, ...(steps ? prose.issues : [])];
  if (issues.length > 0 || id === undefined || !title || !setup || !steps) return { ok: false, issues };
  if (kind === undefined || profile === undefined || place === undefined) return { ok: false, issues };
  const withProse = steps.map((s) => ({ ...s, prose: prose.section(s.id) }));
  const lesson = { id, title, kind, order: place, profile, setup, intro: prose.intro, steps: withProse };
  return { ok: true, lesson };
}
