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

export { deepCall } from '../../libc/trampoline';

/**
 * Drive `g` by hand, handing Python `yield`s to `onYield` and forwarding everything else
 * (syscalls, deep calls) to our caller, including errors thrown back at us.
 */
export function* forward(
  g: Gen<unknown>,
  onYield: (v: PyValue) => boolean,
): Gen<IteratorResult<unknown, unknown>> {
  let r = g.next();
  for (;;) {
    if (r.done === true) return r;
    const req = r.value;
    if (req.nr === PY_YIELD && onYield(req.args[0] as PyValue)) return r;
    let input: unknown;
    try {
      input = yield req;
    } catch (e) {
      r = g.throw(e);
      continue;
    }
    r = g.next(input);
  }
}
