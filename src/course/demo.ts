// Demo scripts for classroom mode: lessons/<id>/demo.yaml, a list of steps a lecturer walks
// through with one key. Each step has narration in every language (`say`), optionally a shell
// command the player types (`run`) and the terminal it goes to (`terminal`, 1–4, default 1):
//
//   title: { en: A container from scratch, zh-CN: 从零开始的容器 }
//   steps:
//     - say: { en: A new pid namespace., zh-CN: 一个新的 pid 命名空间。 }
//       run: unshare --pid --fork --mount-proc sh
//       terminal: 2
//
// Validated like lesson.yaml (see load.ts): every problem is a LessonIssue naming the file, the
// line and the field, e.g. `lessons/namespaces/demo.yaml:7: steps[1].say.zh-CN: expected a
// non-empty string, got nothing`. Pure: no DOM, nothing thrown.

import type { YAMLMap } from 'yaml';
import type { Reader } from './reader';
import { join, localized, readYamlRoot } from './reader';
import type { LessonIssue, Localized } from './types';

/** Terminals the player may type into (the workbench opens at most four). */
export const DEMO_TERMINALS = 4;

export interface DemoStep {
  /** Narration shown large while the step is next. */
  readonly say: Localized;
  /** The command typed into the terminal (without the Enter), if the step runs one. */
  readonly run?: string;
  /** Terminal number, 1 to DEMO_TERMINALS. */
  readonly terminal: number;
  readonly line: number;
}

export interface Demo {
  /** The lesson directory's name, e.g. 'namespaces'. */
  readonly id: string;
  readonly title: Localized;
  readonly steps: readonly DemoStep[];
}

export type DemoResult =
  | { readonly ok: true; readonly demo: Demo }
  | { readonly ok: false; readonly issues: readonly LessonIssue[] };

const DEMO_KEYS = ['title', 'steps'];
const STEP_KEYS = ['say', 'run', 'terminal'];

function terminal(r: Reader, step: YAMLMap, field: string): number | undefined {
  const node = step.get('terminal', true);
  if (node === undefined) return 1;
  const value = (node as { value?: unknown }).value;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= DEMO_TERMINALS)
    return value;
  r.fail(node as never, join(field, 'terminal'), `expected a terminal number from 1 to ${DEMO_TERMINALS}`);
  return undefined;
}

function readStep(r: Reader, node: unknown, field: string, at: number): DemoStep | undefined {
  const step = r.map(node, field, STEP_KEYS, at);
  if (!step) return undefined;
  const line = r.line(step);
  const say = localized(r, step.get('say', true), join(field, 'say'), line);
  const runNode = step.get('run', true);
  const run = runNode === undefined ? undefined : r.text(runNode, join(field, 'run'), line);
  if (run !== undefined && /[\r\n]/.test(run))
    r.fail(runNode as never, join(field, 'run'), 'one command per step (no line breaks)');
  const term = terminal(r, step, field);
  if (!say || term === undefined || (runNode !== undefined && run === undefined)) return undefined;
  return run === undefined ? { say, terminal: term, line } : { say, run, terminal: term, line };
}

/** Parses lessons/<id>/demo.yaml; `dir` is 'lessons/<id>' as messages name it. */
export function loadDemo(dir: string, text: string): DemoResult {
  const { r, root } = readYamlRoot(`${dir}/demo.yaml`, text, DEMO_KEYS);
  if (!root) return { ok: false, issues: r.issues };
  const title = localized(r, root.get('title', true), 'title', 1);
  const nodes = r.seq(root.get('steps', true), 'steps', 1);
  if (nodes?.length === 0)
    r.fail(root.get('steps', true) as never, 'steps', 'a demo needs at least one step');
  const steps = nodes?.map((n, i) => readStep(r, n, `steps[${i}]`, r.line(root)));
  if (r.issues.length > 0 || !title || !steps) return { ok: false, issues: r.issues };
  if (!steps.every((s): s is DemoStep => s !== undefined)) return { ok: false, issues: r.issues };
  return { ok: true, demo: { id: dir.split('/').pop() ?? dir, title, steps } };
}
