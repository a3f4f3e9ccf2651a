// The functions a docker template can call: Go's builtins (and or not len index print printf
// println eq ne lt le gt ge) and docker/cli's templates.basicFunctions (json split join title
// lower upper pad truncate), plus the HeaderFunctions variant used to render table headers.
// Simplification: Go's html, js, urlquery, slice and call are not provided.

import { sprint, sprintln } from './gofmt';
import { templateJson } from './json';
import { goSprintf } from './printf';
import { GoFloat, goTypeName, isMap, isSlice, isTrue } from './value';
import type { GoParam, TemplateValue } from './value';
import { decode, encode } from '../../../lib/utf8';

/** Thrown by a function to become "error calling <name>: <message>". */
export class FuncError extends Error {}

export interface FuncDef {
  readonly params: readonly GoParam[];
  readonly variadic?: GoParam;
  readonly call: (args: TemplateValue[]) => TemplateValue;
}

export type FuncMap = ReadonlyMap<string, FuncDef>;

const str = (v: TemplateValue): string => (typeof v === 'string' ? v : '');
const int = (v: TemplateValue): number => (typeof v === 'number' ? v : 0);
const utf8Len = (s: string): number => encode(s).length;

type Kind = 'bool' | 'int' | 'float' | 'string' | 'nil' | 'other';

function kindOf(v: TemplateValue): Kind {
  if (v === undefined || v === null) return 'nil';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'float';
  if (v instanceof GoFloat) return 'float';
  return 'other';
}

const num = (v: TemplateValue): number | string =>
  v instanceof GoFloat ? v.value : typeof v === 'number' || typeof v === 'string' ? v : 0;

function eq(args: TemplateValue[]): boolean {
  const [a, ...rest] = args;
  if (rest.length === 0) throw new FuncError('missing argument for comparison');
  const ka = kindOf(a);
  for (const b of rest) {
    const kb = kindOf(b);
    if (ka !== kb) {
      if (ka !== 'nil' && kb !== 'nil') throw new FuncError('incompatible types for comparison');
      continue;
    }
    if (ka === 'other') throw new FuncError(`non-comparable type ${goTypeName(b)}`);
    if (ka === 'nil' || num(a) === num(b) || a === b) return true;
  }
  return false;
}

function less(a: TemplateValue, b: TemplateValue): boolean {
  const ka = kindOf(a);
  const kb = kindOf(b);
  if (ka === 'nil' || ka === 'other' || kb === 'nil' || kb === 'other' || ka === 'bool' || kb === 'bool')
    throw new FuncError('invalid type for comparison');
  if (ka !== kb) throw new FuncError('incompatible types for comparison');
  return num(a) < num(b);
}

function length(v: TemplateValue): number {
  if (v === undefined) throw new FuncError('reflect: call of reflect.Value.Type on zero Value');
  if (v === null) throw new FuncError('len of nil pointer');
  if (typeof v === 'string') return utf8Len(v);
  if (isSlice(v)) return v.length;
  if (isMap(v)) return v.size;
  throw new FuncError(`len of type ${goTypeName(v)}`);
}

function indexOne(item: TemplateValue, ix: TemplateValue): TemplateValue {
  if (item === null) throw new FuncError('index of nil pointer');
  if (isSlice(item) || typeof item === 'string') {
    if (ix === null || ix === undefined) throw new FuncError('cannot index slice/array with nil');
    if (typeof ix !== 'number' || !Number.isInteger(ix))
      throw new FuncError(`cannot index slice/array with type ${goTypeName(ix)}`);
    const bytes = typeof item === 'string' ? encode(item) : null;
    const len = bytes ? bytes.length : (item as readonly TemplateValue[]).length;
    if (ix < 0 || ix > len) throw new FuncError(`index out of range: ${ix}`);
    if (ix === len) throw new FuncError(`reflect: ${bytes ? 'string' : 'slice'} index out of range`);
    return bytes ? (bytes[ix] ?? 0) : (item as readonly TemplateValue[])[ix];
  }
  if (isMap(item)) {
    if (typeof ix !== 'string') throw new FuncError(`value has type ${goTypeName(ix)}; should be string`);
    if (item.has(ix)) return item.get(ix);
    return goTypeName(item) === 'map[string]string' ? '' : undefined;
  }
  throw new FuncError(`can't index item of type ${goTypeName(item)}`);
}

