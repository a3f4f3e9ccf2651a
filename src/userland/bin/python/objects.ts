// The python3 object model. Immutable scalars are JS primitives (None = null, bool = boolean,
// int = bigint, float = number, str = string); everything else is an instance of a class below.
//
// Simplification: dict and set hash keys with a string key (see ops.hashKey); instances of user
// classes hash by identity.

import type { Expr, Params, Stmt } from './ast';
import type { Gen, Sys } from '../../sys';

export type PyValue = null | boolean | bigint | number | string | PyObject;

export type Kwargs = Map<string, PyValue>;
/** A function implemented in TypeScript: receives the interpreter, positional and keyword args. */
export type NativeFn = (ip: Interp, args: PyValue[], kw: Kwargs | null) => Gen<PyValue>;

/** What the object model needs to know of a scope (see scope.ts). */
export interface ScopeLike {
  readonly vars: Map<string, PyValue>;
  readonly parent: ScopeLike | null;
}

/** One activation record: where the interpreter is, for tracebacks. */
export interface Frame {
  readonly scope: ScopeLike | null;
  readonly file: string;
  readonly name: string;
  line: number;
  ret: PyValue;
  /** The function running in this frame and its first argument (for super()). */
  readonly fn: PyFunction | null;
  readonly self: PyValue;
}

/** What natives and the evaluator may ask of the interpreter (implemented in interp.ts). */
export interface Interp {
  readonly sys: Sys;
  call(f: PyValue, args: PyValue[], kw?: Kwargs | null): Gen<PyValue>;
  readonly modules: Map<string, PyModule>;
  readonly builtins: Map<string, PyValue>;
  readonly frames: Frame[];
  /** Account CPU time now and then (one statement or loop iteration). */
  tick(): Gen<void>;
  importModule(name: string): Gen<PyModule>;
  /** os.fork(): the child's pid in the parent, 0 in the child (which re-executes to this point). */
  fork(): Gen<number>;
  /** Exceptions being handled (innermost last): bare `raise`, __context__, sys.exc_info(). */
  readonly handling: PyInstance[];
  /** A file object was opened (for closing unreferenced ones at the end of the statement). */
  openedFile(f: PyObject): void;
  /** How many files the current statements have opened (a mark for releaseFiles). */
  readonly freshCount: number;
  releaseFiles(mark: number, keep: PyValue): Gen<void>;
  /** The process is exiting: flush stdio (sys.exit, end of script), not on os._exit. */
  flushAll(): Gen<void>;
}

let nextId = 1;

export abstract class PyObject {
  readonly id = nextId++;
  abstract get cls(): PyClass;
}

export class PyClass extends PyObject {
  mro: PyClass[] = [];
  /** For builtin types: construct a value (int("3"), list(x)...). */
  native: NativeFn | null = null;
  constructor(
    readonly name: string,
    readonly bases: PyClass[],
    readonly dict: Map<string, PyValue> = new Map(),
    readonly builtin = false,
  ) {
    super();
    this.mro = linearize(this, bases);
  }
  get cls(): PyClass {
    return typeType;
  }
  lookup(name: string): PyValue | undefined {
    for (const c of this.mro) {
      const v = c.dict.get(name);
      if (v !== undefined) return v;
    }
    return undefined;
  }
  isSubclass(other: PyClass): boolean {
    return this.mro.includes(other);
  }
}

function linearize(c: PyClass, bases: PyClass[]): PyClass[] {
  const out: PyClass[] = [c];
  // C3-lite: depth-first, keeping the last occurrence of shared bases (good for simple hierarchies)
  const seq: PyClass[] = [];
  for (const b of bases) seq.push(...b.mro);
  for (let i = 0; i < seq.length; i++) {
    const x = seq[i]!;
    if (seq.indexOf(x, i + 1) === -1 && !out.includes(x)) out.push(x);
  }
  return out;
}

/** `type` itself; patched into the registry by types.ts. */
export let typeType: PyClass;
export function setTypeType(t: PyClass): void {
  typeType = t;
}

export class PyInstance extends PyObject {
  readonly dict = new Map<string, PyValue>();
  /** Set on exception instances. */
  exc: ExcState | null = null;
  /** Native payload for builtin-subclass instances (e.g. a dict subclass). */
  constructor(readonly type: PyClass) {
    super();
  }
  get cls(): PyClass {
    return this.type;
  }
}

export interface TbEntry {
  readonly file: string;
  readonly line: number;
  readonly name: string;
  readonly node: Expr | null;
  /** For frames of CPython's own library modules: the source line and the caret span. */
  readonly text?: string;
  readonly caret?: readonly [number, number];
}

/** Add the frame's line to a propagating exception's traceback, once per frame. */
export function recordTb(frame: Frame, exc: PyInstance): void {
  const st = exc.exc;
  if (st === null || st.lastFrame === frame) return;
  const node = st.pending;
  st.tb.push({ file: frame.file, line: node?.line ?? frame.line, name: frame.name, node });
  st.lastFrame = frame;
  st.pending = null;
}

