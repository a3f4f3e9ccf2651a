// Shell variables with bash's dynamic scoping: a global table plus one table per active function
// call holding its `local`s. Values are strings or indexed arrays; attributes are export,
// readonly and integer. `clone()` deep-copies everything for a forked subshell.

export interface Var {
  value: string | Map<number, string> | undefined;
  exported: boolean;
  readonly: boolean;
  integer: boolean;
}

export class ReadonlyError extends Error {
  constructor(readonly varName: string) {
    super(`${varName}: readonly variable`);
  }
}

function copyVar(v: Var): Var {
  return { ...v, value: v.value instanceof Map ? new Map(v.value) : v.value };
}

export class VarStore {
  global = new Map<string, Var>();
  scopes: Array<Map<string, Var>> = [];

  clone(): VarStore {
    const s = new VarStore();
    for (const [k, v] of this.global) s.global.set(k, copyVar(v));
    s.scopes = this.scopes.map((m) => {
      const c = new Map<string, Var>();
      for (const [k, v] of m) c.set(k, copyVar(v));
      return c;
    });
    return s;
  }

  lookup(name: string): Var | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const v = this.scopes[i]!.get(name);
      if (v) return v;
    }
    return this.global.get(name);
  }

  /** The scalar value (element 0 of an array), or undefined when unset. */
  get(name: string): string | undefined {
    const v = this.lookup(name);
    if (!v || v.value === undefined) return undefined;
    return v.value instanceof Map ? v.value.get(0) : v.value;
  }

  /** Create or update; throws ReadonlyError. */
  set(name: string, value: string): Var {
    const v = this.lookup(name);
    if (v) {
      if (v.readonly) throw new ReadonlyError(name);
      if (v.value instanceof Map) v.value.set(0, value);
      else v.value = value;
      return v;
    }
    const nv: Var = { value, exported: false, readonly: false, integer: false };
    this.global.set(name, nv);
    return nv;
  }

  setElement(name: string, index: number, value: string): void {
    let v = this.lookup(name);
    if (!v) {
      v = { value: new Map(), exported: false, readonly: false, integer: false };
      this.global.set(name, v);
    }
    if (v.readonly) throw new ReadonlyError(name);
    if (!(v.value instanceof Map)) v.value = v.value === undefined ? new Map() : new Map([[0, v.value]]);
    v.value.set(index, value);
  }

  setArray(name: string, values: readonly string[], append: boolean): void {
    let v = this.lookup(name);
    if (!v) {
      v = { value: undefined, exported: false, readonly: false, integer: false };
      this.global.set(name, v);
    }
    if (v.readonly) throw new ReadonlyError(name);
    const map = append ? toMap(v.value) : new Map<number, string>();
    let next = append ? nextIndex(map) : 0;
    for (const x of values) map.set(next++, x);
    v.value = map;
  }

  /** Define in the innermost function scope (`local`). */
  declareLocal(name: string): Var {
    const scope = this.scopes[this.scopes.length - 1];
    const target = scope ?? this.global;
    let v = target.get(name);
    if (!v) {
      const outer = this.lookup(name);
      v = { value: undefined, exported: outer?.exported ?? false, readonly: false, integer: false };
      target.set(name, v);
    }
    return v;
  }

  /** unset: removes the innermost binding; returns false for a readonly variable. */
  unset(name: string): boolean {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const v = this.scopes[i]!.get(name);
      if (v) {
        if (v.readonly) return false;
        v.value = undefined;
        return true;
      }
    }
    const v = this.global.get(name);
    if (v?.readonly) return false;
    this.global.delete(name);
    return true;
  }

  /** NAME=value strings for execve: exported, set variables (innermost binding wins). */
  environ(): string[] {
    const seen = new Map<string, Var>();
    for (const [k, v] of this.global) seen.set(k, v);
    for (const scope of this.scopes) for (const [k, v] of scope) seen.set(k, v);
    const out: string[] = [];
    for (const [k, v] of seen) {
      if (!v.exported || v.value === undefined) continue;
      if (v.value instanceof Map) continue;
      out.push(`${k}=${v.value}`);
    }
    return out;
  }

  /** All visible names, sorted (for `set` and `declare -p`). */
  names(): string[] {
    const names = new Set<string>(this.global.keys());
    for (const scope of this.scopes) for (const k of scope.keys()) names.add(k);
    return [...names].sort();
  }
}

export function toMap(value: Var['value']): Map<number, string> {
  if (value instanceof Map) return new Map(value);
  return value === undefined ? new Map() : new Map([[0, value]]);
}

export function nextIndex(map: Map<number, string>): number {
  let max = -1;
  for (const k of map.keys()) if (k > max) max = k;
  return max + 1;
}

/** The elements of an array in index order. */
export function arrayValues(value: Var['value']): string[] {
  if (value === undefined) return [];
  if (!(value instanceof Map)) return [value];
  return [...value.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v);
}
