// str.encode / bytes.decode for the encodings scripts use: utf-8, ascii, latin-1.

import { decode, encode } from '../../../lib/utf8';
import { excClass, newException, pyErr } from './exceptions';
import { PyExc } from './objects';

function norm(enc: string): string {
  return enc.toLowerCase().replace(/[-_ ]/g, '');
}

export function encodeStr(s: string, encoding = 'utf-8'): Uint8Array {
  const e = norm(encoding);
  if (e === 'utf8') return encode(s);
  if (e === 'ascii' || e === 'latin1' || e === 'iso88591') {
    const max = e === 'ascii' ? 0x7f : 0xff;
    const out = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c > max) {
        const codec = e === 'ascii' ? 'ascii' : 'latin-1';
        const msg = `'${codec}' codec can't encode character '\\x${c.toString(16)}' in position ${i}: ordinal not in range(${max + 1})`;
        throw new PyExc(newException(excClass('UnicodeEncodeError'), [msg]));
      }
      out[i] = c;
    }
    return out;
  }
  throw pyErr('LookupError', `unknown encoding: ${encoding}`);
}

export function decodeBytes(b: Uint8Array, encoding = 'utf-8', errors = 'strict'): string {
  const e = norm(encoding);
  if (e === 'latin1' || e === 'iso88591') return String.fromCharCode(...b);
  if (e === 'ascii') {
    const bad = b.findIndex((x) => x > 0x7f);
    if (bad >= 0 && errors === 'strict') {
      const msg = `'ascii' codec can't decode byte 0x${b[bad]!.toString(16)} in position ${bad}: ordinal not in range(128)`;
      throw new PyExc(newException(excClass('UnicodeDecodeError'), [msg]));
    }
    return String.fromCharCode(...b.map((x) => (x > 0x7f ? 0xfffd : x)));
  }
  if (e !== 'utf8') throw pyErr('LookupError', `unknown encoding: ${encoding}`);
  const text = decode(b);
  if (errors === 'strict' && !sameBytes(encode(text), b)) {
    {
      const msg = `'utf-8' codec can't decode byte 0x${(b.find((x) => x > 0x7f) ?? 0).toString(16)} in position ${b.findIndex((x) => x > 0x7f)}: invalid start byte`;
      throw new PyExc(newException(excClass('UnicodeDecodeError'), [msg]));
    }
  }
  return text;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
