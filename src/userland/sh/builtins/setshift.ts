// set (options, -o/+o listings, positional parameters, variable listing), shift, unset and let.

import { AbortLine, SET_OPTIONS, SHORT_OPTIONS } from '../shell';
import type { Shell } from '../shell';
import { isName } from '../scanner';
import { arrayValues } from '../vars';
import type { Gen } from '../../sys';
import { arith } from '../expand/word';
import { bashQuote } from '../../libc/bashquote';
import type { Builtin } from './util';
import { invalidOption, out } from './util';
import { printFunction } from './functext';

const SET_USAGE = 'set [-abefhkmnptuvxBCEHPT] [-o option-name] [--] [-] [arg ...]';

function quoteValue(s: string): string {
  if (s === '') return "''";
  if (/^[\w@%+=:,./-]+$/.test(s)) return s;
  const q = bashQuote(s);
  return q.startsWith("$'") ? q : "'" + s.replace(/'/g, "'\\''") + "'";
}

function* listAll(sh: Shell): Gen<number> {
  let text = '';
  for (const n of sh.vars.names()) {
    const v = sh.vars.lookup(n);
    if (!v || v.value === undefined) continue;
    if (v.value instanceof Map) {
      const items = [...v.value.entries()].sort((a, b) => a[0] - b[0]);
      text += `${n}=(${items.map(([k, s]) => `[${k}]=${JSON.stringify(s)}`).join(' ')})\n`;
    } else text += `${n}=${quoteValue(v.value)}\n`;
  }
  for (const [n, f] of [...sh.funcs].sort((a, b) => (a[0] < b[0] ? -1 : 1)))
    text += printFunction(n, f.body) + '\n';
  return (yield* out(sh, 'set', text)) ? 0 : 1;
}

function* listOptions(sh: Shell, plus: boolean): Gen<number> {
  let text = '';
  for (const o of SET_OPTIONS) {
    const on = sh.opt(o);
    text += plus ? `set ${on ? '-' : '+'}o ${o}\n` : `${o.padEnd(15)}\t${on ? 'on' : 'off'}\n`;
  }
  return (yield* out(sh, 'set', text)) ? 0 : 1;
}

/** Apply `set` flags; returns the index of the first operand, or an exit status string on error. */
export function* setOptions(
  sh: Shell,
  argv: readonly string[],
  start: number,
): Gen<number | { status: number }> {
  let i = start;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return i + 1;
    if (a === '-') {
      sh.opts.delete('xtrace');
      sh.opts.delete('verbose');
      return i + 1;
    }
    if (a.length < 2 || (a[0] !== '-' && a[0] !== '+')) return i;
    const on = a[0] === '-';
    for (let j = 1; j < a.length; j++) {
      const c = a[j]!;
      if (c === 'o') {
        const name = argv[i + 1];
        if (name === undefined) return { status: yield* listOptions(sh, !on) };
        i++;
        if (!(SET_OPTIONS as readonly string[]).includes(name)) {
          yield* sh.error(`set: ${name}: invalid option name`);
          return { status: 1 };
        }
        if (on) sh.opts.add(name);
        else sh.opts.delete(name);
        continue;
      }
      const name = SHORT_OPTIONS[c];
      if (name === undefined) return { status: yield* invalidOption(sh, 'set', `${a[0]}${c}`, SET_USAGE) };
      if (on) sh.opts.add(name);
      else sh.opts.delete(name);
    }
  }
  return i;
}

export const set: Builtin = function* (sh, argv) {
  if (argv.length === 1) return yield* listAll(sh);
  const r = yield* setOptions(sh, argv, 1);
  if (typeof r !== 'number') return r.status;
  if (r < argv.length || argv[r - 1] === '--') sh.params = argv.slice(r);
  return 0;
};

export const shift: Builtin = function* (sh, argv) {
  const arg = argv[1] ?? '1';
  if (!/^-?\d+$/.test(arg)) {
    yield* sh.error(`shift: ${arg}: numeric argument required`);
    return 1;
  }
  const n = Number(arg);
  if (n < 0) {
    yield* sh.error(`shift: ${arg}: shift count out of range`);
    return 1;
  }
  if (n > sh.params.length) return 1;
  sh.params = sh.params.slice(n);
  return 0;
};

export const unset: Builtin = function* (sh, argv) {
  let mode: 'v' | 'f' | 'any' = 'any';
  let i = 1;
  for (; i < argv.length && /^-[vfn]+$/.test(argv[i]!); i++) mode = argv[i]!.includes('f') ? 'f' : 'v';
  if (i < argv.length && argv[i]!.startsWith('-') && argv[i] !== '-') {
    if (argv[i] === '--') i++;
    else return yield* invalidOption(sh, 'unset', argv[i]!.slice(0, 2), 'unset [-f] [-v] [-n] [name ...]');
  }
  let status = 0;
  for (const name of argv.slice(i)) {
    const m = /^([A-Za-z_]\w*)\[(.+)\]$/.exec(name);
    if (m && mode !== 'f') {
      const v = sh.vars.lookup(m[1]!);
      if (v && v.value instanceof Map) v.value.delete(Number(yield* arith(sh, m[2]!)));
      else if (v && (m[2] === '0' || m[2] === '@' || m[2] === '*')) sh.vars.unset(m[1]!);
      continue;
    }
    if (mode !== 'f' && !isName(name)) {
      yield* sh.error(`unset: \`${name}': not a valid identifier`);
      status = 1;
      continue;
    }
    if (mode === 'f' || (mode === 'any' && !sh.vars.lookup(name) && sh.funcs.has(name))) {
      sh.funcs.delete(name);
      continue;
    }
    if (!sh.vars.unset(name)) {
      yield* sh.error(`unset: ${name}: cannot unset: readonly variable`);
      status = 1;
    }
  }
  return status;
};

export const let_: Builtin = function* (sh, argv) {
  if (argv.length < 2) {
    yield* sh.error('let: expression expected');
    return 1;
  }
  let v = 0n;
  try {
    for (const e of argv.slice(1)) v = yield* arith(sh, e, 'let: ');
  } catch (e) {
    if (e instanceof AbortLine) return 1;
    throw e;
  }
  return v === 0n ? 1 : 0;
};

export { arrayValues };
