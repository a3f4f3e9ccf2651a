// Go's fmt.Sprintf for the `printf` template function: verbs %v %s %q %d %x %X %o %b %c %U %e %E
// %f %F %g %G %t %T %%, flags `-+# 0`, width and precision (also `*`), and Go's error forms
// (%!d(string=x), %!s(MISSING), %!(EXTRA int=1), %!(NOVERB)).
// Simplification: no argument indexes (%[1]d), %p, or %x of floats; %+v and %#v print as %v.

import { exponential, fixed, general } from '../../../userland/libc/fmtnum';
import { goQuote, goQuoteRune } from '../../build/go-fmt';
import { formatFloatShortest, formatInt, formatV } from './gofmt';
import { GoFloat, goTypeName, isMap, isSlice, sortedKeys } from './value';
import type { TemplateValue } from './value';
import { encode } from '../../../lib/utf8';

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width: number | null;
  prec: number | null;
  verb: string;
}

function pad(s: string, spec: Spec, numeric: boolean): string {
  const w = spec.width ?? 0;
  const len = [...s].length;
  if (len >= w) return s;
  if (spec.minus) return s + ' '.repeat(w - len);
  if (spec.zero && numeric) {
    const sign = /^[+\- ]/.test(s) ? s.slice(0, 1) : '';
    return sign + '0'.repeat(w - len) + s.slice(sign.length);
  }
  return ' '.repeat(w - len) + s;
}

function bad(verb: string, v: TemplateValue): string {
  return v === null || v === undefined
    ? `%!${verb}(<nil>)`
    : `%!${verb}(${goTypeName(v)}=${formatV(v, true)})`;
}

function signed(neg: boolean, body: string, spec: Spec): string {
  return (neg ? '-' : spec.plus ? '+' : spec.space ? ' ' : '') + body;
}

function fmtInteger(n: number, spec: Spec): string {
  const a = Math.abs(n);
  const big = BigInt(Math.trunc(a));
  switch (spec.verb) {
    case 'd':
    case 'v':
      return signed(n < 0, formatInt(a), spec);
    case 'x':
    case 'X': {
      const h = big.toString(16);
      const body = (spec.sharp ? '0x' : '') + h;
      return signed(n < 0, spec.verb === 'X' ? body.toUpperCase() : body, spec);
    }
    case 'o':
      return signed(n < 0, (spec.sharp ? '0' : '') + big.toString(8), spec);
    case 'b':
      return signed(n < 0, big.toString(2), spec);
    case 'c':
      return String.fromCodePoint(n >= 0 && n <= 0x10ffff ? n : 0xfffd);
    case 'q':
      return goQuoteRune(n);
    case 'U':
      return 'U+' + big.toString(16).toUpperCase().padStart(4, '0');
    case 'e':
    case 'E':
    case 'f':
    case 'F':
    case 'g':
    case 'G':
      return bad(spec.verb, n);
    default:
      return bad(spec.verb, n);
  }
}

function fmtFloat(x: number, spec: Spec, orig: TemplateValue): string {
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  if (!Number.isFinite(a))
    return signed(neg, Number.isNaN(a) ? 'NaN' : 'Inf', { ...spec, plus: spec.plus || !neg });
  const p = spec.prec;
  switch (spec.verb) {
    case 'v':
      return signed(neg, formatFloatShortest(a), spec);
    case 'g':
    case 'G':
      return signed(
        neg,
        p === null ? formatFloatShortest(a) : general(a, p, spec.verb === 'G', spec.sharp),
        spec,
      );
    case 'e':
    case 'E':
      return signed(neg, exponential(a, p ?? 6, spec.verb === 'E', spec.sharp), spec);
    case 'f':
    case 'F':
      return signed(neg, fixed(a, p ?? 6), spec);
    default:
      return bad(spec.verb, orig);
  }
}

