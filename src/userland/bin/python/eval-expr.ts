// Expression evaluation for the python3 engine (a generator per node, so system calls made by
// called functions flow up to the kernel).

import type { Gen } from '../../sys';
import type { Comprehension, Expr, FStringPart } from './ast';
import { getattr } from './attrs';
import type { Ctx } from './ctx';
import { PY_YIELD, forward, hooks } from './ctx';
import { Ellipsis } from './descr';
import { pyErr } from './exceptions';
import { formatValue, percentFormat } from './format';
import { hashKey } from './hash';
import { getitem } from './items';
import { contains, iterate, toArray } from './iter';
import type { Kwargs, PyValue } from './objects';
import { PyBytes, PyDict, PyExc, PyFunction, PyIter, PyList, PySet, PySlice, PyTuple, STOP } from './objects';
import { binop, eq, order, truthy, unaryop } from './ops';
import { Scope, targetNames } from './scope';
import { toRepr, toStr } from './str';
import { typeName } from './types';
import { makeFunction } from './funcs';
import { assignTo } from './assign';

/** a OP b, including str % args. */
export function* binary(c: Ctx, op: string, a: PyValue, b: PyValue): Gen<PyValue> {
  if (op === '%' && typeof a === 'string') return yield* percentFormat(c.ip, a, b);
  return yield* binop(c.ip, op, a, b);
}

hooks.evalExpr = (c, e) => evalExpr(c, e);

export function* evalExpr(c: Ctx, e: Expr): Gen<PyValue> {
  switch (e.k) {
    case 'Const':
      return e.value;
    case 'Name':
      return noteError(e, () => c.scope.lookup(e.id));
    case 'BinOp': {
      const a = yield* evalExpr(c, e.left);
      const b = yield* evalExpr(c, e.right);
      return yield* annotate(e, binary(c, e.op, a, b));
    }
    case 'Call':
      return yield* annotate(e, evalCall(c, e));
    case 'Attribute': {
      const v = yield* evalExpr(c, e.value);
      return yield* annotate(e, getattr(c.ip, v, e.attr));
    }
    case 'Subscript': {
      const v = yield* evalExpr(c, e.value);
      const k = yield* evalExpr(c, e.index);
      return yield* annotate(e, getitem(c.ip, v, k));
    }
    case 'Compare':
      return yield* annotate(e, evalCompare(c, e.left, e.ops, e.rest));
    default:
      return yield* evalOther(c, e);
  }
}

/** Record the innermost failing expression of the current frame (for traceback carets). */
function* annotate<T>(e: Expr, g: Gen<T>): Gen<T> {
  try {
    return yield* g;
  } catch (err) {
    if (err instanceof PyExc && err.value.exc !== null && err.value.exc.pending === null)
      err.value.exc.pending = e;
    throw err;
  }
}

function noteError<T>(e: Expr, f: () => T): T {
  try {
    return f();
  } catch (err) {
    if (err instanceof PyExc && err.value.exc !== null && err.value.exc.pending === null)
      err.value.exc.pending = e;
    throw err;
  }
}

