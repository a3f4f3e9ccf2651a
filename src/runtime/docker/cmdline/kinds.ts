// What each flag kind does with a value (pflag Value.Set) and how --help shows it (Value.Type(),
// DefValue and pflag's defaultIsZeroValue rule that decides whether `(default …)` is printed).

import type { EnvLookup, FlagSpec, FlagValue, MountSpec, NetworkAttachment, Ulimit } from './spec';
import { goDuration, goQuote, parseGoDuration } from '../../build/go-fmt';
import { parseGoBool, parseGoInt, parseGoUint } from './gostrconv';
import { readCsvRecord } from './gonet';
import { parseFilter, parseMount, parseNetwork, parseUlimit } from './optvalues';
import { parseNanoCpus, ramInBytes, swapInBytes } from './units';

export type SetResult = { ok: true; value: FlagValue } | { ok: false; error: string };

const TYPE_NAMES: Partial<Record<FlagSpec['kind'], string>> = {
  bool: '',
  int64: 'int',
  uint64: 'uint',
  swap: 'bytes',
  gpus: 'gpu-request',
};

/** The word after the flag name in --help (pflag UnquoteUsage). */
export function typeName(spec: FlagSpec): string {
  return TYPE_NAMES[spec.kind] ?? spec.kind;
}

/** The typed value of a flag that was not given. */
export function initialValue(spec: FlagSpec): FlagValue {
  switch (spec.kind) {
    case 'bool':
      return spec.def === true;
    case 'string':
      return typeof spec.def === 'string' ? spec.def : '';
    case 'int':
    case 'int64':
    case 'uint16':
    case 'uint64':
    case 'duration':
    case 'bytes':
    case 'swap':
    case 'decimal':
      return typeof spec.def === 'number' ? spec.def : 0;
    case 'map':
      return {};
    default:
      return [];
  }
}

/** Go's DefValue string for the flag (what `(default …)` would print). */
function defValue(spec: FlagSpec): string {
  if (spec.defText !== undefined) return spec.defText;
  const v = initialValue(spec);
  if (spec.kind === 'duration') return goDuration(typeof v === 'number' ? v : 0);
  if (spec.kind === 'strings') return '[]';
  if (typeof v === 'boolean' || typeof v === 'number' || typeof v === 'string') return String(v);
  return '';
}

const ZERO: Partial<Record<FlagSpec['kind'], readonly string[]>> = {
  bool: ['false'],
  duration: ['0', '0s'],
  int: ['0'],
  int64: ['0'],
  uint16: ['0'],
  uint64: ['0'],
  string: [''],
  strings: ['[]'],
};

/** ` (default …)` as pflag appends it to the usage, or ''. */
export function defaultSuffix(spec: FlagSpec): string {
  const text = defValue(spec);
  const zero = ZERO[spec.kind] ?? ['false', '<nil>', '', '0'];
  if (zero.includes(text)) return '';
  return spec.kind === 'string' ? ` (default ${goQuote(text)})` : ` (default ${text})`;
}

function num(r: { ok: true; value: bigint } | { ok: false; error: string }): SetResult {
  return r.ok ? { ok: true, value: Number(r.value) } : r;
}

function list(current: FlagValue): readonly unknown[] {
  return Array.isArray(current) ? current : [];
}

function setStructured(spec: FlagSpec, value: string, current: FlagValue): SetResult {
  switch (spec.kind) {
    case 'ulimit': {
      const r = parseUlimit(value);
      if (!r.ok) return r;
      const rest = (list(current) as Ulimit[]).filter((u) => u.name !== r.value.name);
      return { ok: true, value: [...rest, r.value] };
    }
    case 'network': {
      const r = parseNetwork(value);
      return r.ok ? { ok: true, value: [...(list(current) as NetworkAttachment[]), r.value] } : r;
    }
    case 'mount': {
      const r = parseMount(value);
      return r.ok ? { ok: true, value: [...(list(current) as MountSpec[]), r.value] } : r;
    }
    default: {
      const r = parseFilter(value);
      if (!r.ok) return r;
      const prev = list(current) as (readonly [string, string])[];
      return { ok: true, value: r.value === undefined ? prev : [...prev, r.value] };
    }
  }
}

function setChecked(spec: FlagSpec, value: string, current: FlagValue, env: EnvLookup): SetResult {
  let v = value;
  if (spec.check !== undefined) {
    const c = spec.check(value, env);
    if (!c.ok) return c;
    v = c.value;
  }
  if (spec.kind === 'map') {
    const eq = v.indexOf('=');
    const map = typeof current === 'object' && !Array.isArray(current) ? current : {};
    return { ok: true, value: { ...map, [eq < 0 ? v : v.slice(0, eq)]: eq < 0 ? '' : v.slice(eq + 1) } };
  }
  return { ok: true, value: [...(list(current) as string[]), v] };
}

/**
 * pflag Value.Set: the new typed value after `value` is given (lists append), or the error text.
 * `changed` tells a stringSlice whether this is its first value (which replaces the default).
 */
export function setValue(
  spec: FlagSpec,
  value: string,
  current: FlagValue,
  changed: boolean,
  env: EnvLookup,
): SetResult {
  switch (spec.kind) {
    case 'bool':
      return parseGoBool(value);
    case 'string':
      return { ok: true, value };
    case 'int':
    case 'int64':
      return num(parseGoInt(value, 64));
    case 'uint16':
      return num(parseGoUint(value, 16));
    case 'uint64':
      return num(parseGoUint(value, 64));
    case 'duration': {
      const d = parseGoDuration(value);
      return 'ns' in d ? { ok: true, value: d.ns } : { ok: false, error: d.error };
    }
    case 'bytes':
      return ramInBytes(value);
    case 'swap':
      return swapInBytes(value);
    case 'decimal':
      return parseNanoCpus(value);
    case 'strings': {
      const rec = value === '' ? { ok: true as const, fields: [] } : readCsvRecord(value);
      if (!rec.ok) return rec;
      return { ok: true, value: changed ? [...(list(current) as string[]), ...rec.fields] : rec.fields };
    }
    case 'list':
    case 'map':
    case 'gpus':
      return setChecked(spec, value, current, env);
    default:
      return setStructured(spec, value, current);
  }
}
