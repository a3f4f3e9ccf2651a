// The sed script parser: addresses (N, $, /re/, \cREc, first~step, addr,+N, addr,~N, 0,/re/),
// `!`, blocks, and every command's arguments, with GNU's error messages and char positions.

import { compileRegex } from '../../libc/regex';
import type { Addr, Replacement, SedCommand } from './types';

export class SedError extends Error {}

interface P {
  s: string;
  i: number;
  ere: boolean;
  where: string;
}

function fail(p: P, msg: string, at = p.i): never {
  throw new SedError(`${p.where}, char ${at}: ${msg}`);
}

const peek = (p: P): string | undefined => p.s[p.i];
const skipWs = (p: P): void => {
  while (p.i < p.s.length && /[ \t]/.test(p.s[p.i]!)) p.i++;
};

/** Read up to an unescaped delimiter; returns raw text (delimiter escapes resolved). */
function delimited(p: P, delim: string, what: string, isRegex: boolean): string {
  let out = '';
  for (;;) {
    const c = p.s[p.i++];
    if (c === undefined) {
      p.i = p.s.length;
      return fail(p, what);
    }
    if (c === delim) return out;
    if (c === '\\') {
      const n = p.s[p.i++];
      if (n === undefined) return fail(p, what);
      if (n === delim) out += delim === '&' && !isRegex ? '\\&' : delim;
      else if (n === '\n') out += isRegex ? '\\n' : '\n';
      else out += '\\' + n;
    } else if (c === '\n' && isRegex) return fail(p, what);
    else out += c;
  }
}

function regexFrom(p: P, src: string, flags: string): RegExp | null {
  if (src === '') return null;
  const r = compileRegex(src, { extended: p.ere, cEscapes: true, icase: flags.includes('I'), global: true });
  if ('error' in r) return fail(p, r.error);
  if (flags.includes('M')) return new RegExp(r.source, r.flags + 'm');
  return r;
}

function address(p: P): Addr | null {
  const c = peek(p);
  if (c === undefined) return null;
  if (/\d/.test(c)) {
    const m = /^\d+/.exec(p.s.slice(p.i))!;
    p.i += m[0].length;
    if (peek(p) === '~') {
      p.i++;
      const s = /^\d*/.exec(p.s.slice(p.i))![0];
      p.i += s.length;
      return { kind: 'step', first: Number(m[0]), step: Number(s || '0') };
    }
    return { kind: 'line', n: Number(m[0]) };
  }
  if (c === '$') {
    p.i++;
    return { kind: 'last' };
  }
  if (c === '/' || c === '\\') {
    p.i++;
    const delim = c === '\\' ? (p.s[p.i++] ?? '') : '/';
    const src = delimited(p, delim, 'unterminated address regex', true);
    let flags = '';
    while (peek(p) === 'I' || peek(p) === 'M') flags += p.s[p.i++];
    return { kind: 're', re: regexFrom(p, src, flags) };
  }
  return null;
}

function addresses(p: P, cmd: SedCommand): void {
  cmd.a1 = address(p);
  if (cmd.a1 === null) return;
  skipWs(p);
  if (peek(p) !== ',') {
    if (cmd.a1.kind === 'line' && cmd.a1.n === 0) fail(p, 'invalid usage of line address 0', p.i + 1);
    return;
  }
  p.i++;
  skipWs(p);
  const c = peek(p);
  if (c === '+' || c === '~') {
    p.i++;
    const m = /^\d+/.exec(p.s.slice(p.i));
    if (!m) fail(p, 'expected newer version of sed');
    p.i += m[0].length;
    cmd.a2 = { kind: c === '+' ? 'plus' : 'mult', n: Number(m[0]) };
  } else {
    cmd.a2 = address(p);
    if (cmd.a2 === null) fail(p, "unexpected `,'", p.i + 1);
  }
  if (cmd.a1.kind === 'line' && cmd.a1.n === 0 && cmd.a2?.kind !== 're')
    fail(p, 'invalid usage of line address 0', p.i + 1);
}

/** Parse the replacement text of s///. */
function replacement(p: P, raw: string, groups: number): Replacement {
  const parts: Replacement['parts'][number][] = [];
  let lit = '';
  const flush = (): void => {
    if (lit) parts.push(lit);
    lit = '';
  };
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '&') {
      flush();
      parts.push({ group: 0 });
    } else if (c === '\\' && i + 1 < raw.length) {
      const n = raw[++i]!;
      if (/\d/.test(n)) {
        if (Number(n) > groups) fail(p, `invalid reference \\${n} on \`s' command's RHS`);
        flush();
        parts.push({ group: Number(n) });
      } else if ('ULulE'.includes(n)) {
        flush();
        parts.push({ caseOp: n as 'U' | 'L' | 'u' | 'l' | 'E' });
      } else lit += n === 'n' ? '\n' : n === 't' ? '\t' : n === '&' ? '&' : n;
    } else lit += c;
  }
  flush();
  return { parts };
}

function sFlags(p: P, cmd: SedCommand): string {
  let flags = '';
  for (;;) {
    const c = peek(p);
    if (c === 'g') {
      if (cmd.global) fail(p, "multiple `g' options to `s' command", p.i + 1);
      cmd.global = true;
    } else if (c === 'p') cmd.print++;
    else if (c === 'i' || c === 'I') flags += 'I';
    else if (c === 'm' || c === 'M') flags += 'M';
    else if (c !== undefined && /\d/.test(c)) {
      const m = /^\d+/.exec(p.s.slice(p.i))!;
      cmd.occurrence = Number(m[0]);
      if (cmd.occurrence === 0) fail(p, "number option to `s' command may not be zero", p.i + 1);
      p.i += m[0].length - 1;
    } else if (c === 'w') {
      p.i++;
      cmd.wfile = fileName(p);
      return flags;
    } else if (c === undefined || /[\s;}#]/.test(c)) return flags;
    else fail(p, "unknown option to `s'", p.i + 1);
    p.i++;
  }
}

function fileName(p: P): string {
  skipWs(p);
  const end = p.s.indexOf('\n', p.i);
  const name = p.s.slice(p.i, end < 0 ? p.s.length : end);
  p.i = end < 0 ? p.s.length : end;
  if (name === '') fail(p, 'missing filename in r/R/w/W commands');
  return name;
}

export function substitute(p: P, cmd: SedCommand): void {
  const delim = p.s[p.i++];
  if (delim === undefined || delim === '\n' || delim === '\\') fail(p, "unterminated `s' command");
  const src = delimited(p, delim, "unterminated `s' command", true);
  const rep = delimited(p, delim, "unterminated `s' command", false);
  const flags = sFlags(p, cmd);
  cmd.re = regexFrom(p, src, flags);
  const groups = cmd.re ? new RegExp(`${cmd.re.source}|`, 'u').exec('')!.length - 1 : 9;
  cmd.replacement = replacement(p, rep, groups);
}

export function transliterate(p: P, cmd: SedCommand): void {
  const delim = p.s[p.i++];
  if (delim === undefined) fail(p, "unterminated `y' command");
  const un = (t: string): string[] => [
    ...t.replace(/\\(.)/gs, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c)),
  ];
  const a = un(delimited(p, delim, "unterminated `y' command", false));
  const b = un(delimited(p, delim, "unterminated `y' command", false));
  if (a.length !== b.length) fail(p, "strings for `y' command are different lengths");
  cmd.map = new Map(a.map((c, i) => [c, b[i]!]));
}

export { address, addresses, fail, fileName, peek, skipWs };
export type { P };
