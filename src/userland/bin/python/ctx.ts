// The evaluation context of the python3 evaluator: interpreter, current scope and frame.

import type { Gen } from '../../sys';
import type { Expr } from './ast';
import type { Frame, Interp, PyValue } from './objects';
import type { Scope } from './scope';

export interface Ctx {
  readonly ip: Interp;
  readonly scope: Scope;
  readonly frame: Frame;
}

/** The marker a Python `yield` sends up through the evaluator's generators. */
export const PY_YIELD = '__python_yield__';

export function isYieldReq(v: unknown): v is { nr: string; args: [PyValue] } {
  return typeof v === 'object' && v !== null && (v as { nr?: unknown }).nr === PY_YIELD;
}

/**
 * The expression evaluator, installed by eval-expr.ts when it loads. Helpers that eval-expr
 * itself uses (assignment targets, function defaults, comprehensions) reach it through here,
 * which keeps the module graph free of import cycles.
 */
export const hooks: { evalExpr: (c: Ctx, e: Expr) => Gen<PyValue> } = {
  evalExpr: () => {
    throw new Error('python: evaluator not loaded');
  },
};
