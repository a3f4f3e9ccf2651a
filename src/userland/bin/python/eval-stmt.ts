// Statement execution for the python3 engine. Each statement returns a completion code (normal,
// break, continue, return); exceptions travel as thrown PyExc values.

import type { Gen } from '../../sys';
import type { Expr, Stmt } from './ast';
import { assignTo, deleteTarget } from './assign';
import { getattr, getattrOpt, setattr } from './attrs';
import type { Ctx } from './ctx';
import { binary, evalExpr } from './eval-expr';
import { excClass, newException, pyErr } from './exceptions';
import { iterate, toArray } from './iter';
import { makeFunction } from './funcs';
import type { Frame, PyValue, PyModule } from './objects';
import { PyClass, PyExc, PyFunction, PyInstance, PyList, STOP } from './objects';
import { truthy } from './ops';
import { getitem, setitem } from './items';
import { Scope } from './scope';
import { objectType } from './types';
import { execTry, raiseStmt } from './try';

export const NORMAL = 0;
export const BREAK = 1;
export const CONTINUE = 2;
export const RETURN = 3;

export function* execBlock(c: Ctx, body: readonly Stmt[]): Gen<number> {
  for (const s of body) {
    const r = yield* execStmt(c, s);
    if (r !== NORMAL) return r;
  }
  return NORMAL;
}

export function* execStmt(c: Ctx, s: Stmt): Gen<number> {
  const mark = c.ip.freshCount;
  try {
    return yield* runStmt(c, s);
  } finally {
    if (c.ip.freshCount > mark) yield* c.ip.releaseFiles(mark, c.frame.ret);
  }
}

function* runStmt(c: Ctx, s: Stmt): Gen<number> {
  c.frame.line = s.line;
  yield* c.ip.tick();
  switch (s.k) {
    case 'Expr':
      yield* evalExpr(c, s.value);
      return NORMAL;
    case 'Assign': {
      const v = yield* evalExpr(c, s.value);
      for (const t of s.targets) yield* assignTo(c, t, v);
      return NORMAL;
    }
    case 'AugAssign':
      yield* augAssign(c, s.target, s.op, s.value);
      return NORMAL;
    case 'AnnAssign':
      if (s.value !== null) yield* assignTo(c, s.target, yield* evalExpr(c, s.value));
      return NORMAL;
    case 'If':
      if (yield* truthy(c.ip, yield* evalExpr(c, s.test))) return yield* execBlock(c, s.body);
      return yield* execBlock(c, s.orelse);
    case 'While':
      return yield* execWhile(c, s);
    case 'For':
      return yield* execFor(c, s);
    case 'Pass':
    case 'Global':
    case 'Nonlocal':
      return NORMAL;
    case 'Break':
      return BREAK;
    case 'Continue':
      return CONTINUE;
    case 'Return':
      c.frame.ret = s.value === null ? null : yield* evalExpr(c, s.value);
      return RETURN;
    default:
      return yield* execOther(c, s);
  }
}

function* execOther(c: Ctx, s: Stmt): Gen<number> {
  switch (s.k) {
    case 'FunctionDef': {
      let f: PyValue = yield* makeFunction(c, s.name, s.params, s.body, s, s.isGen);
      f = yield* decorate(c, s.decorators, f);
      c.scope.assign(s.name, f);
      return NORMAL;
    }
    case 'ClassDef':
      c.scope.assign(s.name, yield* decorate(c, s.decorators, yield* classDef(c, s)));
      return NORMAL;
    case 'Try':
      return yield* execTry(c, s, execBlock);
    case 'Raise':
      return yield* raiseStmt(c, s.exc, s.cause);
    case 'With':
      return yield* execWith(c, s.items, 0, s.body);
    case 'Import':
      for (const a of s.names) {
        const m = yield* c.ip.importModule(a.name);
        if (a.asname !== null) c.scope.assign(a.asname, m);
        else c.scope.assign(a.name.split('.')[0]!, yield* c.ip.importModule(a.name.split('.')[0]!));
      }
      return NORMAL;
    case 'ImportFrom':
      yield* importFrom(c, s.module, s.names);
      return NORMAL;
    case 'Del':
      for (const t of s.targets) yield* deleteTarget(c, t);
      return NORMAL;
    case 'Assert':
      if (!(yield* truthy(c.ip, yield* evalExpr(c, s.test)))) {
        const args = s.msg === null ? [] : [yield* evalExpr(c, s.msg)];
        throw new PyExc(newException(excClass('AssertionError'), args));
      }
      return NORMAL;
    default:
      throw pyErr('SystemError', `unknown statement ${s.k}`);
  }
}

function* decorate(c: Ctx, decorators: readonly Expr[], f: PyValue): Gen<PyValue> {
  let v = f;
  for (let i = decorators.length - 1; i >= 0; i--)
    v = yield* c.ip.call(yield* evalExpr(c, decorators[i]!), [v]);
  return v;
}

