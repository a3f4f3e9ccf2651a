// spf13/pflag 1.0.5's FlagSet.Parse as cobra runs it for the docker CLI: `--name value`,
// `--name=value`, `-d`, grouped `-itd`, `-p80:80`, `-p=80:80`, bool `--rm=false`, `--` to end flags,
// and SetInterspersed(false) commands that stop at their first operand. Errors carry pflag's texts
// (`unknown flag: --foo`, `unknown shorthand flag: 'z' in -z`, `flag needs an argument: --name`,
// `invalid argument "x" for "-m, --memory" flag: invalid size: 'x'`); the caller adds cobra's
// `See 'docker run --help'.` line.

import type { EnvLookup, FlagSpec, FlagValue } from './spec';
import { goQuote, goQuoteRune } from '../../build/go-fmt';
import { encode } from '../../../lib/utf8';
import { initialValue, setValue } from './kinds';

export interface FlagSetResult {
  /** Every flag's value by its destination name (given or default). */
  readonly values: Record<string, FlagValue>;
  /** Names (and destination names) of the flags that were given. */
  readonly changed: Set<string>;
  /** The operands, in order. */
  readonly args: string[];
  /** pflag's deprecation notices (`Flag shorthand -h has been deprecated, please use --help`). */
  readonly notices: string[];
  /** How many operands came before `--` (-1 when there was none). */
  argsLenAtDash: number;
  error?: string;
}

interface State {
  readonly byName: ReadonlyMap<string, FlagSpec>;
  readonly byShort: ReadonlyMap<string, FlagSpec>;
  readonly env: EnvLookup;
  readonly out: FlagSetResult;
}

const destOf = (f: FlagSpec): string => f.dest ?? f.name;

/** fmt %q of the first byte of `ch` (pflag reads shorthands byte by byte). */
function quoteFirstByte(ch: string): string {
  const first = encode(ch)[0] ?? 0;
  return goQuoteRune(first);
}

function set(st: State, flag: FlagSpec, value: string): string | undefined {
  const dest = destOf(flag);
  const r = setValue(
    flag,
    value,
    st.out.values[dest] ?? initialValue(flag),
    st.out.changed.has(dest),
    st.env,
  );
  if (!r.ok) {
    const name =
      flag.short !== undefined && flag.shortDeprecated === undefined
        ? `-${flag.short}, --${flag.name}`
        : `--${flag.name}`;
    return `invalid argument ${goQuote(value)} for ${goQuote(name)} flag: ${r.error}`;
  }
  st.out.values[dest] = r.value;
  st.out.changed.add(dest);
  st.out.changed.add(flag.name);
  return undefined;
}

function parseLong(st: State, s: string, args: string[]): string | undefined {
  const body = s.slice(2);
  if (body === '' || body[0] === '-' || body[0] === '=') return `bad flag syntax: ${s}`;
  const eq = body.indexOf('=');
  const name = eq < 0 ? body : body.slice(0, eq);
  const flag = st.byName.get(name);
  if (flag === undefined) return `unknown flag: --${name}`;
  let value: string;
  if (eq >= 0) value = body.slice(eq + 1);
  else if (flag.kind === 'bool') value = 'true';
  else {
    const next = args.shift();
    if (next === undefined) return `flag needs an argument: ${s}`;
    value = next;
  }
  return set(st, flag, value);
}

function parseShort(st: State, s: string, args: string[]): string | undefined {
  let shorts = s.slice(1);
  while (shorts !== '') {
    const ch = String.fromCodePoint(shorts.codePointAt(0) ?? 0);
    const flag = st.byShort.get(ch);
    if (flag === undefined) return `unknown shorthand flag: ${quoteFirstByte(ch)} in -${shorts}`;
    const rest = shorts.slice(ch.length);
    let value: string;
    if (rest.length > 1 && rest[0] === '=') {
      value = rest.slice(1);
      shorts = '';
    } else if (flag.kind === 'bool') {
      value = 'true';
      shorts = rest;
    } else if (rest !== '') {
      value = rest;
      shorts = '';
    } else {
      const next = args.shift();
      if (next === undefined) return `flag needs an argument: ${quoteFirstByte(ch)} in -${ch}`;
      value = next;
      shorts = '';
    }
    if (flag.shortDeprecated !== undefined) {
      st.out.notices.push(`Flag shorthand -${ch} has been deprecated, ${flag.shortDeprecated}`);
    }
    const err = set(st, flag, value);
    if (err !== undefined) return err;
  }
  return undefined;
}

/** Parse `argv` (the words after the command name) against `flags`. */
export function parseFlagSet(
  flags: readonly FlagSpec[],
  argv: readonly string[],
  stopAtOperand: boolean,
  env: EnvLookup,
): FlagSetResult {
  const byName = new Map<string, FlagSpec>();
  const byShort = new Map<string, FlagSpec>();
  const values: Record<string, FlagValue> = {};
  for (const f of flags) {
    if (byName.has(f.name)) continue;
    byName.set(f.name, f);
    if (f.short !== undefined && !byShort.has(f.short)) byShort.set(f.short, f);
    if (!(destOf(f) in values)) values[destOf(f)] = initialValue(f);
  }
  const out: FlagSetResult = { values, changed: new Set(), args: [], notices: [], argsLenAtDash: -1 };
  const st: State = { byName, byShort, env, out };
  const args = [...argv];
  for (let s = args.shift(); s !== undefined; s = args.shift()) {
    if (s.length < 2 || s[0] !== '-') {
      out.args.push(s);
      if (stopAtOperand) {
        out.args.push(...args);
        break;
      }
      continue;
    }
    if (s === '--') {
      out.argsLenAtDash = out.args.length;
      out.args.push(...args);
      break;
    }
    const err = s[1] === '-' ? parseLong(st, s, args) : parseShort(st, s, args);
    if (err !== undefined) {
      out.error = err;
      break;
    }
  }
  return out;
}
