// Extended attribute values as attr 2.5's getfattr prints them and setfattr parses them: text in
// double quotes with \" \\ and \ooo escapes when "well enough printable" (at most 1 byte in 8 not
// printable), otherwise base64 (0s...), or hex (0x...) on request.

import { encode } from '../../lib/utf8';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const printable = (b: number): boolean => b >= 0x20 && b < 0x7f;

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const [a = 0, b = 0, c = 0] = [bytes[i], bytes[i + 1], bytes[i + 2]];
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]!;
    out += i + 1 < bytes.length ? B64[(n >> 6) & 63]! : '=';
    out += i + 2 < bytes.length ? B64[n & 63]! : '=';
  }
  return out;
}

export function fromBase64(text: string): Uint8Array | null {
  const clean = text.replace(/=+$/, '');
  if (/[^A-Za-z0-9+/]/.test(clean)) return null;
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const ch of clean) {
    acc = (acc << 6) | B64.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  return Uint8Array.from(out);
}

function wellEnoughPrintable(v: Uint8Array): boolean {
  let nonpr = 0;
  for (const b of v) if (!printable(b)) nonpr++;
  return v.length >= nonpr * 8;
}

/** getfattr's rendering of a value; `encoding` is -e (text, hex, base64) or undefined for auto. */
export function encodeValue(v: Uint8Array, encoding?: string): string {
  const enc = encoding ?? (wellEnoughPrintable(v) ? 'text' : 'base64');
  if (enc === 'hex') return '0x' + [...v].map((b) => b.toString(16).padStart(2, '0')).join('');
  if (enc === 'base64') return '0s' + toBase64(v);
  let s = '"';
  const end = v.length > 0 && v[v.length - 1] === 0 ? v.length - 1 : v.length;
  for (let i = 0; i < end; i++) {
    const b = v[i]!;
    if (b === 0x22 || b === 0x5c) s += '\\' + String.fromCharCode(b);
    else if (printable(b)) s += String.fromCharCode(b);
    else s += '\\' + b.toString(8).padStart(3, '0');
  }
  return s + '"';
}

/** setfattr's -v parsing: 0x hex, 0s base64, "quoted" text with escapes, or plain text. */
export function decodeValue(text: string): Uint8Array | null {
  if (/^0[xX]/.test(text)) {
    const hex = text.slice(2);
    if (hex.length % 2 !== 0 || /[^0-9a-fA-F]/.test(hex)) return null;
    return Uint8Array.from(hex.match(/../g) ?? [], (h) => parseInt(h, 16));
  }
  if (/^0[sS]/.test(text)) return fromBase64(text.slice(2));
  let body = text;
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) body = text.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && i + 1 < body.length) {
      const oct = /^[0-7]{3}/.exec(body.slice(i + 1));
      if (oct) {
        bytes.push(parseInt(oct[0], 8));
        i += 3;
      } else bytes.push(body.charCodeAt(++i));
      continue;
    }
    bytes.push(...encode(ch));
  }
  return Uint8Array.from(bytes);
}
