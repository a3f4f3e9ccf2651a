// Calling things: Python functions (argument binding with CPython's error messages, a new frame
// and scope, generators), builtins, bound methods, classes (instantiation and __init__).

import type { Gen } from '../../sys';
import type { Expr, Stmt } from './ast';
import type { Ctx } from './ctx';
import { deepCall, forward } from './ctx';
import { evalExpr } from './eval-expr';
import { RETURN, execBlock } from './eval-stmt';
import { BaseException, newException, pyErr } from './exceptions';
import type { Frame, Interp, Kwargs, PyValue } from './objects';
import {
  PyBuiltin,
  PyClass,
  PyDict,
  PyFunction,
  PyInstance,
  PyIter,
  PyMethod,
  PyTuple,
  STOP,
  recordTb,
} from './objects';
import { hashKey } from './hash';
import { Scope, analyze } from './scope';
import { asPyExc } from './try';
import { typeName } from './types';

export const RECURSION_LIMIT = 1000;

export function* callValue(ip: Interp, f: PyValue, args: PyValue[], kw: Kwargs | null): Gen<PyValue> {
  if (f instanceof PyBuiltin) return yield* f.fn(ip, args, kw);
  if (f instanceof PyFunction) return yield* callFunction(ip, f, args, kw);
  if (f instanceof PyMethod) return yield* callValue(ip, f.func, [f.self, ...args], kw);
  if (f instanceof PyClass) return yield* instantiate(ip, f, args, kw);
  if (f instanceof PyInstance) {
    const c = f.type.lookup('__call__');
    if (c !== undefined) return yield* callValue(ip, c, [f, ...args], kw);
  }
  throw pyErr('TypeError', `'${typeName(f)}' object is not callable`);
}

function* instantiate(ip: Interp, cls: PyClass, args: PyValue[], kw: Kwargs | null): Gen<PyValue> {
  for (const c of cls.mro) {
    if (c.native !== null && (c === cls || !c.isSubclass(BaseException))) {
      if (c === cls) return yield* c.native(ip, args, kw);
      break;
    }
  }
  const isExc = cls.isSubclass(BaseException);
  const inst = isExc ? newException(cls, args) : new PyInstance(cls);
  const init = cls.lookup('__init__');
  if (init !== undefined && !(isExc && init instanceof PyBuiltin)) {
    const r = yield* callValue(ip, init, [inst, ...args], kw);
    if (r !== null) throw pyErr('TypeError', `__init__() should return None, not '${typeName(r)}'`);
  } else if (!isExc && (args.length > 0 || (kw !== null && kw.size > 0))) {
    throw pyErr('TypeError', `${cls.name}() takes no arguments`);
  }
  return inst;
}

function qualname(f: PyFunction): string {
  const q = f.dict.get('__qualname__');
  return typeof q === 'string' ? q : f.name;
}

