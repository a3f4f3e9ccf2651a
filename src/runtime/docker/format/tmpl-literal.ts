// Constants in templates: Go number syntax (parse.newNumber: ints in any base with _, floats,
// character constants) and Go string literal unquoting (strconv.Unquote).

import { goQuote } from '../../build/go-fmt';

const SIMPLE: Record<string, string> = {
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
};

/** strconv.Unquote of a "…", `…` or '…' literal; null when invalid. */
export function unquote(lit: string): string | null {
  if (lit.startsWith('`'))
    return lit.endsWith('`') && lit.length >= 2 ? lit.slice(1, -1).replace(/\r/g, '') : null;
  const q = lit[0];
  if ((q !== '"' && q !== "'") || !lit.endsWith(q) || lit.length < 2) return null;
  const body = lit.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length;) {
    const c = body[i] ?? '';
    if (c !== '\\') {
      if (c === q) return null;
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1] ?? '';
    const simple = SIMPLE[e];
    if (simple !== undefined) {
      if ((e === "'" && q === '"') || (e === '"' && q === "'")) return null;
      out += simple;
      i += 2;
      continue;
    }
    const len = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : /[0-7]/.test(e) ? 3 : 0;
    const digits = e >= '0' && e <= '7' ? body.slice(i + 1, i + 4) : body.slice(i + 2, i + 2 + len);
    const ok =
      len > 0 && digits.length === len && (/[0-7]/.test(e) ? /^[0-7]{3}$/ : /^[0-9a-fA-F]+$/).test(digits);
    if (!ok) return null;
    const cp = parseInt(digits, /[0-7]/.test(e) ? 8 : 16);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp < 0xe000 && len >= 4)) return null;
    // \x and octal escapes are bytes; as JS strings hold text, bytes above 0x7f become U+FFFD.
    out += (e === 'x' || /[0-7]/.test(e)) && cp > 0x7f ? '\ufffd' : String.fromCodePoint(cp);
    i += /[0-7]/.test(e) ? 4 : 2 + len;
  }
  if (q === "'" && [...out].length !== 1) return null;
  return out;
}

export interface NumberValue {
  readonly value: number;
  readonly isInt: boolean;
  readonly isFloat: boolean;
}

function parseGoInt(text: string): bigint | null {
  const t = text.replace(/_/g, '');
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(t);
  if (!m) return null;
  const [, sign, digits = ''] = m;
  let n: bigint;
  if (/^0[oO]/.test(digits)) n = BigInt('0o' + digits.slice(2));
  else if (/^0[0-7]+$/.test(digits)) n = BigInt('0o' + digits.slice(1));
  else n = BigInt(digits);
  return sign === '-' ? -n : n;
}

/** parse.newNumber: an int when the text is integral (and fits int64), a float when it has . e or p. */
export function newNumber(text: string, isChar: boolean): NumberValue | { error: string } {
  if (isChar) {
    const s = unquote(text);
    if (s === null) return { error: 'invalid syntax' };
    return { value: s.codePointAt(0) ?? 0, isInt: true, isFloat: false };
  }
  if (/i$/.test(text)) return { error: `illegal number syntax: ${goQuote(text)}` };
  const asInt = parseGoInt(text);
  const floatLike = /[.eEpP]/.test(text) && !/^[+-]?0[xX][^.pP]*$/.test(text);
  if (asInt !== null) {
    if (asInt > 2n ** 63n - 1n || asInt < -(2n ** 63n)) {
      return asInt <= 2n ** 64n - 1n && asInt >= 0n
        ? { error: `${text} overflows int` }
        : { error: `integer overflow: ${goQuote(text)}` };
    }
    return { value: Number(asInt), isInt: true, isFloat: false };
  }
  const f = Number(text.replace(/_/g, ''));
  if (!floatLike || Number.isNaN(f)) return { error: `illegal number syntax: ${goQuote(text)}` };
  return { value: f, isInt: Number.isInteger(f) && Math.abs(f) < 2 ** 63, isFloat: true };
}
