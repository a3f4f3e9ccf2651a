// The printf(1) format engine, shared by /usr/bin/printf and the shell's printf builtin: escapes,
// %d %i %o %u %x %X %f %F %e %E %g %G %a %A %c %s %b %q %%, flags, width and precision (also `*`),
// format reuse until the arguments run out, and GNU's numeric argument rules ('c is a character
// code, 0x/0 prefixes, "value not completely converted"). The two dialects differ only in how
// errors are worded and how %q quotes.
// Simplification: %a is computed on doubles (coreutils uses long double, so leading digits differ).

import { exponential, fixed, general, hexFloat } from './fmtnum';
import { parseFloatArg, parseIntArg } from './numarg';
import { shellEscape } from './quote';
import { bashQuote } from './bashquote';
import { latin1ToUtf8, utf8ToLatin1 } from './bytes';

export type PrintfDialect = 'coreutils' | 'bash';

export interface PrintfOutcome {
  /** The output bytes as a latin1 string (one char per byte): escapes like \303\251 make bytes. */
  readonly output: string;
  /** The output decoded as UTF-8. */
  readonly text: string;
  /** Diagnostics without the program prefix, e.g. "‘abc’: expected a numeric value". */
  readonly errors: string[];
  readonly status: number;
}

interface State {
  out: string[];
  errors: string[];
  status: number;
  args: readonly string[];
  next: number;
  stop: boolean;
  dialect: PrintfDialect;
}

const SIMPLE: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  '"': '"',
};

/**
 * Decode one backslash escape at text[i] === '\\'. `percentB` selects %b rules (\0NNN).
 * Returns the produced text (null for \c) and the index after the escape.
 */
export function decodeEscape(text: string, i: number, percentB: boolean): [string | null, number] {
  const c = text[i + 1];
  if (c === undefined) return ['\\', i + 1];
  if (c === 'c') return [null, i + 2];
  if (c in SIMPLE && (c !== '"' || !percentB)) return [SIMPLE[c]!, i + 2];
  if (c === "'" && percentB) return ["'", i + 2];
  if (/[0-7]/.test(c)) {
    const start = percentB && c === '0' ? i + 2 : i + 1;
    const m = /^[0-7]{1,3}/.exec(text.slice(start)) ?? [''];
    const code = m[0] === '' ? 0 : parseInt(m[0], 8) & 0xff;
    return [String.fromCharCode(code), start + m[0].length];
  }
  if (c === 'x') {
    const m = /^[0-9a-fA-F]{1,2}/.exec(text.slice(i + 2));
    if (m) return [String.fromCharCode(parseInt(m[0], 16)), i + 2 + m[0].length];
    return ['\\x', i + 2];
  }
  if (c === 'u' || c === 'U') {
    const m = new RegExp(`^[0-9a-fA-F]{1,${c === 'u' ? 4 : 8}}`).exec(text.slice(i + 2));
    if (m) return [utf8ToLatin1(String.fromCodePoint(parseInt(m[0], 16))), i + 2 + m[0].length];
  }
  return ['\\' + c, i + 2];
}

/** Expand backslash escapes as %b does; `stop` is true if \c was seen. */
export function expandEscapes(text: string, percentB = true): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < text.length;) {
    if (text[i] !== '\\') {
      out += text[i];
      i++;
      continue;
    }
    const [s, j] = decodeEscape(text, i, percentB);
    if (s === null) return { text: out, stop: true };
    out += s;
    i = j;
  }
  return { text: out, stop: false };
}

interface Spec {
  flags: string;
  width: number | undefined;
  prec: number | undefined;
  conv: string;
}

function pad(s: string, spec: Spec, numeric: boolean): string {
  const w = spec.width ?? 0;
  if (s.length >= w) return s;
  if (spec.flags.includes('-')) return s.padEnd(w);
  if (numeric && spec.flags.includes('0')) {
    const m = /^([+\- ]?(?:0[xX])?)(.*)$/.exec(s) ?? ['', '', s];
    return m[1]! + m[2]!.padStart(w - m[1]!.length, '0');
  }
  return s.padStart(w);
}

function signed(neg: boolean, body: string, flags: string): string {
  if (neg) return '-' + body;
  if (flags.includes('+')) return '+' + body;
  if (flags.includes(' ')) return ' ' + body;
  return body;
}

function formatInt(st: State, spec: Spec, arg: string): string {
  let v = parseIntArg(arg, st);
  const c = spec.conv;
  if (c !== 'd' && c !== 'i' && v < 0n) v += 1n << 64n;
  const neg = v < 0n;
  const abs = neg ? -v : v;
  let body = abs.toString(c === 'o' ? 8 : c === 'x' || c === 'X' ? 16 : 10);
  if (c === 'X') body = body.toUpperCase();
  if (spec.prec !== undefined) body = spec.prec === 0 && abs === 0n ? '' : body.padStart(spec.prec, '0');
  if (spec.flags.includes('#') && abs !== 0n) {
    if (c === 'o' && !body.startsWith('0')) body = '0' + body;
    if (c === 'x') body = '0x' + body;
    if (c === 'X') body = '0X' + body;
  }
  const s = c === 'd' || c === 'i' ? signed(neg, body, spec.flags) : body;
  const zeroOk = spec.prec === undefined;
  return pad(s, zeroOk ? spec : { ...spec, flags: spec.flags.replace('0', '') }, true);
}

