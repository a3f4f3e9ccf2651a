// Parameter expansion: $name, special parameters, positional parameters, arrays, and the ${...}
// operators (defaults, assignment, errors, length, pattern removal and replacement, substrings,
// case modification, indirection), with bash's error texts.

import type { ParamPart, Word } from '../ast';
import { AbortLine, SHORT_OPTIONS } from '../shell';
import type { Shell } from '../shell';
import { arrayValues } from '../vars';
import { isName } from '../scanner';
import type { Gen } from '../../sys';
import { removePattern, replacePattern } from './pattern';

/** A parameter's value: unset, one string, or a list ($@, $*, a[@]). */
export type PValue = undefined | string | { list: string[]; star: boolean };

/** What the word expander should insert: a value, or the operator's word expanded in place. */
export type PResult = { v: PValue } | { word: Word };

export interface ExpandApi {
  /** Expand a word to one string (no splitting, no globbing). */
  str(sh: Shell, w: Word): Gen<string>;
  /** Expand a word as a pattern: quoted characters escaped. */
  pattern(sh: Shell, w: Word): Gen<string>;
  /** Evaluate arithmetic text. */
  arith(sh: Shell, text: string): bigint;
}

function* fatal(sh: Shell, msg: string, status = 127): Gen<never> {
  yield* sh.error(msg);
  throw new AbortLine(status, true);
}

function* lookup(sh: Shell, p: ParamPart, api: ExpandApi): Gen<PValue> {
  const name = p.name;
  if (p.indirect && p.op === '') {
    const target = yield* lookup(sh, { ...p, indirect: false }, api);
    if (typeof target !== 'string' || !isValidRef(target))
      return yield* fatal(sh, `${name}: invalid indirect expansion`, 1);
    return yield* lookup(sh, refPart(target), api);
  }
  if (name.length === 1 && !isName(name) && !/[0-9]/.test(name)) return special(sh, name);
  if (/^[0-9]+$/.test(name)) {
    const n = Number(name);
    return n === 0 ? sh.arg0 : sh.params[n - 1];
  }
  const v = sh.vars.lookup(name);
  if (!v && DYNAMIC.has(name)) {
    const d = yield* dynamic(sh, name);
    if (typeof d !== 'object') return d;
    // PIPESTATUS is an array: ${PIPESTATUS[i]}, ${PIPESTATUS[@]}, and $PIPESTATUS = element 0.
    if (p.index === undefined) return d.list[0];
    const idx = p.index.text;
    if (idx === '@' || idx === '*') return { list: d.list, star: idx === '*' };
    const i = Number(api.arith(sh, yield* api.str(sh, p.index)));
    return d.list[i < 0 ? d.list.length + i : i];
  }
  if (p.index !== undefined) {
    const idx = p.index.text;
    if (idx === '@' || idx === '*') return { list: v ? arrayValues(v.value) : [], star: idx === '*' };
    const i = Number(api.arith(sh, yield* api.str(sh, p.index)));
    if (!v || v.value === undefined) return undefined;
    if (v.value instanceof Map) return v.value.get(i < 0 ? maxKey(v.value) + 1 + i : i);
    return i === 0 || i === -1 ? v.value : undefined;
  }
  if (!v || v.value === undefined) return undefined;
  return v.value instanceof Map ? v.value.get(0) : v.value;
}

const DYNAMIC = new Set([
  'LINENO',
  'RANDOM',
  'BASHPID',
  'SECONDS',
  'PIPESTATUS',
  'FUNCNAME',
  'PPID',
  'UID',
  'EUID',
  'HOSTNAME',
]);

function* dynamic(sh: Shell, name: string): Gen<PValue> {
  switch (name) {
    case 'LINENO':
      return String(sh.line);
    case 'RANDOM':
      if (!sh.randomSeeded) {
        const seed = yield* sh.sys.getrandom(4);
        sh.randomState = ((seed[0] ?? 1) | ((seed[1] ?? 0) << 8) | ((seed[2] ?? 0) << 16)) >>> 0;
        sh.randomSeeded = true;
      }
      return String(sh.random());
    case 'PPID':
    case 'UID':
    case 'EUID': {
      const n =
        name === 'PPID'
          ? yield* sh.sys.getppid()
          : name === 'UID'
            ? yield* sh.sys.getuid()
            : yield* sh.sys.geteuid();
      sh.vars.set(name, String(n)).readonly = true;
      return String(n);
    }
    case 'HOSTNAME':
      return (yield* sh.sys.uname()).nodename;
    case 'BASHPID':
      return String(sh.bashpid);
    case 'SECONDS': {
      const now = yield* sh.sys.clock_gettime(1);
      return String(now.sec - sh.startSec);
    }
    case 'PIPESTATUS':
      return { list: sh.pipestatus.map(String), star: false };
    default:
      return sh.funcName;
  }
}

function maxKey(m: Map<number, string>): number {
  let max = -1;
  for (const k of m.keys()) if (k > max) max = k;
  return max;
}

function isValidRef(s: string): boolean {
  return isName(s) || /^[0-9]+$/.test(s) || /^[@*#?$!0-]$/.test(s) || /^[A-Za-z_]\w*\[[^\]]+\]$/.test(s);
}

function refPart(target: string): ParamPart {
  const m = /^([A-Za-z_]\w*)\[([^\]]+)\]$/.exec(target);
  if (m) return { k: 'param', name: m[1]!, op: '', index: { parts: [{ k: 'lit', v: m[2]! }], text: m[2]! } };
  return { k: 'param', name: target, op: '' };
}

