// Go's fmt printing of template values: %v (fmt.Fprint of a value, which text/template uses for
// {{.X}}), fmt.Sprint / Sprintln spacing, and strconv's shortest float formatting.
// Simplification: a nested pointer prints as its struct (`{…}`), not as an address (`0xc000…`).

import { GoFloat, GoStruct, isMap, isPlainStruct, isSlice, sortedKeys } from './value';
import type { TemplateValue } from './value';

function expSuffix(exp: number): string {
  const a = Math.abs(exp);
  return `e${exp < 0 ? '-' : '+'}${a < 10 ? '0' : ''}${a}`;
}

/** strconv.FormatFloat(x, 'g', -1, 64): what %v prints for a float64. */
export function formatFloatShortest(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? '+Inf' : '-Inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const sign = x < 0 ? '-' : '';
  const [mant = '0', e = '0'] = Math.abs(x).toExponential().split('e');
  const digits = mant.replace('.', '');
  const exp = Number(e);
  // Shortest formatting decides on the exponent form with precision 6, as strconv does.
  if (exp < -4 || exp >= 6) {
    return sign + digits[0] + (digits.length > 1 ? '.' + digits.slice(1) : '') + expSuffix(exp);
  }
  if (exp < 0) return sign + '0.' + '0'.repeat(-exp - 1) + digits;
  if (digits.length <= exp + 1) return sign + digits + '0'.repeat(exp + 1 - digits.length);
  return sign + digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
}

/** A Go int as decimal (JS prints 1e21 and up with an exponent; Go ints never do). */
export function formatInt(n: number): string {
  return Math.abs(n) >= 1e21 ? BigInt(n).toString() : String(n);
}

function structBody(fields: readonly TemplateValue[]): string {
  return '{' + fields.map((f) => formatV(f, true)).join(' ') + '}';
}

function mapBody(keys: readonly string[], get: (k: string) => TemplateValue): string {
  return 'map[' + keys.map((k) => `${k}:${formatV(get(k), true)}`).join(' ') + ']';
}

/** fmt's %v of a value; `nested` values print nil as `<nil>`, a top-level invalid value as `<no value>`. */
export function formatV(v: TemplateValue, nested = false): string {
  if (v === undefined) return nested ? '<nil>' : '<no value>';
  if (v === null) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isInteger(v) ? formatInt(v) : formatFloatShortest(v);
  if (v instanceof GoFloat) return formatFloatShortest(v.value);
  if (isSlice(v)) return '[' + v.map((x) => formatV(x, true)).join(' ') + ']';
  if (isMap(v)) return mapBody(sortedKeys(v), (k) => v.get(k));
  if (v instanceof GoStruct) {
    if (v.options.string) return v.options.string();
    if (v.options.mapLike) {
      const keys = Object.keys(v.fields).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      return mapBody(keys, (k) => v.fields[k]);
    }
    return structBody(Object.values(v.fields));
  }
  if (isPlainStruct(v)) return structBody(Object.values(v));
  return '';
}

function isStringOperand(v: TemplateValue): boolean {
  return typeof v === 'string';
}

/** fmt.Sprint: operands printed with %v, a space between two operands when neither is a string. */
export function sprint(args: readonly TemplateValue[]): string {
  let out = '';
  args.forEach((a, i) => {
    const prev = args[i - 1];
    if (i > 0 && !isStringOperand(a) && !isStringOperand(prev)) out += ' ';
    out += formatV(a, true);
  });
  return out;
}

/** fmt.Sprintln: operands always separated by spaces, then a newline. */
export function sprintln(args: readonly TemplateValue[]): string {
  return args.map((a) => formatV(a, true)).join(' ') + '\n';
}
