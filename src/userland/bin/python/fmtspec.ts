// The format-spec mini-language (format(), str.format, f-strings) applied to ints, floats and
// strings: fill/align, sign, #, 0, width, grouping, precision and the type letter.

import { pyErr } from './exceptions';
import { floatRepr } from './reprs';

export interface Spec {
  fill: string;
  align: string;
  sign: string;
  alt: boolean;
  zero: boolean;
  width: number;
  group: string;
  prec: number;
  type: string;
}

export function parseSpec(s: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([bcdeEfFgGnosxX%])?$/su.exec(s);
  if (m === null) throw pyErr('ValueError', 'Invalid format specifier');
  return {
    fill: m[1] ?? (m[6] !== undefined && m[2] === undefined ? '0' : ' '),
    align: m[2] ?? (m[6] !== undefined ? '=' : ''),
    sign: m[3] ?? '-',
    alt: m[5] !== undefined,
    zero: m[6] !== undefined,
    width: m[7] === undefined ? 0 : Number(m[7]),
    group: m[8] ?? '',
    prec: m[9] === undefined ? -1 : Number(m[9]),
    type: m[10] ?? '',
  };
}

function pad(body: string, sign: string, spec: Spec, defAlign: string): string {
  const align = spec.align === '' ? defAlign : spec.align;
  const len = [...body].length + sign.length;
  const n = Math.max(0, spec.width - len);
  const fill = spec.fill.repeat(n);
  switch (align) {
    case '<':
      return sign + body + fill;
    case '^':
      return spec.fill.repeat(Math.floor(n / 2)) + sign + body + spec.fill.repeat(n - Math.floor(n / 2));
    case '=':
      return sign + fill + body;
    default:
      return fill + sign + body;
  }
}

function group(intPart: string, sep: string, every = 3): string {
  if (sep === '') return intPart;
  let out = '';
  for (let i = 0; i < intPart.length; i++) {
    if (i > 0 && (intPart.length - i) % every === 0) out += sep;
    out += intPart[i];
  }
  return out;
}

function signOf(neg: boolean, spec: Spec): string {
  return neg ? '-' : spec.sign === '+' ? '+' : spec.sign === ' ' ? ' ' : '';
}

export function formatStr(s: string, spec: Spec): string {
  if (spec.type !== '' && spec.type !== 's')
    throw pyErr('ValueError', `Unknown format code '${spec.type}' for object of type 'str'`);
  if (spec.sign !== '-') throw pyErr('ValueError', 'Sign not allowed in string format specifier');
  if (spec.align === '=') throw pyErr('ValueError', "'=' alignment not allowed in string format specifier");
  const body = spec.prec >= 0 ? [...s].slice(0, spec.prec).join('') : s;
  return pad(body, '', spec, '<');
}

export function formatInt(v: bigint, spec: Spec): string {
  const t = spec.type;
  if ('eEfFgG%'.includes(t) && t !== '') return formatFloat(Number(v), spec);
  if (spec.prec >= 0) throw pyErr('ValueError', 'Precision not allowed in integer format specifier');
  const neg = v < 0n;
  const a = neg ? -v : v;
  let body: string;
  let prefix = '';
  switch (t) {
    case 'b':
      body = a.toString(2);
      prefix = '0b';
      break;
    case 'o':
      body = a.toString(8);
      prefix = '0o';
      break;
    case 'x':
    case 'X':
      body = a.toString(16);
      prefix = '0x';
      if (t === 'X') {
        body = body.toUpperCase();
        prefix = '0X';
      }
      break;
    case 'c':
      return pad(String.fromCodePoint(Number(v)), '', spec, '<');
    case '':
    case 'd':
    case 'n':
      body = group(a.toString(), spec.group);
      break;
    default:
      throw pyErr('ValueError', `Unknown format code '${t}' for object of type 'int'`);
  }
  if (t !== '' && t !== 'd' && t !== 'n' && spec.group !== '') body = group(body, spec.group, 4);
  const sign = signOf(neg, spec) + (spec.alt ? prefix : '');
  if (spec.align === '=' && spec.fill === '0' && spec.group !== '') body = zeroGroup(body, spec, sign.length);
  return pad(body, sign, spec, '>');
}