function special(sh: Shell, c: string): PValue {
  switch (c) {
    case '?':
      return String(sh.status);
    case '$':
      return String(sh.pid);
    case '!':
      return sh.lastBg === undefined ? undefined : String(sh.lastBg);
    case '#':
      return String(sh.params.length);
    case '@':
      return { list: [...sh.params], star: false };
    case '*':
      return { list: [...sh.params], star: true };
    case '-':
      return optionFlags(sh);
    default:
      return undefined;
  }
}

export function optionFlags(sh: Shell): string {
  let s = '';
  for (const f of 'abefhikmnptuvxBCHP') {
    if (f === 'i' ? sh.interactive : sh.opt(SHORT_OPTIONS[f] ?? '')) s += f;
  }
  return s + sh.modeFlag;
}

function isNull(v: PValue): boolean {
  if (v === undefined) return true;
  if (typeof v === 'string') return v === '';
  return v.list.length === 0 || (v.list.length === 1 && v.list[0] === '');
}

function displayName(p: ParamPart): string {
  if (/^[0-9]+$/.test(p.name)) return '$' + p.name;
  return p.index ? `${p.name}[${p.index.text}]` : p.name;
}

function mapValue(v: PValue, f: (s: string) => string): PValue {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return f(v);
  return { list: v.list.map(f), star: v.star };
}

export function* expandParam(sh: Shell, p: ParamPart, api: ExpandApi): Gen<PResult> {
  let v = yield* lookup(sh, p, api);
  if (p.indirect && p.op !== '') {
    const target = typeof v === 'string' ? v : undefined;
    if (target === undefined || !isValidRef(target))
      return yield* fatal(sh, `${p.name}: invalid indirect expansion`, 1);
    v = yield* lookup(sh, refPart(target), api);
  }
  const op = p.op;
  if (op === '' || op === 'len') {
    if (v === undefined && sh.opt('nounset') && !(p.name === '@' || p.name === '*')) {
      return yield* fatal(sh, `${displayName(p)}: unbound variable`);
    }
    if (op === '') return { v };
    if (v !== undefined && typeof v !== 'string') return { v: String(v.list.length) };
    return { v: String([...(v ?? '')].length) };
  }
  const colon = op[0] === ':' && op.length === 2;
  const missing = colon ? isNull(v) : v === undefined;
  switch (colon ? op[1] : op) {
    case '-':
      return missing ? { word: p.arg ?? EMPTY } : { v };
    case '+':
      return missing ? { v: '' } : { word: p.arg ?? EMPTY };
    case '=': {
      if (!missing) return { v };
      const val = yield* api.str(sh, p.arg ?? EMPTY);
      if (!isName(p.name)) return yield* fatal(sh, `${displayName(p)}: cannot assign in this way`, 1);
      sh.vars.set(p.name, val);
      return { v: val };
    }
    case '?': {
      if (!missing) return { v };
      const msg =
        p.arg && p.arg.text !== ''
          ? yield* api.str(sh, p.arg)
          : colon
            ? 'parameter null or not set'
            : 'parameter not set';
      return yield* fatal(sh, `${displayName(p)}: ${msg}`);
    }
  }
  if (v === undefined && sh.opt('nounset')) return yield* fatal(sh, `${displayName(p)}: unbound variable`);
  return { v: yield* transform(sh, p, v, api) };
}

const EMPTY: Word = { parts: [], text: '' };

function* transform(sh: Shell, p: ParamPart, v: PValue, api: ExpandApi): Gen<PValue> {
  const op = p.op;
  if (op === '#' || op === '##' || op === '%' || op === '%%') {
    const pat = yield* api.pattern(sh, p.arg ?? EMPTY);
    return mapValue(v, (s) => removePattern(s, pat, op));
  }
  if (op[0] === '/') {
    const pat = yield* api.pattern(sh, p.arg ?? EMPTY);
    const rep = p.arg2 ? yield* api.str(sh, p.arg2) : '';
    if (pat === '' && op !== '/#' && op !== '/%') return v;
    return mapValue(v, (s) => replacePattern(s, pat, rep, op));
  }
  if (op === '^' || op === '^^' || op === ',' || op === ',,') {
    const up = op[0] === '^';
    const all = op.length === 2;
    return mapValue(v, (s) => {
      const head = up ? s.slice(0, 1).toUpperCase() : s.slice(0, 1).toLowerCase();
      if (!all) return head + s.slice(1);
      return up ? s.toUpperCase() : s.toLowerCase();
    });
  }
  if (op === ':') return yield* substring(sh, p, v, api);
  return v;
}

function* substring(sh: Shell, p: ParamPart, v: PValue, api: ExpandApi): Gen<PValue> {
  const off = Number(api.arith(sh, yield* api.str(sh, p.arg ?? EMPTY)));
  const lenText = p.arg2 ? yield* api.str(sh, p.arg2) : undefined;
  const len = lenText === undefined ? undefined : Number(api.arith(sh, lenText));
  if (v === undefined) return v;
  if (typeof v === 'string') {
    const chars = [...v];
    let start = off < 0 ? chars.length + off : off;
    if (start < 0 || start > chars.length) return '';
    start = Math.min(start, chars.length);
    let end = chars.length;
    if (len !== undefined) {
      end = len < 0 ? chars.length + len : start + len;
      if (end < start) {
        if (len < 0) return yield* fatal(sh, `${lenText}: substring expression < 0`, 1);
        end = start;
      }
    }
    return chars.slice(start, end).join('');
  }
  const isParams = p.name === '@' || p.name === '*';
  const list = isParams ? [sh.arg0, ...v.list] : v.list;
  let start = off < 0 ? list.length + off : off;
  if (start < 0) return { list: [], star: v.star };
  if (isParams && off === 0) start = 0;
  const end = len === undefined ? list.length : start + Math.max(0, len);
  return { list: list.slice(start, end), star: v.star };
}