function formatFloat(st: State, spec: Spec, arg: string): string {
  const x = parseFloatArg(arg, st);
  const c = spec.conv;
  const upper = c === c.toUpperCase();
  const alt = spec.flags.includes('#');
  const neg = x < 0 || Object.is(x, -0);
  let body: string;
  if (!Number.isFinite(x)) {
    body = Number.isNaN(x) ? 'nan' : 'inf';
    if (upper) body = body.toUpperCase();
    return pad(
      signed(neg && !Number.isNaN(x), body, spec.flags),
      { ...spec, flags: spec.flags.replace('0', '') },
      true,
    );
  }
  const p = spec.prec ?? 6;
  const lc = c.toLowerCase();
  if (lc === 'f') body = fixed(x, p) + (alt && p === 0 ? '.' : '');
  else if (lc === 'e') body = exponential(x, p, upper, alt);
  else if (lc === 'g') body = general(x, p, upper, alt);
  else body = hexFloat(Math.abs(x), upper);
  return pad(signed(neg, body, spec.flags), spec, true);
}

function takeArg(st: State): string | undefined {
  return st.next < st.args.length ? st.args[st.next++] : undefined;
}

function convert(st: State, spec: Spec): string {
  const c = spec.conv;
  const arg = takeArg(st);
  if ('diouxX'.includes(c)) return formatInt(st, spec, arg ?? '0');
  if ('fFeEgGaA'.includes(c)) return formatFloat(st, spec, arg ?? '0');
  let s = arg ?? '';
  if (c === 'c') s = s.slice(0, 1);
  else if (c === 'b') {
    const r = expandEscapes(s);
    s = r.text;
    if (r.stop) st.stop = true;
  } else if (c === 'q')
    s = utf8ToLatin1(st.dialect === 'bash' ? bashQuote(latin1ToUtf8(s)) : shellEscape(latin1ToUtf8(s)));
  if (spec.prec !== undefined && c !== 'c') s = s.slice(0, spec.prec);
  return pad(s, spec, false);
}

const SPEC_RE = /^%([-+ #0']*)(\*|\d+)?(?:\.(\*|\d*))?([a-zA-Z%]?)/;

function starValue(st: State, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (text !== '*') return text === '' ? 0 : parseInt(text, 10);
  return Number(parseIntArg(takeArg(st) ?? '0', st));
}

/** Handle the directive at format[i] === '%'. Returns the next index, or -1 on a fatal error. */
function directive(st: State, format: string, i: number): number {
  const m = SPEC_RE.exec(format.slice(i));
  const conv = m?.[4] ?? '';
  if (!m || !'diouxXfFeEgGaAcsbq%'.includes(conv) || conv === '') {
    const shown = latin1ToUtf8(format.slice(i, i + (m ? m[0].length : 1)));
    st.errors.push(
      st.dialect === 'bash'
        ? `\`${shown}': missing format character`
        : `${shown}: invalid conversion specification`,
    );
    st.status = 1;
    return -1;
  }
  if (conv === '%') {
    if (m[0] !== '%%' && st.dialect === 'coreutils') {
      st.errors.push(`${latin1ToUtf8(m[0])}: invalid conversion specification`);
      st.status = 1;
      return -1;
    }
    st.out.push('%');
    return i + m[0].length;
  }
  let width = starValue(st, m[2]);
  let flags = m[1]!;
  if (width !== undefined && width < 0) {
    flags += '-';
    width = -width;
  }
  let prec = starValue(st, m[3]);
  if (prec !== undefined && prec < 0) prec = undefined;
  st.out.push(convert(st, { flags, width, prec, conv }));
  return i + m[0].length;
}

/** One pass over the format. Returns false on a fatal error. */
function pass(st: State, format: string): boolean {
  let i = 0;
  while (i < format.length && !st.stop) {
    const ch = format[i]!;
    if (ch === '\\') {
      const [s, j] = decodeEscape(format, i, false);
      if (s === null) {
        st.stop = true;
        break;
      }
      st.out.push(s);
      i = j;
    } else if (ch === '%') {
      i = directive(st, format, i);
      if (i < 0) return false;
    } else {
      const j = format.slice(i).search(/[\\%]/);
      const end = j < 0 ? format.length : i + j;
      st.out.push(format.slice(i, end));
      i = end;
    }
  }
  return true;
}

/** Run printf(format, args...) on UTF-8 text; the engine itself works on bytes, like C. */
export function printfFormat(
  format: string,
  args: readonly string[],
  dialect: PrintfDialect = 'coreutils',
): PrintfOutcome {
  const bargs = args.map(utf8ToLatin1);
  const bformat = utf8ToLatin1(format);
  const st: State = { out: [], errors: [], status: 0, args: bargs, next: 0, stop: false, dialect };
  for (;;) {
    const before = st.next;
    if (!pass(st, bformat) || st.stop) break;
    if (st.next >= args.length || st.next === before) break;
  }
  const output = st.out.join('');
  return { output, text: latin1ToUtf8(output), errors: st.errors, status: st.status };
}
