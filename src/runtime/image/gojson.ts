// JSON bytes as Go's encoding/json writes them, which is what Docker hashes into image IDs and
// manifest digests: no spaces, struct fields in declaration order, map keys sorted, and Go's string
// escaping (<, > and & as \u003c \u003e \u0026; U+2028/U+2029 escaped; control characters other
// than \n \r \t as \u00XX, as Go 1.19 — Docker 20.10's compiler — wrote them).

/**
 * A value to encode. Plain objects are Go structs (keys kept in insertion order, so build them in
 * the struct's field order); Maps are Go maps (keys sorted bytewise); undefined fields are omitted
 * (Go's omitempty).
 */
export type GoValue =
  | null
  | boolean
  | number
  | string
  | readonly GoValue[]
  | ReadonlyMap<string, GoValue>
  | { readonly [key: string]: GoValue | undefined };

function escapeChar(c: string): string {
  switch (c) {
    case '"':
      return '\\"';
    case '\\':
      return '\\\\';
    case '\n':
      return '\\n';
    case '\r':
      return '\\r';
    case '\t':
      return '\\t';
    default:
      return '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0');
  }
}

/** A string literal as Go's json.Marshal writes it (HTML-safe escaping on). */
export function goString(s: string): string {
  // Lone surrogates become U+FFFD, as Go does for invalid UTF-8.
  const safe = s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  // eslint-disable-next-line no-control-regex -- Go escapes exactly these control characters
  return '"' + safe.replace(/["\\\x00-\x1f<>&\u2028\u2029]/g, escapeChar) + '"';
}

function compareBytes(a: string, b: string): number {
  // Go sorts map keys by their UTF-8 bytes; for BMP text this matches code-unit order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Encode a value as Go's json.Marshal would (compact). */
export function goJson(v: GoValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'string') return goString(v);
  if (Array.isArray(v)) return '[' + v.map((x: GoValue) => goJson(x)).join(',') + ']';
  if (v instanceof Map) {
    const keys = [...(v as ReadonlyMap<string, GoValue>).keys()].sort(compareBytes);
    return '{' + keys.map((k) => goString(k) + ':' + goJson(v.get(k) ?? null)).join(',') + '}';
  }
  const parts: string[] = [];
  for (const [k, x] of Object.entries(v as { readonly [key: string]: GoValue | undefined })) {
    if (x !== undefined) parts.push(goString(k) + ':' + goJson(x));
  }
  return '{' + parts.join(',') + '}';
}
