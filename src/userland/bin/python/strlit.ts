// String literal decoding for the python3 parser: prefixes (r, b, f, u), escape sequences, and the
// split of an f-string into literal text and {expression!conv:spec} fields.

import { SyntaxErr } from './errors';

export interface Literal {
  readonly prefix: string;
  /** The body between the quotes, undecoded. */
  readonly body: string;
}

export function splitLiteral(text: string): Literal {
  const m = /^([rRbBfFuU]*)('''|"""|'|")/.exec(text)!;
  const q = m[2]!.length;
  return { prefix: m[1]!.toLowerCase(), body: text.slice(m[0].length, text.length - q) };
}

const SIMPLE: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\n': '',
};

/** Decode backslash escapes (str: \u and \U allowed; bytes: only byte escapes). */
export function unescape(body: string, bytes: boolean, line: number, srcLine: string): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c !== '\\' || i + 1 >= body.length) {
      out += c;
      continue;
    }
    const d = body[i + 1]!;
    const simple = SIMPLE[d];
    if (simple !== undefined) {
      out += simple;
      i++;
      continue;
    }
    if (/[0-7]/.test(d)) {
      const m = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      out += String.fromCharCode(parseInt(m, 8) & (bytes ? 0xff : 0x1ff));
      i += m.length;
      continue;
    }
    const hexLen = d === 'x' ? 2 : d === 'u' && !bytes ? 4 : d === 'U' && !bytes ? 8 : 0;
    if (hexLen > 0) {
      const hex = body.slice(i + 2, i + 2 + hexLen);
      if (!new RegExp(`^[0-9a-fA-F]{${hexLen}}$`).test(hex)) {
        const what = bytes ? 'bytes' : 'unicode error';
        const msg = bytes
          ? `(value error) invalid \\x escape at position ${i}`
          : `(${what}) 'unicodeescape' codec can't decode bytes in position ${i}-${i + 1 + hex.length}: truncated \\${d}${'X'.repeat(hexLen)} escape`;
        throw new SyntaxErr(msg, line, 1, srcLine);
      }
      out += String.fromCodePoint(parseInt(hex, 16));
      i += 1 + hexLen;
      continue;
    }
    out += c;
  }
  return out;
}

export type RawField = {
  readonly expr: string;
  readonly conv: string;
  readonly spec: string | null;
  readonly debug: boolean;
};

/** Split an f-string body into literal text and raw fields; `{{`/`}}` are literal braces. */
export function splitFString(body: string, fail: (msg: string) => never): (string | RawField)[] {
  const parts: (string | RawField)[] = [];
  let lit = '';
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    if (c === '{' && body[i + 1] === '{') {
      lit += '{';
      i += 2;
      continue;
    }
    if (c === '}') {
      if (body[i + 1] === '}') {
        lit += '}';
        i += 2;
        continue;
      }
      fail("f-string: single '}' is not allowed");
    }
    if (c !== '{') {
      lit += c;
      i++;
      continue;
    }
    if (lit !== '') parts.push(lit);
    lit = '';
    const r = readField(body, i + 1, fail);
    parts.push(r.field);
    i = r.end;
  }
  if (lit !== '') parts.push(lit);
  return parts;
}

function readField(
  body: string,
  start: number,
  fail: (msg: string) => never,
): { field: RawField; end: number } {
  let depth = 0;
  let i = start;
  let quote = '';
  for (; i < body.length; i++) {
    const c = body[i]!;
    if (quote !== '') {
      if (c === quote) quote = '';
      continue;
    }
    if (c === "'" || c === '"') quote = c;
    else if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c) && depth > 0) depth--;
    else if (depth === 0 && (c === '}' || c === ':' || (c === '!' && body[i + 1] !== '='))) break;
  }
  let expr = body.slice(start, i);
  if (expr.trim() === '') fail('f-string: empty expression not allowed');
  let debug = false;
  if (/=\s*$/.test(expr) && !/[=!<>]=\s*$/.test(expr)) {
    debug = true;
  }
  let conv = '';
  if (body[i] === '!') {
    conv = body[i + 1] ?? '';
    if (!'rsa'.includes(conv) || conv === '')
      fail("f-string: invalid conversion character: expected 's', 'r', or 'a'");
    i += 2;
  }
  let spec: string | null = null;
  if (body[i] === ':') {
    let d = 0;
    const s = ++i;
    for (; i < body.length; i++) {
      if (body[i] === '{') d++;
      else if (body[i] === '}') {
        if (d === 0) break;
        d--;
      }
    }
    spec = body.slice(s, i);
  }
  if (body[i] !== '}') fail("f-string: expecting '}'");
  if (debug) expr = expr.replace(/=\s*$/, (m) => m);
  return { field: { expr, conv, spec, debug }, end: i + 1 };
}
