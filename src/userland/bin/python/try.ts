// try/except/else/finally and raise, with Python 3's exception chaining (__context__, __cause__)
// and bare `raise` re-raising the exception being handled.

import type { Gen } from '../../sys';
import type { Expr, Stmt } from './ast';
import type { Ctx } from './ctx';
import { hooks } from './ctx';
import { BaseException, excClass, newException, pyErr } from './exceptions';
import type { PyValue } from './objects';
import { PyClass, PyExc, PyInstance, PyTuple, recordTb } from './objects';

type Block = (c: Ctx, body: readonly Stmt[]) => Gen<number>;

/** Turn JS-level failures (stack overflow) into Python exceptions. */
export function asPyExc(e: unknown): PyExc {
  if (e instanceof PyExc) return e;
  if (e instanceof RangeError) return pyErr('RecursionError', 'maximum recursion depth exceeded');
  throw e;
}

function* matches(c: Ctx, type: Expr | null, exc: PyInstance): Gen<boolean> {
  if (type === null) return true;
  const t = yield* hooks.evalExpr(c, type);
  const classes = t instanceof PyTuple ? t.items : [t];
  for (const k of classes) {
    if (!(k instanceof PyClass) || !k.isSubclass(BaseException)) {
      throw pyErr('TypeError', 'catching classes that do not inherit from BaseException is not allowed');
    }
    if (exc.type.isSubclass(k)) return true;
  }
  return false;
}

export function* execTry(c: Ctx, s: Stmt & { k: 'Try' }, block: Block): Gen<number> {
  let r: number;
  try {
    r = yield* tryBody(c, s, block);
  } catch (e) {
    const err = asPyExc(e);
    if (s.finalbody.length === 0) throw err;
    recordTb(c.frame, err.value);
    const f = yield* withContext(c, err.value, block(c, s.finalbody));
    if (f !== 0) return f;
    throw err;
  }
  if (s.finalbody.length > 0) {
    const saved = c.frame.ret;
    const f = yield* block(c, s.finalbody);
    if (f !== 0) return f;
    c.frame.ret = saved;
  }
  return r;
}

function* tryBody(c: Ctx, s: Stmt & { k: 'Try' }, block: Block): Gen<number> {
  try {
    const r = yield* block(c, s.body);
    if (r !== 0) return r;
  } catch (e) {
    const err = asPyExc(e);
    if (s.handlers.length === 0) throw err;
    const exc = err.value;
    recordTb(c.frame, exc);
    for (const h of s.handlers) {
      c.frame.line = h.line;
      if (!(yield* matches(c, h.type, exc))) continue;
      if (h.name !== null) c.scope.assign(h.name, exc);
      try {
        return yield* withContext(c, exc, block(c, h.body));
      } finally {
        if (h.name !== null) c.scope.target(h.name).delete(h.name);
      }
    }
    throw err;
  }
  return yield* block(c, s.orelse);
}

/** Run `g` while `exc` is being handled: new exceptions get it as __context__. */
function* withContext(c: Ctx, exc: PyInstance, g: Gen<number>): Gen<number> {
  c.ip.handling.push(exc);
  try {
    return yield* g;
  } catch (e) {
    const err = asPyExc(e);
    const st = err.value.exc;
    if (st !== null && err.value !== exc && st.context === null) st.context = exc;
    throw err;
  } finally {
    c.ip.handling.pop();
  }
}

function* instantiate(c: Ctx, v: PyValue): Gen<PyInstance> {
  if (v instanceof PyClass && v.isSubclass(BaseException)) {
    const inst = yield* c.ip.call(v, []);
    if (inst instanceof PyInstance) return inst;
  }
  if (v instanceof PyInstance && v.exc !== null) return v;
  throw pyErr('TypeError', 'exceptions must derive from BaseException');
}

export function* raiseStmt(c: Ctx, excExpr: Expr | null, causeExpr: Expr | null): Gen<number> {
  if (excExpr === null) {
    const cur = c.ip.handling[c.ip.handling.length - 1];
    if (cur === undefined) throw pyErr('RuntimeError', 'No active exception to reraise');
    throw new PyExc(cur);
  }
  const exc = yield* instantiate(c, yield* hooks.evalExpr(c, excExpr));
  const st = exc.exc!;
  st.lastFrame = null;
  st.pending = null;
  if (causeExpr !== null) {
    const cv = yield* hooks.evalExpr(c, causeExpr);
    st.cause = cv === null ? null : yield* instantiate(c, cv);
    st.suppressContext = true;
  }
  throw new PyExc(exc);
}

export function newExc(name: string, args: PyValue[]): PyExc {
  return new PyExc(newException(excClass(name), args));
}