function zeroGroup(body: string, spec: Spec, signLen: number): string {
  const digits = body.replace(/[,_]/g, '');
  let out = group(digits, spec.group);
  let d = digits;
  while (out.length + signLen < spec.width) {
    d = '0' + d;
    out = group(d, spec.group);
  }
  return out;
}

/** x.toFixed(prec), but exact ties round half to even as CPython does (2.25 → "2.2"). */
export function toFixedEven(x: number, prec: number): string {
  const s = x.toFixed(prec);
  const long = x.toFixed(Math.min(100, prec + 25));
  const cut = long.indexOf('.') + (prec === 0 ? 0 : prec + 1);
  const rest = long.slice(prec === 0 ? cut + 1 : cut);
  if (!/^50*$/.test(rest)) return s;
  const kept = long.slice(0, cut);
  const last = Number(kept.replace('.', '').slice(-1));
  return last % 2 === 0 ? kept.replace(/\.$/, '') : s;
}

function fixed(x: number, prec: number): string {
  if (Math.abs(x) < 1e21) return toFixedEven(x, prec);
  const int = BigInt(Math.trunc(x)).toString();
  return prec > 0 ? `${int}.${'0'.repeat(prec)}` : int;
}

function expo(x: number, prec: number, upper: boolean): string {
  const s = x.toExponential(prec);
  const [m, e] = s.split('e') as [string, string];
  const n = Number(e);
  const out = `${m}e${n < 0 ? '-' : '+'}${String(Math.abs(n)).padStart(2, '0')}`;
  return upper ? out.toUpperCase() : out;
}

function general(x: number, prec: number, alt: boolean, upper: boolean): string {
  const p = prec === 0 ? 1 : prec;
  if (x === 0) return alt ? '0.' + '0'.repeat(p - 1) : '0';
  const e = Number(x.toExponential(p - 1).split('e')[1]);
  let s: string;
  if (e >= -4 && e < p) s = fixed(x, p - 1 - e);
  else s = expo(x, p - 1, upper);
  if (!alt) s = s.replace(/\.?0+(?=e|E|$)/, (m) => (m.startsWith('.') || /\./.test(s) ? '' : m));
  return s;
}

export function formatFloat(x: number, spec: Spec): string {
  const t = spec.type;
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let body: string;
  if (!Number.isFinite(a)) {
    body = Number.isNaN(a) ? 'nan' : 'inf';
    if (t === 'E' || t === 'F' || t === 'G') body = body.toUpperCase();
    const sp = { ...spec, fill: spec.zero && spec.align === '=' ? ' ' : spec.fill };
    return pad(body, signOf(neg && !Number.isNaN(x), spec), sp, '>');
  }
  const prec = spec.prec < 0 ? 6 : spec.prec;
  switch (t) {
    case 'f':
    case 'F':
      body = fixed(a, prec);
      break;
    case 'e':
    case 'E':
      body = expo(a, prec, t === 'E');
      break;
    case 'g':
    case 'G':
      body = general(a, prec, spec.alt, t === 'G');
      break;
    case '%':
      body = fixed(a * 100, prec) + '%';
      break;
    case '':
      body = spec.prec < 0 ? floatRepr(a) : general(a, prec, spec.alt, false);
      if (spec.prec >= 0 && /^\d+$/.test(body)) body += '.0';
      break;
    case 'n':
      body = general(a, prec, spec.alt, false);
      break;
    default:
      throw pyErr('ValueError', `Unknown format code '${t}' for object of type 'float'`);
  }
  if (spec.group !== '') {
    const [i, f] = body.split(/(?=[.e%])/, 2) as [string, string | undefined];
    body = group(i, spec.group) + (body.slice(i.length) === '' ? '' : body.slice(i.length));
    void f;
  }
  if (spec.alt && !body.includes('.') && 'fFeE'.includes(t) && t !== '')
    body = body.replace(/(?=e|E|%|$)/, '.');
  return pad(body, signOf(neg, spec), spec, '>');
}
