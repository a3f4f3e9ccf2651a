// Share links: the shown machine's journal in the URL fragment, `#share=` + base64url of the
// deflate-raw compressed JSON {glasshouse: 'share', v: 1, context, journal}. The fragment never
// reaches a server. Opening a link rebuilds the same world by replaying the journal (boot.ts).
// A link is refused (with the reason) when it is not base64url, does not inflate, inflates past
// SHARE_LIMITS.bytes, is not JSON, or holds no valid journal (parseJournal).

import { parseJournal, type Journal } from '../../world/journal';

export const SHARE_PREFIX = '#share=';
/** Decompressed size limit, and the longest fragment read (Chromium's URL limit is 2 MB). */
export const SHARE_LIMITS = { bytes: 2 * 1024 * 1024, fragmentChars: 2 * 1024 * 1024 } as const;

export interface Shared {
  readonly context: string;
  readonly journal: Journal;
}

export type ShareResult = { ok: true; shared: Shared } | { ok: false; error: string };

const CONTEXT = /^[\w.:-]{1,100}$/;

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const padded = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(padded);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number) {
  const writer = stream.writable.getWriter();
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The fragment (with its `#share=` prefix) for a machine. */
export async function encodeShare(shared: Shared): Promise<string> {
  const json = JSON.stringify({
    glasshouse: 'share',
    v: 1,
    context: shared.context,
    journal: shared.journal,
  });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'), Infinity);
  return SHARE_PREFIX + toBase64Url(packed ?? new Uint8Array());
}

/** Reads a URL fragment; `null` when it is not a share link at all. Never throws. */
export async function decodeShare(hash: string): Promise<ShareResult | null> {
  if (!hash.startsWith(SHARE_PREFIX)) return null;
  const body = hash.slice(SHARE_PREFIX.length);
  if (body.length === 0) return { ok: false, error: 'empty' };
  if (body.length > SHARE_LIMITS.fragmentChars) return { ok: false, error: 'too long' };
  const bytes = fromBase64Url(body);
  if (!bytes) return { ok: false, error: 'not base64url' };
  let json: Uint8Array | null;
  try {
    json = await pipe(bytes, new DecompressionStream('deflate-raw'), SHARE_LIMITS.bytes);
  } catch {
    return { ok: false, error: 'not deflate-raw data' };
  }
  if (!json) return { ok: false, error: `larger than ${SHARE_LIMITS.bytes} bytes` };
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch {
    return { ok: false, error: 'not JSON' };
  }
  return readShared(data);
}

/** The share payload's fields, checked. */
export function readShared(data: unknown): ShareResult {
  if (typeof data !== 'object' || data === null) return { ok: false, error: 'not an object' };
  const r = data as Record<string, unknown>;
  if (r.glasshouse !== 'share' || r.v !== 1) return { ok: false, error: 'not a Glasshouse share (v1)' };
  const context = typeof r.context === 'string' && CONTEXT.test(r.context) ? r.context : null;
  if (!context) return { ok: false, error: 'context: not a context id' };
  const parsed = parseJournal(r.journal);
  if (!parsed.ok) return { ok: false, error: `journal: ${parsed.error}` };
  return { ok: true, shared: { context, journal: parsed.journal } };
}
