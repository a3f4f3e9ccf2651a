// Checking one goal of lesson.yaml against the registry: a known kind, every required parameter
// present with its declared type, no unknown parameter.

import { isScalar } from 'yaml';
import type { NsKind } from '../world';
import { GOALS } from './goals';
import type { ParamType } from './goals';
import type { Reader } from './reader';
import { describe, keyOf } from './reader';
import type { GoalSpec } from './types';

const NS_KINDS: readonly NsKind[] = ['pid', 'mnt', 'uts', 'net', 'ipc', 'user', 'cgroup', 'time'];

function typeError(type: ParamType, value: unknown): string | undefined {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? undefined : 'expected a string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'expected a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'expected true or false';
    case 'nsKind':
      return NS_KINDS.includes(value as NsKind)
        ? undefined
        : `expected a namespace kind (${NS_KINDS.join(', ')})`;
    case 'regexp':
      if (typeof value !== 'string') return 'expected a regular expression';
      try {
        new RegExp(value);
        return undefined;
      } catch (e) {
        return `not a valid regular expression: ${(e as Error).message}`;
      }
  }
}

export function checkGoal(r: Reader, node: unknown, field: string, at: number): GoalSpec | undefined {
  const map = r.map(node, field, null, at);
  if (!map) return undefined;
  const kindNode = map.get('kind', true);
  const kind = r.text(kindNode, `${field}.kind`, r.line(map));
  if (kind === undefined) return undefined;
  const goal = GOALS[kind];
  if (!goal) {
    r.fail(
      kindNode,
      `${field}.kind`,
      `unknown goal kind "${kind}" (known: ${Object.keys(GOALS).join(', ')})`,
    );
    return undefined;
  }
  const params: Record<string, string | number | boolean> = {};
  let ok = true;
  for (const pair of map.items) {
    const key = keyOf(pair);
    if (key === 'kind') continue;
    const spec = goal.params[key];
    const value = isScalar(pair.value) ? pair.value.value : undefined;
    const problem = spec
      ? typeError(spec.type, value)
      : `unknown parameter of ${kind} (known: ${Object.keys(goal.params).join(', ')})`;
    if (problem) {
      r.fail(
        spec ? (pair.value as never) : (pair.key as never),
        `${field}.${key}`,
        spec ? `${problem}, got ${describe(pair.value)}` : problem,
      );
      ok = false;
    } else params[key] = value as string | number | boolean;
  }
  for (const [name, spec] of Object.entries(goal.params)) {
    if (!spec.optional && !(name in params) && !map.has(name)) {
      r.fail(map, `${field}.${name}`, `missing parameter of ${kind}`);
      ok = false;
    }
  }
  return ok ? { kind, params, line: r.line(map) } : undefined;
}