function* evalOther(c: Ctx, e: Expr): Gen<PyValue> {
  switch (e.k) {
    case 'BoolOp': {
      let v: PyValue = null;
      for (const x of e.values) {
        v = yield* evalExpr(c, x);
        const t = yield* truthy(c.ip, v);
        if (e.op === 'and' ? !t : t) return v;
      }
      return v;
    }
    case 'UnaryOp':
      return yield* annotate(e, unaryop(c.ip, e.op, yield* evalExpr(c, e.operand)));
    case 'IfExp':
      return (yield* truthy(c.ip, yield* evalExpr(c, e.test)))
        ? yield* evalExpr(c, e.body)
        : yield* evalExpr(c, e.orelse);
    case 'List':
      return new PyList(yield* evalElts(c, e.elts));
    case 'Tuple':
      return new PyTuple(yield* evalElts(c, e.elts));
    case 'Set': {
      const s = new PySet();
      for (const x of yield* evalElts(c, e.elts)) s.map.set(hashKey(x), x);
      return s;
    }
    case 'Dict':
      return yield* evalDict(c, e.keys, e.values);
    case 'FString':
      return yield* evalFString(c, e.parts);
    case 'Bytes':
      return new PyBytes(e.value);
    case 'Ellipsis':
      return Ellipsis;
    case 'Slice':
      return new PySlice(
        e.lower === null ? null : yield* evalExpr(c, e.lower),
        e.upper === null ? null : yield* evalExpr(c, e.upper),
        e.step === null ? null : yield* evalExpr(c, e.step),
      );
    case 'Lambda':
      return yield* makeFunction(c, '<lambda>', e.params, e.body, e, false);
    case 'NamedExpr': {
      const v = yield* evalExpr(c, e.value);
      let s: Scope = c.scope;
      while (s.kind === 'comp' && s.parent !== null) s = s.parent;
      s.assign(e.target, v);
      return v;
    }
    case 'ListComp':
    case 'SetComp':
    case 'DictComp':
    case 'GenExp':
      return yield* comprehension(c, e);
    case 'Yield':
      return yield* evalYield(c, e.value, e.from);
    case 'Starred':
    case 'DoubleStarred':
      throw pyErr('SyntaxError', "can't use starred expression here");
    default:
      return yield* evalExpr(c, e);
  }
}

function* evalYield(c: Ctx, value: Expr | null, from: boolean): Gen<PyValue> {
  const v = value === null ? null : yield* evalExpr(c, value);
  if (!from) {
    const sent = (yield { nr: PY_YIELD, args: [v] }) as PyValue | undefined;
    return sent ?? null;
  }
  const next = yield* iterate(c.ip, v);
  for (;;) {
    const x = yield* next();
    if (x === STOP) return null;
    yield { nr: PY_YIELD, args: [x] };
  }
}

export function* evalElts(c: Ctx, elts: readonly Expr[]): Gen<PyValue[]> {
  const out: PyValue[] = [];
  for (const x of elts) {
    if (x.k === 'Starred') out.push(...(yield* toArray(c.ip, yield* evalExpr(c, x.value))));
    else out.push(yield* evalExpr(c, x));
  }
  return out;
}

function* evalDict(c: Ctx, keys: readonly (Expr | null)[], values: readonly Expr[]): Gen<PyValue> {
  const d = new PyDict();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k === null) {
      const src = yield* evalExpr(c, values[i]!);
      if (!(src instanceof PyDict)) throw pyErr('TypeError', `'${typeName(src)}' object is not a mapping`);
      for (const [h, e] of src.map) d.map.set(h, e);
      continue;
    }
    const kv = yield* evalExpr(c, k);
    const vv = yield* evalExpr(c, values[i]!);
    const h = hashKey(kv);
    const old = d.map.get(h);
    d.map.set(h, { k: old === undefined ? kv : old.k, v: vv });
  }
  return d;
}

function* evalFString(c: Ctx, parts: readonly FStringPart[]): Gen<string> {
  let out = '';
  for (const p of parts) {
    if (typeof p === 'string') {
      out += p;
      continue;
    }
    let v = yield* evalExpr(c, p.expr);
    if (p.conv === 'r' || p.conv === 'a') v = yield* toRepr(c.ip, v);
    else if (p.conv === 's') v = yield* toStr(c.ip, v);
    const spec = p.spec === null ? '' : yield* evalFString(c, p.spec);
    out += yield* formatValue(c.ip, v, spec);
  }
  return out;
}

function* evalCompare(c: Ctx, left: Expr, ops: readonly string[], rest: readonly Expr[]): Gen<PyValue> {
  let a = yield* evalExpr(c, left);
  for (let i = 0; i < ops.length; i++) {
    const b = yield* evalExpr(c, rest[i]!);
    if (!(yield* compareOp(c, ops[i]!, a, b))) return false;
    a = b;
  }
  return true;
}

export function* compareOp(c: Ctx, op: string, a: PyValue, b: PyValue): Gen<boolean> {
  switch (op) {
    case '==':
      return yield* eq(c.ip, a, b);
    case '!=':
      return !(yield* eq(c.ip, a, b));
    case 'is':
      return a === b;
    case 'is not':
      return a !== b;
    case 'in':
      return yield* contains(c.ip, b, a);
    case 'not in':
      return !(yield* contains(c.ip, b, a));
    default:
      return yield* order(c.ip, op, a, b);
  }
}

