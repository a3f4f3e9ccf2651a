// Reading JSON with the errors Go's encoding/json gives, for the files docker load decodes:
// json.Decoder.Decode (reads the first value; "EOF" on empty input, "unexpected EOF" when cut)
// and the UnmarshalTypeError texts for values of the wrong kind.
//
// Simplification: syntax errors other than a bad first character or a cut-off value are all
// reported as the first character being invalid.

import { endOfValue } from './rawjson';

export type JsonRead = { readonly value: unknown } | { readonly error: string };

/** Go's quoteChar for syntax errors: 'x'. */
function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '"') return "'\"'";
  const q = JSON.stringify(c);
  return `'${q.slice(1, -1)}'`;
}

/** json.NewDecoder(r).Decode(&v): the first JSON value of the text. */
export function decodeFirst(text: string): JsonRead {
  const start = text.search(/[^ \t\r\n]/);
  if (start < 0) return { error: 'EOF' };
  const c = text.charAt(start);
  if (!'{["-0123456789tfn'.includes(c))
    return { error: `invalid character ${quoteChar(c)} looking for beginning of value` };
  const end = endOfValue(text, start);
  try {
    return { value: JSON.parse(text.slice(start, end)) as unknown };
  } catch {
    if (end >= text.length) return { error: 'unexpected EOF' };
    return { error: `invalid character ${quoteChar(text.charAt(end))} after top-level value` };
  }
}

/** json.Unmarshal(data, &v): the whole text must be one value. */
export function unmarshal(text: string): JsonRead {
  if (text.trim() === '') return { error: 'unexpected end of JSON input' };
  const first = decodeFirst(text);
  if ('error' in first)
    return first.error === 'unexpected EOF' ? { error: 'unexpected end of JSON input' } : first;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    const start = text.search(/[^ \t\r\n]/);
    const after = text.slice(endOfValue(text, start)).search(/[^ \t\r\n]/);
    const c = after < 0 ? '?' : text.charAt(endOfValue(text, start) + after);
    return { error: `invalid character ${quoteChar(c)} after top-level value` };
  }
}

/** The kind word Go's UnmarshalTypeError uses for a JSON value. */
export function jsonKind(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'object';
  if (typeof v === 'boolean') return 'bool';
  return typeof v;
}

/** A struct field as Go's decoder matches it: exact name first, else case-insensitively. */
export function field(obj: Readonly<Record<string, unknown>>, name: string): unknown {
  if (name in obj) return obj[name];
  const lower = name.toLowerCase();
  const key = Object.keys(obj).find((k) => k.toLowerCase() === lower);
  return key === undefined ? undefined : obj[key];
}
