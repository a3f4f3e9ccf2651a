// Byte-oriented text: tools such as cat -v, tr and wc -c work on bytes, not UTF-8 characters.
// A "latin1 string" holds one char code 0–255 per byte, so string methods can process bytes.

import { bytesToLatin1, decode, encode } from '../../lib/utf8';

export const EPIPE = 32;

export { bytesToLatin1 };

export function latin1ToBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** UTF-8 text to a latin1 byte string. */
export function utf8ToLatin1(text: string): string {
  return bytesToLatin1(encode(text));
}

/** A latin1 byte string back to UTF-8 text. */
export function latin1ToUtf8(text: string): string {
  return decode(latin1ToBytes(text));
}

/** Number of UTF-8 bytes in a string. */
export function byteLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