function names(list: string[]): string {
  const q = list.map((n) => `'${n}'`);
  if (q.length === 1) return q[0]!;
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

/** Bind call arguments to the function's parameters (a fresh locals map). */
function bindArgs(f: PyFunction, args: PyValue[], kw: Kwargs | null): Map<string, PyValue> {
  const p = f.params;
  const vars = new Map<string, PyValue>();
  const name = qualname(f);
  const npos = p.args.length;
  if (args.length > npos && p.vararg === null) {
    const ndef = f.defaults.length;
    const takes = ndef > 0 ? `from ${npos - ndef} to ${npos}` : String(npos);
    const plural = npos === 1 && ndef === 0 ? 'argument' : 'arguments';
    const given = args.length === 1 ? 'was' : 'were';
    throw pyErr(
      'TypeError',
      `${name}() takes ${takes} positional ${plural} but ${args.length} ${given} given`,
    );
  }
  for (let i = 0; i < Math.min(npos, args.length); i++) vars.set(p.args[i]!.name, args[i]!);
  if (p.vararg !== null) vars.set(p.vararg, new PyTuple(args.slice(npos)));
  const extra = p.kwarg === null ? null : new PyDict();
  if (kw !== null) {
    for (const [k, v] of kw) {
      const isParam = p.args.some((a) => a.name === k) || p.kwonly.some((a) => a.name === k);
      if (isParam) {
        if (vars.has(k)) throw pyErr('TypeError', `${name}() got multiple values for argument '${k}'`);
        vars.set(k, v);
      } else if (extra !== null) {
        extra.map.set(hashKey(k), { k, v });
      } else {
        throw pyErr('TypeError', `${name}() got an unexpected keyword argument '${k}'`);
      }
    }
  }
  const firstDefault = npos - f.defaults.length;
  const missing: string[] = [];
  p.args.forEach((a, i) => {
    if (vars.has(a.name)) return;
    if (i >= firstDefault) vars.set(a.name, f.defaults[i - firstDefault]!);
    else missing.push(a.name);
  });
  if (missing.length > 0) {
    const s = missing.length === 1 ? '' : 's';
    throw pyErr(
      'TypeError',
      `${name}() missing ${missing.length} required positional argument${s}: ${names(missing)}`,
    );
  }
  const kwMissing: string[] = [];
  for (const a of p.kwonly) {
    if (vars.has(a.name)) continue;
    const d = f.kwDefaults.get(a.name);
    if (d !== undefined) vars.set(a.name, d);
    else kwMissing.push(a.name);
  }
  if (kwMissing.length > 0) {
    const s = kwMissing.length === 1 ? '' : 's';
    throw pyErr(
      'TypeError',
      `${name}() missing ${kwMissing.length} required keyword-only argument${s}: ${names(kwMissing)}`,
    );
  }
  if (extra !== null) vars.set(p.kwarg!, extra);
  return vars;
}

export function* callFunction(ip: Interp, f: PyFunction, args: PyValue[], kw: Kwargs | null): Gen<PyValue> {
  const vars = bindArgs(f, args, kw);
  const outer = f.scope as Scope;
  const scope = new Scope(
    'function',
    outer,
    outer.globals,
    outer.builtins,
    analyze(f.node as object, f.params, f.body),
  );
  for (const [k, v] of vars) scope.vars.set(k, v);
  const first = f.params.args[0];
  const frame: Frame = {
    scope,
    file: f.file,
    name: f.name,
    line: f.body instanceof Array ? (f.node as Stmt).line : (f.node as Expr).line,
    ret: null,
    fn: f,
    self: first === undefined ? null : (vars.get(first.name) ?? null),
  };
  const c: Ctx = { ip, scope, frame };
  if (f.isGen) return generator(c, f.body as readonly Stmt[]);
  if (ip.frames.length >= RECURSION_LIMIT) throw pyErr('RecursionError', 'maximum recursion depth exceeded');
  return yield* deepCall(runBody(ip, c, f));
}

function* runBody(ip: Interp, c: Ctx, f: PyFunction): Gen<PyValue> {
  const frame = c.frame;
  ip.frames.push(frame);
  try {
    if (!Array.isArray(f.body)) return yield* evalExpr(c, f.body as Expr);
    const r = yield* execBlock(c, f.body as readonly Stmt[]);
    return r === RETURN ? frame.ret : null;
  } catch (e) {
    const err = asPyExc(e);
    recordTb(frame, err.value);
    throw err;
  } finally {
    ip.frames.pop();
  }
}

/** A generator function's call: an iterator that runs the body up to each `yield`. */
function generator(c: Ctx, body: readonly Stmt[]): PyIter {
  const g = execBlock(c, body);
  let finished = false;
  return new PyIter(function* (): Gen<PyValue | typeof STOP> {
    if (finished) return STOP;
    const ip = c.ip;
    if (ip.frames.length >= RECURSION_LIMIT)
      throw pyErr('RecursionError', 'maximum recursion depth exceeded');
    ip.frames.push(c.frame);
    try {
      let value: PyValue = null;
      const r = yield* forward(g, (v) => {
        value = v;
        return true;
      });
      if (r.done === true) {
        finished = true;
        return STOP;
      }
      return value;
    } catch (e) {
      finished = true;
      const err = asPyExc(e);
      recordTb(c.frame, err.value);
      throw err;
    } finally {
      ip.frames.pop();
    }
  }, 'generator');
}
