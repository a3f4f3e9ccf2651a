// Raw JSON values the way Go's json.RawMessage keeps them: moby builds the legacy v1 layer JSON
// and v1 IDs by unmarshalling a config into map[string]*json.RawMessage, editing keys and
// marshalling the map again (keys sorted, each value compacted with <, > and & escaped).

import { goString } from '../gojson';

function skipSpace(text: string, i: number): number {
  while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++;
  return i;
}

/** Index just past the string literal starting at `i` (a '"'). */
function endOfString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charAt(j);
    if (c === '\\') j++;
    else if (c === '"') return j + 1;
  }
  return text.length;
}

/** Index just past the JSON value starting at `i`. */
export function endOfValue(text: string, i: number): number {
  const c = text.charAt(i);
  if (c === '"') return endOfString(text, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    for (let j = i; j < text.length; j++) {
      const d = text.charAt(j);
      if (d === '"') j = endOfString(text, j) - 1;
      else if (d === '{' || d === '[') depth++;
      else if ((d === '}' || d === ']') && --depth === 0) return j + 1;
    }
    return text.length;
  }
  let j = i;
  while (j < text.length && !',}] \t\n\r'.includes(text.charAt(j))) j++;
  return j;
}

const HTML_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** Go's json.Compact with HTML escaping: whitespace outside strings dropped. */
export function compactJson(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charAt(i);
    if (c === '"') {
      const end = endOfString(raw, i);
      out += raw.slice(i, end).replace(/[<>&\u2028\u2029]/g, (m) => HTML_ESCAPES[m] ?? m);
      i = end - 1;
    } else if (!' \t\n\r'.includes(c)) out += c;
  }
  return out;
}

/**
 * The members of a JSON object as compacted raw value texts (later duplicates win, as in Go), or
 * null when the text is not one valid JSON object.
 */
export function rawMembers(text: string): Map<string, string> | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return null;
  const out = new Map<string, string>();
  let i = skipSpace(text, skipSpace(text, 0) + 1);
  while (i < text.length && text.charAt(i) === '"') {
    const keyEnd = endOfString(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    const start = skipSpace(text, skipSpace(text, keyEnd) + 1);
    const end = endOfValue(text, start);
    out.set(key, compactJson(text.slice(start, end)));
    i = skipSpace(text, end);
    if (text.charAt(i) === ',') i = skipSpace(text, i + 1);
  }
  return out;
}

/** The elements of a compact raw JSON array as raw texts. */
export function rawElements(raw: string): string[] {
  const out: string[] = [];
  let i = 1;
  while (i < raw.length && raw.charAt(i) !== ']') {
    const end = endOfValue(raw, i);
    out.push(raw.slice(i, end));
    i = raw.charAt(end) === ',' ? end + 1 : end;
  }
  return out;
}

/** A Go map[string]*json.RawMessage marshalled: keys sorted bytewise. */
export function rawObject(members: ReadonlyMap<string, string>): string {
  const keys = [...members.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return '{' + keys.map((k) => `${goString(k)}:${members.get(k) ?? 'null'}`).join(',') + '}';
}

/** Members written in a fixed (Go struct) order; absent ones are left out. */
export function rawStruct(members: ReadonlyMap<string, string>, order: readonly string[]): string {
  const parts: string[] = [];
  for (const k of order) {
    const v = members.get(k);
    if (v !== undefined) parts.push(`${goString(k)}:${v}`);
  }
  return '{' + parts.join(',') + '}';
}
