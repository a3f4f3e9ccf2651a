// Python's scoping rules for the python3 engine: which names a function body binds (locals), its
// global/nonlocal declarations, and name lookup through enclosing function scopes (closures),
// module globals and builtins.

import type { Expr, Params, Stmt } from './ast';
import { pyErr } from './exceptions';
import type { PyValue } from './objects';

export interface ScopeInfo {
  readonly locals: ReadonlySet<string>;
  readonly globals: ReadonlySet<string>;
  readonly nonlocals: ReadonlySet<string>;
}

export type ScopeKind = 'module' | 'function' | 'class' | 'comp';

export class Scope {
  readonly vars: Map<string, PyValue>;
  constructor(
    readonly kind: ScopeKind,
    readonly parent: Scope | null,
    readonly globals: Map<string, PyValue>,
    readonly builtins: Map<string, PyValue>,
    readonly info: ScopeInfo | null,
  ) {
    this.vars = kind === 'module' ? globals : new Map();
  }

  lookup(name: string): PyValue {
    const own = this.vars.get(name);
    if (own !== undefined) return own;
    const info = this.info;
    if (info !== null && this.kind !== 'class' && this.kind !== 'module') {
      if (info.locals.has(name)) {
        throw pyErr(
          'UnboundLocalError',
          `cannot access local variable '${name}' where it is not associated with a value`,
        );
      }
    }
    if (info === null || !info.globals.has(name)) {
      for (let p = this.parent; p !== null && p.kind !== 'module'; p = p.parent) {
        if (p.kind === 'class') continue;
        const v = p.vars.get(name);
        if (v !== undefined) return v;
        if (p.info !== null && p.info.locals.has(name) && p.kind === 'function') {
          throw pyErr(
            'NameError',
            `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`,
          );
        }
      }
    }
    const g = this.globals.get(name);
    if (g !== undefined) return g;
    const b = this.builtins.get(name);
    if (b !== undefined) return b;
    throw pyErr('NameError', `name '${name}' is not defined`);
  }

  /** The scope an assignment to `name` writes into. */
  target(name: string): Map<string, PyValue> {
    const info = this.info;
    if (info !== null) {
      if (info.globals.has(name)) return this.globals;
      if (info.nonlocals.has(name)) {
        for (let p = this.parent; p !== null && p.kind !== 'module'; p = p.parent) {
          if (p.kind === 'function' && p.info !== null && p.info.locals.has(name)) return p.vars;
        }
      }
    }
    return this.vars;
  }

  assign(name: string, v: PyValue): void {
    this.target(name).set(name, v);
  }

  /** del name */
  remove(name: string): void {
    const t = this.target(name);
    if (!t.delete(name)) {
      if (this.info !== null && this.info.locals.has(name)) {
        throw pyErr(
          'UnboundLocalError',
          `cannot access local variable '${name}' where it is not associated with a value`,
        );
      }
      throw pyErr('NameError', `name '${name}' is not defined`);
    }
  }
}

const cache = new WeakMap<object, ScopeInfo>();

/** The locals/globals/nonlocals of a function (or lambda) body; cached per AST node. */
export function analyze(key: object, params: Params, body: readonly Stmt[] | Expr): ScopeInfo {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const locals = new Set<string>();
  const globals = new Set<string>();
  const nonlocals = new Set<string>();
  for (const p of params.args) locals.add(p.name);
  for (const p of params.kwonly) locals.add(p.name);
  if (params.vararg !== null) locals.add(params.vararg);
  if (params.kwarg !== null) locals.add(params.kwarg);
  if (Array.isArray(body)) stmts(body as readonly Stmt[], locals, globals, nonlocals);
  else walrus(body as Expr, locals);
  for (const g of globals) locals.delete(g);
  for (const n of nonlocals) locals.delete(n);
  const info = { locals, globals, nonlocals };
  cache.set(key, info);
  return info;
}

export function targetNames(e: Expr, out: Set<string>): void {
  if (e.k === 'Name') out.add(e.id);
  else if (e.k === 'Tuple' || e.k === 'List') for (const x of e.elts) targetNames(x, out);
  else if (e.k === 'Starred') targetNames(e.value, out);
}

function stmts(body: readonly Stmt[], L: Set<string>, G: Set<string>, N: Set<string>): void {
  for (const s of body) stmt(s, L, G, N);
}

function stmt(s: Stmt, L: Set<string>, G: Set<string>, N: Set<string>): void {
  switch (s.k) {
    case 'Assign':
      for (const t of s.targets) targetNames(t, L);
      walrus(s.value, L);
      return;
    case 'AugAssign':
    case 'AnnAssign':
      targetNames(s.target, L);
      return;
    case 'For':
      targetNames(s.target, L);
      stmts(s.body, L, G, N);
      stmts(s.orelse, L, G, N);
      return;
    case 'While':
    case 'If':
      walrus(s.test, L);
      stmts(s.body, L, G, N);
      stmts(s.orelse, L, G, N);
      return;
    case 'With':
      for (const it of s.items) if (it.target !== null) targetNames(it.target, L);
      stmts(s.body, L, G, N);
      return;
    case 'Try':
      stmts(s.body, L, G, N);
      for (const h of s.handlers) {
        if (h.name !== null) L.add(h.name);
        stmts(h.body, L, G, N);
      }
      stmts(s.orelse, L, G, N);
      stmts(s.finalbody, L, G, N);
      return;
    case 'FunctionDef':
    case 'ClassDef':
      L.add(s.name);
      return;
    case 'Import':
    case 'ImportFrom':
      for (const a of s.names) if (a.name !== '*') L.add(a.asname ?? a.name.split('.')[0]!);
      return;
    case 'Del':
      for (const t of s.targets) targetNames(t, L);
      return;
    case 'Global':
      for (const n of s.names) G.add(n);
      return;
    case 'Nonlocal':
      for (const n of s.names) N.add(n);
      return;
    case 'Expr':
    case 'Return':
      if (s.k === 'Expr' || s.value !== null) walrus(s.k === 'Expr' ? s.value : s.value!, L);
      return;
    default:
      return;
  }
}

/** Names bound by := anywhere in an expression (they belong to the function scope). */
function walrus(e: Expr, L: Set<string>): void {
  if (e.k === 'NamedExpr') {
    L.add(e.target);
    walrus(e.value, L);
    return;
  }
  if (e.k === 'Lambda') return;
  for (const v of Object.values(e)) {
    if (v !== null && typeof v === 'object' && 'k' in v) walrus(v as Expr, L);
    else if (Array.isArray(v))
      for (const x of v) if (x !== null && typeof x === 'object' && 'k' in x) walrus(x as Expr, L);
  }
}