function* evalCall(c: Ctx, e: Expr & { k: 'Call' }): Gen<PyValue> {
  const f = yield* evalExpr(c, e.func);
  const args: PyValue[] = [];
  for (const a of e.args) {
    if (a.k === 'Starred') args.push(...(yield* toArray(c.ip, yield* evalExpr(c, a.value))));
    else args.push(yield* evalExpr(c, a));
  }
  let kw: Kwargs | null = null;
  for (const k of e.keywords) {
    kw ??= new Map();
    const v = yield* evalExpr(c, k.value);
    if (k.name !== null) {
      if (kw.has(k.name))
        throw pyErr('TypeError', `${funcName(f)}() got multiple values for keyword argument '${k.name}'`);
      kw.set(k.name, v);
      continue;
    }
    if (!(v instanceof PyDict))
      throw pyErr('TypeError', `${funcName(f)}() argument after ** must be a mapping, not ${typeName(v)}`);
    for (const { k: key, v: val } of v.map.values()) {
      if (typeof key !== 'string') throw pyErr('TypeError', 'keywords must be strings');
      kw.set(key, val);
    }
  }
  return yield* c.ip.call(f, args, kw);
}

function funcName(f: PyValue): string {
  return f instanceof PyFunction ? f.name : typeName(f);
}

function* comprehension(
  c: Ctx,
  e: Expr & { k: 'ListComp' | 'SetComp' | 'DictComp' | 'GenExp' },
): Gen<PyValue> {
  const locals = new Set<string>();
  for (const g of e.gens) targetNames(g.target, locals);
  const first = yield* evalExpr(c, e.gens[0]!.iter);
  const scope = new Scope('comp', c.scope, c.scope.globals, c.scope.builtins, {
    locals,
    globals: new Set(),
    nonlocals: new Set(),
  });
  const sub: Ctx = { ip: c.ip, scope, frame: c.frame };
  if (e.k === 'GenExp') return genExp(sub, e.elt, e.gens, first);
  const out: PyValue[] = [];
  const d = new PyDict();
  yield* loops(sub, e.gens, 0, first, function* () {
    if (e.k === 'DictComp') {
      const k = yield* evalExpr(sub, e.key);
      const v = yield* evalExpr(sub, e.value);
      d.map.set(hashKey(k), { k, v });
    } else out.push(yield* evalExpr(sub, e.elt));
  });
  if (e.k === 'DictComp') return d;
  if (e.k === 'ListComp') return new PyList(out);
  const s = new PySet();
  for (const x of out) s.map.set(hashKey(x), x);
  return s;
}

function* loops(
  c: Ctx,
  gens: readonly Comprehension[],
  i: number,
  iterable: PyValue,
  body: () => Gen<void>,
): Gen<void> {
  const g = gens[i]!;
  const next = yield* iterate(c.ip, iterable);
  for (;;) {
    const x = yield* next();
    if (x === STOP) return;
    yield* c.ip.tick();
    yield* assignTo(c, g.target, x);
    let ok = true;
    for (const cond of g.ifs) {
      if (!(yield* truthy(c.ip, yield* evalExpr(c, cond)))) {
        ok = false;
        break;
      }
    }
    if (!ok) continue;
    if (i + 1 < gens.length) yield* loops(c, gens, i + 1, yield* evalExpr(c, gens[i + 1]!.iter), body);
    else yield* body();
  }
}

/** A generator expression: a lazy iterator driving the comprehension loops. */
function genExp(c: Ctx, elt: Expr, gens: readonly Comprehension[], first: PyValue): PyIter {
  const body = loops(c, gens, 0, first, function* () {
    yield { nr: PY_YIELD, args: [yield* evalExpr(c, elt)] };
  });
  return new PyIter(function* () {
    let value: PyValue = null;
    const r = yield* forward(body, (v) => {
      value = v;
      return true;
    });
    return r.done === true ? STOP : value;
  }, 'generator');
}
