// GNU's quotearg styles for file names in messages and listings (coreutils 9.1, UTF-8 locale):
// - shellEscape (ls on a terminal, `--quoting-style=shell-escape`): quote only when needed;
// - quoteaf (rm, cp, ls errors: shell-escape-always): always 'quoted';
// - quoteLocale (mkdir, find, chmod's "invalid mode"): ‘name’ with C backslash escapes;
// - quotef (mknod, realpath errors): shell-escape without quotes unless needed.
// Control characters become $'\n' pieces; a single quote prefers "double quotes" when no other
// character would be special inside them, else '\''.

import { encode } from '../../lib/utf8';

const SPECIAL = new Set([...' !"$&()*;<=>?[\\^`|\'']);
const C_ESC: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
};

function isControl(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0) || c === 0xfffd;
}

/** C escape of a non-printable character: \n, or 3-digit octal per UTF-8 byte. */
function cEscape(ch: string): string {
  const named = C_ESC[ch];
  if (named) return named;
  return [...encode(ch)].map((b) => '\\' + b.toString(8).padStart(3, '0')).join('');
}

/** Whether a shell would treat the name as something other than one plain word. */
export function needsShellQuoting(name: string): boolean {
  if (name === '') return true;
  const chars = [...name];
  return chars.some((ch, i) => {
    if (isControl(ch) || SPECIAL.has(ch)) return true;
    if ((ch === '#' || ch === '~') && i === 0) return true;
    return (ch === '{' || ch === '}') && chars.length === 1;
  });
}

/** True when the name can be wrapped in "double quotes" unchanged (has ' but nothing else special). */
function doubleQuotable(name: string): boolean {
  const chars = [...name];
  return chars.every((ch, i) => {
    if (ch === "'" || ch === ' ') return true;
    if (isControl(ch) || SPECIAL.has(ch)) return false;
    if (ch === '#' || ch === '~') return i === 0;
    if (ch === '{' || ch === '}') return chars.length === 1;
    return true;
  });
}

function singleQuoted(name: string): string {
  let out = "'";
  let inEsc = false;
  for (const ch of name) {
    if (isControl(ch)) {
      if (!inEsc) out += "'$'";
      inEsc = true;
      out += cEscape(ch);
      continue;
    }
    if (inEsc) {
      out += "''";
      inEsc = false;
    }
    out += ch === "'" ? "'\\''" : ch;
  }
  return inEsc ? out + "'" : out + "'";
}

/** ls's default quoting on a terminal: quote only when needed. */
export function shellEscape(name: string, always = false): string {
  if (!always && !needsShellQuoting(name)) return name;
  if (name.includes("'") && doubleQuotable(name)) return `"${name}"`;
  return singleQuoted(name);
}

/** quoteaf(): shell-escape-always, the quoting of most coreutils diagnostics. */
export function quoteaf(name: string): string {
  return shellEscape(name, true);
}

/** quotef(): like shellEscape; names that need no quoting appear bare. */
export function quotef(name: string): string {
  return shellEscape(name, false);
}

/** quote(): locale quoting, ‘name’ with C escapes (and ’ escaped), as in mkdir's messages. */
export function quoteLocale(name: string): string {
  let out = '‘';
  for (const ch of name) {
    if (ch === '\\') out += '\\\\';
    else if (ch === '’') out += '\\’';
    else if (isControl(ch)) out += cEscape(ch);
    else out += ch;
  }
  return out + '’';
}
