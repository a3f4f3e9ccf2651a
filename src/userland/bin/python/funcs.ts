// Creating function objects (def and lambda): defaults are evaluated once, at definition time.

import type { Gen } from '../../sys';
import type { Expr, Params, Stmt } from './ast';
import type { Ctx } from './ctx';
import { hooks } from './ctx';
import type { PyValue } from './objects';
import { PyFunction } from './objects';

export function* makeFunction(
  c: Ctx,
  name: string,
  params: Params,
  body: readonly Stmt[] | Expr,
  node: object,
  isGen: boolean,
): Gen<PyFunction> {
  const defaults: PyValue[] = [];
  for (const p of params.args) if (p.dflt !== null) defaults.push(yield* hooks.evalExpr(c, p.dflt));
  const kwDefaults = new Map<string, PyValue>();
  for (const p of params.kwonly)
    if (p.dflt !== null) kwDefaults.set(p.name, yield* hooks.evalExpr(c, p.dflt));
  const f = new PyFunction(name, params, body, defaults, kwDefaults, c.scope, c.frame.file, isGen, node);
  const mod = c.scope.globals.get('__name__');
  f.dict.set('__module__', mod ?? '__main__');
  return f;
}
