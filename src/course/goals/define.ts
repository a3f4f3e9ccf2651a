// How a goal kind is declared: typed parameters (checked when the lesson loads) and a pure test
// over a CourseSnapshot. The registry (index.ts) lists every kind a lesson may name.

import type { NsKind } from '../../world';
import type { Lang } from '../types';
import type { CourseSnapshot } from './snapshot';

export type ParamType = 'string' | 'number' | 'boolean' | 'nsKind' | 'regexp';

export interface ParamSpec {
  readonly type: ParamType;
  readonly optional?: boolean;
}

type ValueOf<T extends ParamType> = T extends 'number'
  ? number
  : T extends 'boolean'
    ? boolean
    : T extends 'nsKind'
      ? NsKind
      : string;

type Required<S> = { [K in keyof S as S[K] extends { optional: true } ? never : K]: S[K] };
type Optional<S> = { [K in keyof S as S[K] extends { optional: true } ? K : never]: S[K] };

export type ParamsOf<S extends Record<string, ParamSpec>> = {
  readonly [K in keyof Required<S>]: ValueOf<S[K]['type']>;
} & { readonly [K in keyof Optional<S>]?: ValueOf<S[K]['type']> };

export type GoalParams = Readonly<Record<string, string | number | boolean>>;

/** A goal kind with its parameter types erased (what the registry holds). */
export interface GoalKind {
  readonly params: Readonly<Record<string, ParamSpec>>;
  /** A one-line description for the goal list, per language. */
  describe(params: GoalParams, lang: Lang): string;
  test(snapshot: CourseSnapshot, params: GoalParams): boolean;
}

export function defineGoal<const S extends Record<string, ParamSpec>>(goal: {
  readonly params: S;
  readonly describe: Readonly<Record<Lang, (p: ParamsOf<S>) => string>>;
  readonly test: (snapshot: CourseSnapshot, p: ParamsOf<S>) => boolean;
}): GoalKind {
  // The loader checked every parameter against `params`, so the cast only restores the types.
  return {
    params: goal.params,
    describe: (p, lang) => goal.describe[lang](p as ParamsOf<S>),
    test: (s, p) => goal.test(s, p as ParamsOf<S>),
  };
}