export interface ExcState {
  tb: TbEntry[];
  /** The frame that last recorded a traceback entry (to record each frame once). */
  lastFrame: object | null;
  /** The innermost expression that raised in the current frame (for carets). */
  pending: Expr | null;
  context: PyInstance | null;
  cause: PyInstance | null;
  suppressContext: boolean;
}

/** A raised Python exception travelling through the JS stack. */
export class PyExc {
  constructor(readonly value: PyInstance) {}
}

export class PyList extends PyObject {
  constructor(public items: PyValue[] = []) {
    super();
  }
  get cls(): PyClass {
    return reg.list;
  }
}

export class PyTuple extends PyObject {
  constructor(readonly items: readonly PyValue[]) {
    super();
  }
  get cls(): PyClass {
    return reg.tuple;
  }
}

export class PyDict extends PyObject {
  readonly map = new Map<string, { k: PyValue; v: PyValue }>();
  get cls(): PyClass {
    return reg.dict;
  }
}

export class PySet extends PyObject {
  readonly map = new Map<string, PyValue>();
  constructor(readonly frozen = false) {
    super();
  }
  get cls(): PyClass {
    return this.frozen ? reg.frozenset : reg.set;
  }
}

export class PyBytes extends PyObject {
  constructor(
    public data: Uint8Array,
    readonly mutable = false,
  ) {
    super();
  }
  get cls(): PyClass {
    return this.mutable ? reg.bytearray : reg.bytes;
  }
}

export class PyFunction extends PyObject {
  readonly dict = new Map<string, PyValue>();
  constructor(
    readonly name: string,
    readonly params: Params,
    readonly body: readonly Stmt[] | Expr,
    readonly defaults: PyValue[],
    readonly kwDefaults: Map<string, PyValue>,
    /** The enclosing scope (closure) and module globals. */
    readonly scope: unknown,
    readonly file: string,
    readonly isGen: boolean,
    readonly node: unknown,
  ) {
    super();
  }
  get cls(): PyClass {
    return reg.function;
  }
}

export class PyBuiltin extends PyObject {
  constructor(
    readonly name: string,
    readonly fn: NativeFn,
    /** Owning type name, for repr of methods: <method 'split' of 'str' objects>. */
    readonly owner: string | null = null,
  ) {
    super();
  }
  get cls(): PyClass {
    return reg.builtin;
  }
}

export class PyMethod extends PyObject {
  constructor(
    readonly self: PyValue,
    readonly func: PyValue,
  ) {
    super();
  }
  get cls(): PyClass {
    return this.func instanceof PyBuiltin ? reg.builtin : reg.method;
  }
}

export class PyModule extends PyObject {
  constructor(
    readonly name: string,
    readonly dict: Map<string, PyValue> = new Map(),
  ) {
    super();
  }
  get cls(): PyClass {
    return reg.module;
  }
}

export class PyRange extends PyObject {
  constructor(
    readonly start: bigint,
    readonly stop: bigint,
    readonly step: bigint,
  ) {
    super();
  }
  get length(): bigint {
    const { start, stop, step } = this;
    if (step > 0n) return stop > start ? (stop - start + step - 1n) / step : 0n;
    return start > stop ? (start - stop - step - 1n) / -step : 0n;
  }
  get cls(): PyClass {
    return reg.range;
  }
}

export class PySlice extends PyObject {
  constructor(
    readonly start: PyValue,
    readonly stop: PyValue,
    readonly step: PyValue,
  ) {
    super();
  }
  get cls(): PyClass {
    return reg.slice;
  }
}

/** Sentinel a native iterator returns when exhausted. */
export const STOP: unique symbol = Symbol('StopIteration');

/** An iterator implemented natively (list_iterator, map, zip, generators...). */
export class PyIter extends PyObject {
  constructor(
    readonly next: () => Gen<PyValue | typeof STOP>,
    readonly typeName: string = 'iterator',
  ) {
    super();
  }
  get cls(): PyClass {
    return reg.iterator(this.typeName);
  }
}

/** The builtin classes the object model needs; filled in by types.ts at load time. */
export const reg = {
  list: null as unknown as PyClass,
  tuple: null as unknown as PyClass,
  dict: null as unknown as PyClass,
  set: null as unknown as PyClass,
  frozenset: null as unknown as PyClass,
  bytes: null as unknown as PyClass,
  bytearray: null as unknown as PyClass,
  function: null as unknown as PyClass,
  builtin: null as unknown as PyClass,
  method: null as unknown as PyClass,
  module: null as unknown as PyClass,
  range: null as unknown as PyClass,
  slice: null as unknown as PyClass,
  iterator: (name: string): PyClass => {
    void name;
    throw new Error('types not loaded');
  },
};

/** dict.keys()/values()/items(): a live view of a dict. */
export class PyView extends PyObject {
  constructor(
    readonly dict: PyDict,
    readonly kind: 'keys' | 'values' | 'items',
  ) {
    super();
  }
  items(): PyValue[] {
    const out: PyValue[] = [];
    for (const e of this.dict.map.values())
      out.push(this.kind === 'keys' ? e.k : this.kind === 'values' ? e.v : new PyTuple([e.k, e.v]));
    return out;
  }
  get cls(): PyClass {
    return reg.iterator('dict_' + this.kind);
  }
}
