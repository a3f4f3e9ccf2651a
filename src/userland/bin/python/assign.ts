// Assignment targets: names, a.b, a[i], and (possibly starred) tuple/list unpacking; and `del`.

import type { Gen } from '../../sys';
import type { Expr } from './ast';
import { delattr, setattr } from './attrs';
import type { Ctx } from './ctx';
import { hooks } from './ctx';
import { pyErr } from './exceptions';
import { delitem, setitem } from './items';
import { unpack } from './iter';
import type { PyValue } from './objects';

export function* assignTo(c: Ctx, t: Expr, v: PyValue): Gen<void> {
  switch (t.k) {
    case 'Name':
      c.scope.assign(t.id, v);
      return;
    case 'Attribute':
      yield* setattr(c.ip, yield* hooks.evalExpr(c, t.value), t.attr, v);
      return;
    case 'Subscript': {
      const o = yield* hooks.evalExpr(c, t.value);
      const k = yield* hooks.evalExpr(c, t.index);
      yield* setitem(c.ip, o, k, v);
      return;
    }
    case 'Tuple':
    case 'List': {
      const star = t.elts.findIndex((x) => x.k === 'Starred');
      const items = yield* unpack(c.ip, v, t.elts.length, star);
      for (let i = 0; i < t.elts.length; i++) {
        const x = t.elts[i]!;
        yield* assignTo(c, x.k === 'Starred' ? x.value : x, items[i]!);
      }
      return;
    }
    default:
      throw pyErr('SyntaxError', 'cannot assign to expression');
  }
}

export function* deleteTarget(c: Ctx, t: Expr): Gen<void> {
  switch (t.k) {
    case 'Name':
      c.scope.remove(t.id);
      return;
    case 'Attribute':
      yield* delattr(c.ip, yield* hooks.evalExpr(c, t.value), t.attr);
      return;
    case 'Subscript': {
      const o = yield* hooks.evalExpr(c, t.value);
      yield* delitem(c.ip, o, yield* hooks.evalExpr(c, t.index));
      return;
    }
    case 'Tuple':
    case 'List':
      for (const x of t.elts) yield* deleteTarget(c, x);
      return;
    default:
      throw pyErr('SyntaxError', 'cannot delete expression');
  }
}
