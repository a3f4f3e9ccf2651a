// The values a template sees, standing in for Go's reflect.Value: JS integers are Go ints, other
// numbers (and GoFloat) are float64, arrays are slices, Maps are Go maps (keys sorted when
// printed), plain objects are anonymous structs (fields in insertion order), GoStruct is a named
// struct or pointer with a type name for error messages, optional methods taking arguments
// (`{{.Label "a"}}`), an optional String() and an optional MarshalJSON.
// `undefined` is Go's invalid value (a missing map key: prints `<no value>`); `null` is nil.

/** A float64 whose value happens to be integral (1.0 prints as `1`, 1e6 as `1e+06`). */
export class GoFloat {
  constructor(readonly value: number) {}
}

/**
 * Parameter types a method or function checks its arguments against: 'any' is interface{} (a
 * missing value arrives as nil), 'value' is reflect.Value (the builtins: it arrives as undefined).
 */
export type GoParam = 'string' | 'int' | 'bool' | '[]string' | 'any' | 'value';

export interface GoMethod {
  readonly params: readonly GoParam[];
  readonly call: (...args: TemplateValue[]) => TemplateValue;
}

export interface GoStructOptions {
  /** Methods that take arguments, e.g. ContainerContext.Label(name). */
  readonly methods?: Readonly<Record<string, GoMethod>>;
  /** MarshalJSON: the bytes `{{json .}}` prints, kept as they are. */
  readonly json?: () => string;
  /** fmt.Stringer: what %v prints. */
  readonly string?: () => string;
  /** A named map type (fields are map keys: a missing one is `<no value>`, printed `map[k:v]`). */
  readonly mapLike?: boolean;
  /** Fields are zero-argument methods (docker's formatter contexts): args give "want 0 got N". */
  readonly methodFields?: boolean;
}

export class GoStruct {
  constructor(
    readonly typeName: string,
    readonly fields: Readonly<Record<string, TemplateValue>>,
    readonly options: GoStructOptions = {},
  ) {}
}

export type TemplateValue =
  | undefined
  | null
  | boolean
  | number
  | string
  | GoFloat
  | GoStruct
  | readonly TemplateValue[]
  | ReadonlyMap<string, TemplateValue>
  | { readonly [key: string]: TemplateValue };

export type PlainStruct = { readonly [key: string]: TemplateValue };

export function isMap(v: TemplateValue): v is ReadonlyMap<string, TemplateValue> {
  return v instanceof Map;
}

export function isSlice(v: TemplateValue): v is readonly TemplateValue[] {
  return Array.isArray(v);
}

export function isPlainStruct(v: TemplateValue): v is PlainStruct {
  return (
    typeof v === 'object' &&
    v !== null &&
    !Array.isArray(v) &&
    !(v instanceof Map) &&
    !(v instanceof GoStruct) &&
    !(v instanceof GoFloat)
  );
}

export function isInt(v: TemplateValue): v is number {
  return typeof v === 'number' && Number.isInteger(v);
}

export function isFloat(v: TemplateValue): boolean {
  return v instanceof GoFloat || (typeof v === 'number' && !Number.isInteger(v));
}

export function floatOf(v: TemplateValue): number {
  return v instanceof GoFloat ? v.value : typeof v === 'number' ? v : NaN;
}

/** Sorted keys, as fmt and encoding/json order a Go map. */
export function sortedKeys(m: ReadonlyMap<string, TemplateValue>): string[] {
  return [...m.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Go's type name for a value, as %T and error messages print it. */
export function goTypeName(v: TemplateValue): string {
  if (v === undefined || v === null) return '<nil>';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float64';
  if (v instanceof GoFloat) return 'float64';
  if (v instanceof GoStruct) return v.typeName;
  if (isSlice(v))
    return v.length > 0 && v.every((x) => typeof x === 'string') ? '[]string' : '[]interface {}';
  if (isMap(v)) {
    const vals = [...v.values()];
    return vals.length > 0 && vals.every((x) => typeof x === 'string')
      ? 'map[string]string'
      : 'map[string]interface {}';
  }
  return 'struct {}';
}

/** text/template's truth: false, 0, "", nil and empty slices and maps are false. */
export function isTrue(v: TemplateValue): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof GoFloat) return v.value !== 0;
  if (isSlice(v)) return v.length > 0;
  if (isMap(v)) return v.size > 0;
  if (v instanceof GoStruct && v.options.mapLike) return Object.keys(v.fields).length > 0;
  return true;
}
