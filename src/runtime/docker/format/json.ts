// The `json` template function of docker/cli: encoding/json with SetEscapeHTML(false) and the
// trailing newline trimmed. A GoStruct with its own MarshalJSON (docker's formatter contexts,
// which call json.Marshal and so do escape <, > and &) prints that text unchanged.

import { GoFloat, GoStruct, isMap, isPlainStruct, isSlice, sortedKeys } from './value';
import type { TemplateValue } from './value';

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

/** A JSON string as Go writes it with HTML escaping off (U+2028 and U+2029 are still escaped). */
export function jsonString(s: string): string {
  const safe = s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  // eslint-disable-next-line no-control-regex -- Go escapes exactly these control characters
  return '"' + safe.replace(/["\\\x00-\x1f\u2028\u2029]/g, escapeChar) + '"';
}

function jsonNumber(x: number): string | null {
  // Go writes floats like JS: exponents below 1e-6 and from 1e21 up (1e-7, 1e+21).
  return Number.isFinite(x) ? String(x) : null;
}

function jsonObject(entries: ReadonlyArray<readonly [string, TemplateValue]>): string | null {
  const parts: string[] = [];
  for (const [k, x] of entries) {
    const enc = encode(x);
    if (enc === null) return null;
    parts.push(jsonString(k) + ':' + enc);
  }
  return '{' + parts.join(',') + '}';
}

function encode(v: TemplateValue): string | null {
  if (v === undefined || v === null) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return jsonNumber(v);
  if (typeof v === 'string') return jsonString(v);
  if (v instanceof GoFloat) return jsonNumber(v.value);
  if (isSlice(v)) {
    const parts = v.map(encode);
    return parts.includes(null) ? null : '[' + parts.join(',') + ']';
  }
  if (isMap(v)) return jsonObject(sortedKeys(v).map((k) => [k, v.get(k)] as const));
  if (v instanceof GoStruct) {
    if (v.options.json) return v.options.json();
    const entries = Object.entries(v.fields).filter(([, x]) => x !== undefined);
    if (v.options.mapLike) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return jsonObject(entries);
  }
  if (isPlainStruct(v)) return jsonObject(Object.entries(v).filter(([, x]) => x !== undefined));
  return null;
}

/** docker's `{{json .X}}`: compact JSON, no HTML escaping; "" when Go's encoder would fail (NaN). */
export function templateJson(v: TemplateValue): string {
  return encode(v) ?? '';
}
