// UTF-8 text <-> bytes. TextEncoder/TextDecoder exist in every JS runtime we target (browsers, Node)
// but are typed only by the DOM lib, which the model does not load; declare the little we use.

interface Utf8Encoder {
  encode(input: string): Uint8Array;
}
interface Utf8Decoder {
  decode(input: Uint8Array, options?: { stream?: boolean }): string;
}
declare const TextEncoder: { new (): Utf8Encoder };
declare const TextDecoder: { new (label?: string, options?: { fatal?: boolean }): Utf8Decoder };

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

export function encode(text: string): Uint8Array {
  return encoder.encode(text);
}

export function decode(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** A decoder for a byte stream that may split multi-byte characters across chunks. */
export function streamDecoder(): (chunk: Uint8Array) => string {
  const d = new TextDecoder('utf-8');
  return (chunk) => d.decode(chunk, { stream: true });
}

export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const c of chunks) size += c.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Bytes as a string of the same length, one char per byte (Latin-1), for byte-exact text handling. */
export function bytesToLatin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return s;
}