function fmtString(s: string, spec: Spec): string {
  const cut = spec.prec === null ? s : [...s].slice(0, spec.prec).join('');
  switch (spec.verb) {
    case 's':
    case 'v':
      return cut;
    case 'q':
      return goQuote(cut);
    case 'x':
    case 'X': {
      const hex = [...encode(cut)].map((b) => b.toString(16).padStart(2, '0')).join('');
      return spec.verb === 'X' ? hex.toUpperCase() : hex;
    }
    default:
      return bad(spec.verb, s);
  }
}

/** One operand under one verb (composite values apply the verb to their elements, as Go does). */
function fmtArg(v: TemplateValue, spec: Spec): string {
  if (spec.verb === 'T') return goTypeName(v);
  if (v === null || v === undefined) return spec.verb === 'v' ? '<nil>' : bad(spec.verb, v);
  if (typeof v === 'string') return fmtString(v, spec);
  if (typeof v === 'boolean') return spec.verb === 't' || spec.verb === 'v' ? String(v) : bad(spec.verb, v);
  if (typeof v === 'number' && Number.isInteger(v)) return fmtInteger(v, spec);
  if (typeof v === 'number' || v instanceof GoFloat)
    return fmtFloat(typeof v === 'number' ? v : v.value, spec, v);
  const inner = { ...spec, width: null };
  if (isSlice(v)) return '[' + v.map((x) => fmtArg(x, inner)).join(' ') + ']';
  if (isMap(v))
    return (
      'map[' +
      sortedKeys(v)
        .map((k) => `${k}:${fmtArg(v.get(k), inner)}`)
        .join(' ') +
      ']'
    );
  return spec.verb === 'v' || spec.verb === 's' ? formatV(v, true) : bad(spec.verb, v);
}

const numericVerbs = new Set(['d', 'x', 'X', 'o', 'b', 'e', 'E', 'f', 'F', 'g', 'G']);

/** fmt.Sprintf. */
export function goSprintf(format: string, args: readonly TemplateValue[]): string {
  let out = '';
  let argi = 0;
  let i = 0;
  const takeInt = (): number | null => {
    const a = args[argi++];
    return typeof a === 'number' && Number.isInteger(a) ? a : null;
  };
  while (i < format.length) {
    const pc = format.indexOf('%', i);
    if (pc < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pc);
    i = pc + 1;
    const spec: Spec = {
      minus: false,
      plus: false,
      sharp: false,
      space: false,
      zero: false,
      width: null,
      prec: null,
      verb: '',
    };
    for (; i < format.length; i++) {
      const c = format[i];
      if (c === '-') spec.minus = true;
      else if (c === '+') spec.plus = true;
      else if (c === '#') spec.sharp = true;
      else if (c === ' ') spec.space = true;
      else if (c === '0') spec.zero = !spec.minus;
      else break;
    }
    if (format[i] === '*') {
      spec.width = takeInt();
      i++;
    } else {
      const m = /^\d+/.exec(format.slice(i));
      if (m) {
        spec.width = Number(m[0]);
        i += m[0].length;
      }
    }
    if (format[i] === '.') {
      i++;
      if (format[i] === '*') {
        spec.prec = takeInt();
        i++;
      } else {
        const m = /^\d*/.exec(format.slice(i));
        spec.prec = Number(m?.[0] || '0');
        i += m?.[0].length ?? 0;
      }
    }
    if (i >= format.length) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = [...format.slice(i)][0] ?? '';
    i += verb.length;
    spec.verb = verb;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    const v = args[argi++] ?? null;
    out += pad(
      fmtArg(v, spec),
      spec,
      numericVerbs.has(verb) && (typeof v === 'number' || v instanceof GoFloat),
    );
  }
  if (argi < args.length) {
    const extra = args
      .slice(argi)
      .map((a) => (a === null || a === undefined ? '<nil>' : `${goTypeName(a)}=${formatV(a, true)}`));
    out += `%!(EXTRA ${extra.join(', ')})`;
  }
  return out;
}
