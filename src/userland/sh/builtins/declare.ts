// declare/typeset, local, export and readonly: one engine with attribute flags (-a -i -x -r, +x to
// remove), `-p` listings in bash's `declare -x NAME="value"` form, and -f/-F for functions.

import { isName } from '../scanner';
import type { Shell } from '../shell';
import type { Var } from '../vars';
import { arrayValues } from '../vars';
import type { Gen } from '../../sys';
import { arith } from '../expand/word';
import type { Builtin } from './util';
import { invalidOption, out, parseFlags } from './util';
import { printFunction } from './functext';

/** Double-quote a value as `declare -p` does. */
export function dquote(s: string): string {
  return '"' + s.replace(/(["\\$`])/g, '\\$1') + '"';
}

function attrs(v: Var): string {
  let a = '';
  if (v.value instanceof Map) a += 'a';
  if (v.integer) a += 'i';
  if (v.readonly) a += 'r';
  if (v.exported) a += 'x';
  return a === '' ? '--' : '-' + a;
}

export function declareLine(name: string, v: Var): string {
  let text = `declare ${attrs(v)} ${name}`;
  if (v.value instanceof Map) {
    const items = [...v.value.entries()].sort((x, y) => x[0] - y[0]).map(([k, s]) => `[${k}]=${dquote(s)}`);
    text += `=(${items.join(' ')})`;
  } else if (v.value !== undefined) text += `=${dquote(v.value)}`;
  return text + '\n';
}

interface Mode {
  readonly name: string;
  readonly usage: string;
  /** Attribute the command itself sets (export: x, readonly: r). */
  readonly implied: string;
  readonly local: boolean;
}

function* listVars(sh: Shell, m: Mode, filter: (v: Var) => boolean, names: readonly string[]): Gen<number> {
  let text = '';
  let status = 0;
  const list = names.length > 0 ? names : sh.vars.names();
  for (const n of list) {
    const v = sh.vars.lookup(n);
    if (!v) {
      if (names.length > 0) {
        yield* sh.error(`${m.name}: ${n}: not found`);
        status = 1;
      }
      continue;
    }
    if (!filter(v)) continue;
    text += declareLine(n, v);
  }
  return (yield* out(sh, m.name, text)) ? status : 1;
}

function* declareCommon(sh: Shell, argv: readonly string[], m: Mode): Gen<number> {
  const f = parseFlags(argv, 'aAfFgilnprtuxI');
  if ('bad' in f) return yield* invalidOption(sh, m.name, f.bad, m.usage);
  if (m.local && sh.funcDepth === 0) {
    yield* sh.error('local: can only be used in a function');
    return 1;
  }
  const flags = new Set([...f.flags, ...m.implied]);
  if (f.flags.has('f') || f.flags.has('F')) return yield* listFunctions(sh, m, f.rest, f.flags.has('F'));
  if (f.rest.length === 0 || f.flags.has('p')) {
    const want = [...f.flags].filter((c) => 'aixr'.includes(c)).concat([...m.implied]);
    return yield* listVars(sh, m, (v) => want.every((c) => attrs(v).includes(c)), f.rest);
  }
  let status = 0;
  for (const arg of f.rest) {
    const eq = arg.indexOf('=');
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const append = name.endsWith('+');
    const base = append ? name.slice(0, -1) : name;
    if (!isName(base)) {
      yield* sh.error(`${m.name}: \`${arg}': not a valid identifier`);
      status = 1;
      continue;
    }
    const local =
      m.local || (m.name !== 'export' && m.name !== 'readonly' && sh.funcDepth > 0 && !flags.has('g'));
    const existing = sh.vars.lookup(base);
    if (existing?.readonly && (eq >= 0 || f.plus.has('r'))) {
      yield* sh.error(`${base}: readonly variable`);
      status = 1;
      continue;
    }
    const v = local ? sh.vars.declareLocal(base) : (existing ?? sh.vars.declareLocal(base));
    if (flags.has('i')) v.integer = true;
    if (f.plus.has('i')) v.integer = false;
    if (flags.has('x')) v.exported = true;
    if (f.plus.has('x')) v.exported = false;
    if (flags.has('a') && !(v.value instanceof Map))
      v.value = v.value === undefined ? new Map() : new Map([[0, v.value]]);
    if (eq >= 0) {
      let value = arg.slice(eq + 1);
      if (v.integer) value = String(yield* arith(sh, append ? `${v.value ?? 0}+(${value})` : value));
      else if (append) value = (typeof v.value === 'string' ? v.value : '') + value;
      if (flags.has('a') && /^\(.*\)$/s.test(value)) {
        const items = value.slice(1, -1).trim();
        v.value = new Map(items === '' ? [] : items.split(/\s+/).map((s, i) => [i, s] as [number, string]));
      } else if (v.value instanceof Map) v.value.set(0, value);
      else v.value = value;
    }
    if (flags.has('r')) v.readonly = true;
  }
  return status;
}

function* listFunctions(sh: Shell, m: Mode, names: readonly string[], namesOnly: boolean): Gen<number> {
  let text = '';
  let status = 0;
  const list = names.length > 0 ? names : [...sh.funcs.keys()].sort();
  for (const n of list) {
    const def = sh.funcs.get(n);
    if (!def) {
      status = 1;
      continue;
    }
    text += namesOnly ? `declare -f ${n}\n` : printFunction(n, def.body) + '\n';
  }
  return (yield* out(sh, m.name, text)) ? status : 1;
}

export const declare: Builtin = (sh, argv) =>
  declareCommon(sh, argv, {
    name: argv[0] ?? 'declare',
    usage: `${argv[0] ?? 'declare'} [-aAfFgiIlnrtux] [name[=value] ...] or ${argv[0] ?? 'declare'} -p [-aAfFilnrtux] [name ...]`,
    implied: '',
    local: false,
  });

export const local: Builtin = (sh, argv) =>
  declareCommon(sh, argv, {
    name: 'local',
    usage: 'local [option] name[=value] ...',
    implied: '',
    local: true,
  });

export const exportBuiltin: Builtin = function* (sh, argv) {
  const f = parseFlags(argv, 'fnp');
  if ('bad' in f)
    return yield* invalidOption(sh, 'export', f.bad, 'export [-fn] [name[=value] ...] or export -p');
  if (f.flags.has('n')) {
    for (const n of f.rest) {
      const v = sh.vars.lookup(n);
      if (v) v.exported = false;
    }
    return 0;
  }
  const mode: Mode = { name: 'export', usage: '', implied: 'x', local: false };
  if (f.rest.length === 0) return yield* listVars(sh, mode, (v) => v.exported, []);
  return yield* declareCommon(sh, ['export', '-x', ...f.rest], mode);
};

export const readonly: Builtin = function* (sh, argv) {
  const f = parseFlags(argv, 'afp');
  if ('bad' in f)
    return yield* invalidOption(sh, 'readonly', f.bad, 'readonly [-aAf] [name[=value] ...] or readonly -p');
  const mode: Mode = { name: 'readonly', usage: '', implied: 'r', local: false };
  if (f.rest.length === 0) return yield* listVars(sh, mode, (v) => v.readonly, []);
  return yield* declareCommon(sh, ['readonly', '-r', ...(f.flags.has('a') ? ['-a'] : []), ...f.rest], mode);
};

export { arrayValues };