function* augAssign(c: Ctx, t: Expr, op: string, value: Expr): Gen<void> {
  const inplace = function* (cur: PyValue, v: PyValue): Gen<PyValue> {
    if (cur instanceof PyList && op === '+') {
      cur.items.push(...(yield* toArray(c.ip, v)));
      return cur;
    }
    if (cur instanceof PyInstance) {
      const f = cur.type.lookup(
        `__i${{ '+': 'add', '-': 'sub', '*': 'mul', '|': 'or', '&': 'and' }[op] ?? op}__`,
      );
      if (f !== undefined) return yield* c.ip.call(f, [cur, v]);
    }
    return yield* binary(c, op, cur, v);
  };
  if (t.k === 'Name') {
    const cur = c.scope.lookup(t.id);
    c.scope.assign(t.id, yield* inplace(cur, yield* evalExpr(c, value)));
  } else if (t.k === 'Attribute') {
    const o = yield* evalExpr(c, t.value);
    const cur = yield* getattr(c.ip, o, t.attr);
    yield* setattr(c.ip, o, t.attr, yield* inplace(cur, yield* evalExpr(c, value)));
  } else if (t.k === 'Subscript') {
    const o = yield* evalExpr(c, t.value);
    const k = yield* evalExpr(c, t.index);
    const cur = yield* getitem(c.ip, o, k);
    yield* setitem(c.ip, o, k, yield* inplace(cur, yield* evalExpr(c, value)));
  }
}

function* execWhile(c: Ctx, s: Stmt & { k: 'While' }): Gen<number> {
  while (yield* truthy(c.ip, yield* evalExpr(c, s.test))) {
    const r = yield* execBlock(c, s.body);
    if (r === BREAK) return NORMAL;
    if (r === RETURN) return r;
    c.frame.line = s.line;
  }
  return yield* execBlock(c, s.orelse);
}

function* execFor(c: Ctx, s: Stmt & { k: 'For' }): Gen<number> {
  const next = yield* iterate(c.ip, yield* evalExpr(c, s.iter));
  for (;;) {
    c.frame.line = s.line;
    const x = yield* next();
    if (x === STOP) break;
    yield* assignTo(c, s.target, x);
    const r = yield* execBlock(c, s.body);
    if (r === BREAK) return NORMAL;
    if (r === RETURN) return r;
  }
  return yield* execBlock(c, s.orelse);
}

function* classDef(c: Ctx, s: Stmt & { k: 'ClassDef' }): Gen<PyClass> {
  const bases: PyClass[] = [];
  for (const b of s.bases) {
    const v = yield* evalExpr(c, b);
    if (!(v instanceof PyClass)) throw pyErr('TypeError', 'bases must be types');
    bases.push(v);
  }
  const scope = new Scope('class', c.scope, c.scope.globals, c.scope.builtins, null);
  const mod = c.scope.globals.get('__name__') ?? '__main__';
  scope.vars.set('__module__', mod);
  scope.vars.set('__qualname__', s.name);
  const frame: Frame = c.frame;
  yield* execBlock({ ip: c.ip, scope, frame }, s.body);
  const cls = new PyClass(s.name, bases.length === 0 ? [objectType] : bases, scope.vars);
  for (const v of scope.vars.values()) if (v instanceof PyFunction) v.dict.set('__class_owner__', cls);
  return cls;
}

function* execWith(
  c: Ctx,
  items: readonly { expr: Expr; target: Expr | null }[],
  i: number,
  body: readonly Stmt[],
): Gen<number> {
  if (i >= items.length) return yield* execBlock(c, body);
  const item = items[i]!;
  const mgr = yield* evalExpr(c, item.expr);
  const enter = yield* getattrOpt(c.ip, mgr, '__enter__');
  const exit = yield* getattrOpt(c.ip, mgr, '__exit__');
  if (enter === undefined || exit === undefined) {
    const what = enter === undefined ? '' : ' also';
    void what;
    throw pyErr(
      'TypeError',
      `'${mgr === null ? 'NoneType' : typeof mgr === 'object' ? mgr.cls.name : typeof mgr}' object does not support the context manager protocol`,
    );
  }
  const v = yield* c.ip.call(enter, []);
  if (item.target !== null) yield* assignTo(c, item.target, v);
  let r: number;
  try {
    r = yield* execWith(c, items, i + 1, body);
  } catch (e) {
    if (!(e instanceof PyExc)) throw e;
    const suppress = yield* c.ip.call(exit, [e.value.type, e.value, null]);
    if (yield* truthy(c.ip, suppress)) return NORMAL;
    throw e;
  }
  yield* c.ip.call(exit, [null, null, null]);
  return r;
}

function* importFrom(
  c: Ctx,
  module: string,
  names: readonly { name: string; asname: string | null }[],
): Gen<void> {
  const m = yield* c.ip.importModule(module);
  for (const a of names) {
    if (a.name === '*') {
      for (const [k, v] of m.dict) if (!k.startsWith('_')) c.scope.assign(k, v);
      continue;
    }
    let v = m.dict.get(a.name);
    if (v === undefined) {
      const sub = yield* importSub(c, module + '.' + a.name);
      if (sub === undefined) {
        const file = m.dict.get('__file__');
        const where = typeof file === 'string' ? file : 'unknown location';
        throw pyErr('ImportError', `cannot import name '${a.name}' from '${module}' (${where})`);
      }
      v = sub;
    }
    c.scope.assign(a.asname ?? a.name, v);
  }
}

function* importSub(c: Ctx, name: string): Gen<PyModule | undefined> {
  try {
    return yield* c.ip.importModule(name);
  } catch (e) {
    if (e instanceof PyExc) return undefined;
    throw e;
  }
}