function index([item, ...ixs]: TemplateValue[]): TemplateValue {
  if (item === undefined) throw new FuncError('index of untyped nil');
  let v: TemplateValue = item;
  for (const ix of ixs) v = indexOne(v, ix);
  return v;
}

function isSeparator(c: string): boolean {
  if ((c.codePointAt(0) ?? 0) <= 0x7f) return !/[0-9A-Za-z_]/.test(c);
  if (/[\p{L}\p{Nd}]/u.test(c)) return false;
  return /\s/u.test(c);
}

/** strings.Title: the first letter of each word upper-cased (a word follows a separator). */
export function goTitle(s: string): string {
  let prev = ' ';
  let out = '';
  for (const c of s) {
    out += isSeparator(prev) ? c.toUpperCase() : c;
    prev = c;
  }
  return out;
}

const any1 = (call: (v: TemplateValue) => TemplateValue): FuncDef => ({
  params: ['value'],
  call: (a) => call(a[0]),
});
const cmp = (f: (a: TemplateValue, b: TemplateValue) => boolean): FuncDef => ({
  params: ['value', 'value'],
  call: (a) => f(a[0], a[1]),
});

const builtins: [string, FuncDef][] = [
  ['and', { params: ['value'], variadic: 'value', call: () => undefined }],
  ['or', { params: ['value'], variadic: 'value', call: () => undefined }],
  ['not', any1((v) => !isTrue(v))],
  ['len', any1(length)],
  ['index', { params: ['value'], variadic: 'value', call: index }],
  ['print', { params: [], variadic: 'any', call: sprint }],
  ['println', { params: [], variadic: 'any', call: sprintln }],
  ['printf', { params: ['string'], variadic: 'any', call: ([f, ...a]) => goSprintf(str(f), a) }],
  ['eq', { params: ['value'], variadic: 'value', call: eq }],
  ['ne', cmp((a, b) => !eq([a, b]))],
  ['lt', cmp(less)],
  ['le', cmp((a, b) => less(a, b) || eq([a, b]))],
  ['gt', cmp((a, b) => !less(a, b) && !eq([a, b]))],
  ['ge', cmp((a, b) => !less(a, b))],
];

const s1 = (f: (s: string) => string): FuncDef => ({ params: ['string'], call: ([s]) => f(str(s)) });

/** docker/cli templates.basicFunctions. */
const dockerFuncs: [string, FuncDef][] = [
  ['json', { params: ['any'], call: ([v]) => templateJson(v) }],
  ['split', { params: ['string', 'string'], call: ([s, sep]) => goSplit(str(s), str(sep)) }],
  [
    'join',
    { params: ['[]string', 'string'], call: ([l, sep]) => (isSlice(l) ? l.map(str).join(str(sep)) : '') },
  ],
  ['title', s1(goTitle)],
  ['lower', s1((s) => s.toLowerCase())],
  ['upper', s1((s) => s.toUpperCase())],
  [
    'pad',
    {
      params: ['string', 'int', 'int'],
      call: ([s, p, q]) => (str(s) === '' ? '' : ' '.repeat(int(p)) + str(s) + ' '.repeat(int(q))),
    },
  ],
  ['truncate', { params: ['string', 'int'], call: ([s, n]) => truncateBytes(str(s), int(n)) }],
];

/** docker/cli templates.HeaderFunctions: the same names, returning the header text unchanged. */
const headerFuncs: [string, FuncDef][] = [
  ['json', s1((s) => s)],
  ['split', { params: ['string', 'string'], call: ([s]) => str(s) }],
  ['join', { params: ['string', 'string'], call: ([s]) => str(s) }],
  ['title', s1((s) => s)],
  ['lower', s1((s) => s)],
  ['upper', s1((s) => s)],
  ['truncate', { params: ['string', 'int'], call: ([s]) => str(s) }],
];

/** strings.Split. */
export function goSplit(s: string, sep: string): string[] {
  if (sep === '') return [...s];
  return s.split(sep);
}

/** truncateWithLength: the first n bytes (a cut inside a character leaves U+FFFD). */
function truncateBytes(s: string, n: number): string {
  const b = encode(s);
  if (b.length < n) return s;
  return decode(b.slice(0, Math.max(0, n)));
}

export const BASIC_FUNCS: FuncMap = new Map([...builtins, ...dockerFuncs]);
export const HEADER_FUNCS: FuncMap = new Map([...builtins, ...dockerFuncs, ...headerFuncs]);
