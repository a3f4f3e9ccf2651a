// strace's string printing (util.c string_quote): printable ASCII as is, C escapes for \t \n \v
// \f \r \" \\, other bytes in the shortest octal form (all three digits when an octal digit
// follows), and "..." after the closing quote when the buffer was longer than shown.

import { encode } from '../../lib/utf8';
import type { TraceBytes, TraceValue } from '../../kernel/abi/trace';

const ESCAPES: Readonly<Record<number, string>> = {
  0x09: '\\t',
  0x0a: '\\n',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
  0x22: '\\"',
  0x5c: '\\\\',
};

function octal(c: number, next: number | undefined): string {
  const digitFollows = next !== undefined && next >= 0x30 && next <= 0x37;
  if (digitFollows) return '\\' + c.toString(8).padStart(3, '0');
  return '\\' + c.toString(8);
}

/** Quote bytes as strace does; `more` adds the "..." that marks a cut string. */
export function quoteBytes(bytes: Uint8Array, more: boolean, hex = false): string {
  let out = '"';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (hex) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (ESCAPES[c] !== undefined) out += ESCAPES[c];
    else if (c >= 0x20 && c < 0x7f) out += String.fromCharCode(c);
    else out += octal(c, bytes[i + 1]);
  }
  return out + '"' + (more ? '...' : '');
}

/** A string argument cut at `max` bytes (strace -s), or whole when max is Infinity (paths). */
export function quoteString(text: string, max = Infinity): string {
  const bytes = encode(text);
  const cut = bytes.length > max;
  return quoteBytes(cut ? bytes.subarray(0, max) : bytes, cut);
}

export function isBytes(v: TraceValue): v is TraceBytes {
  return typeof v === 'object' && v !== null && 'bytes' in v && v.bytes instanceof Uint8Array;
}

/** A buffer argument: the first `max` bytes (of those recorded), "..." if the buffer was longer. */
export function quoteBuffer(v: TraceValue, max: number, count?: number): string {
  if (typeof v === 'string') return quoteString(v, max);
  if (!isBytes(v)) return '""';
  const total = Math.min(v.length, count ?? v.length);
  const shown = Math.min(total, max, v.bytes.length);
  return quoteBytes(v.bytes.subarray(0, shown), total > shown);
}
