/* eslint-disable no-control-regex -- control characters are exactly what this quotes */
// Quoting as bash's `printf %q` does it: backslashes before special characters, $'...' when the
// string holds control characters, '' for the empty string.

const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

export function bashQuote(s: string): string {
  if (s === '') return "''";
  if (SAFE.test(s)) return s;
  if (/[\x00-\x1f\x7f]/.test(s)) {
    const map: Record<string, string> = { '\n': '\\n', '\t': '\\t', '\r': '\\r', '\\': '\\\\', "'": "\\'" };
    const body = s.replace(
      /[\\'\x00-\x1f\x7f]/g,
      (c) => map[c] ?? '\\' + c.charCodeAt(0).toString(8).padStart(3, '0'),
    );
    return `$'${body}'`;
  }
  return s.replace(/[^A-Za-z0-9_@%+=:,./-]/g, (c) => (c.charCodeAt(0) > 127 ? c : '\\' + c));
}
