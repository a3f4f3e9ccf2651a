// RESP, the Redis protocol (redis.ts speaks it): commands as arrays of bulk strings, and a parser
// for replies (+simple, -error, :integer, $bulk, *array) that says when more bytes are needed.

import { concatBytes, decode, encode } from '../../../../lib/utf8';

/** A command as RESP: *N then $len/bytes for each argument. */
export function encodeCommand(args: readonly Uint8Array[]): Uint8Array {
  const parts: Uint8Array[] = [encode(`*${args.length}\r\n`)];
  for (const a of args) parts.push(encode(`$${a.length}\r\n`), a, encode('\r\n'));
  return concatBytes(parts);
}

export type Reply =
  | { readonly k: 'simple'; readonly v: Uint8Array }
  | { readonly k: 'error'; readonly v: string }
  | { readonly k: 'int'; readonly v: bigint }
  | { readonly k: 'bulk'; readonly v: Uint8Array | null }
  | { readonly k: 'array'; readonly v: readonly Reply[] | null };

/** A reply and the bytes it used, 'incomplete' if more must be read, or 'bad' for a protocol error. */
export type Parsed = { readonly reply: Reply; readonly used: number } | 'incomplete' | 'bad';

function lineEnd(buf: Uint8Array, from: number): number {
  for (let i = from; i + 1 < buf.length; i++) if (buf[i] === 13 && buf[i + 1] === 10) return i;
  return -1;
}

export function parseReply(buf: Uint8Array, at = 0): Parsed {
  if (buf.length <= at) return 'incomplete';
  const end = lineEnd(buf, at + 1);
  if (end < 0) return 'incomplete';
  const type = String.fromCharCode(buf[at]!);
  const line = decode(buf.subarray(at + 1, end));
  const next = end + 2;
  switch (type) {
    case '+':
      return { reply: { k: 'simple', v: buf.slice(at + 1, end) }, used: next - at };
    case '-':
      return { reply: { k: 'error', v: line }, used: next - at };
    case ':':
      return /^-?\d+$/.test(line) ? { reply: { k: 'int', v: BigInt(line) }, used: next - at } : 'bad';
    case '$': {
      const n = Number(line);
      if (!Number.isInteger(n)) return 'bad';
      if (n < 0) return { reply: { k: 'bulk', v: null }, used: next - at };
      if (buf.length < next + n + 2) return 'incomplete';
      return { reply: { k: 'bulk', v: buf.slice(next, next + n) }, used: next + n + 2 - at };
    }
    case '*': {
      const n = Number(line);
      if (!Number.isInteger(n)) return 'bad';
      if (n < 0) return { reply: { k: 'array', v: null }, used: next - at };
      const items: Reply[] = [];
      let pos = next;
      for (let i = 0; i < n; i++) {
        const r = parseReply(buf, pos);
        if (typeof r === 'string') return r;
        items.push(r.reply);
        pos += r.used;
      }
      return { reply: { k: 'array', v: items }, used: pos - at };
    }
  }
  return 'bad';
}
