// read [-rs] [-a array] [-d delim] [-n nchars] [-p prompt] [-u fd] [name ...]: one line split on
// IFS, the last name taking the rest. Like bash it never reads past the line: byte by byte from
// pipes and terminals, in chunks with an lseek back on seekable files.
// Simplification: -t (timeout), -e (readline) and -i are accepted and ignored.

import { SEEK_CUR } from '../../../kernel/abi/fcntl';
import { strerror } from '../../../kernel/abi/errno';
import { decode } from '../../../lib/utf8';
import { isName } from '../scanner';
import { ReadonlyError } from '../vars';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { writeAll } from '../../libc/io';
import { TCGETS } from '../../../kernel/abi/termios';
import type { Builtin } from './util';
import { invalidOption, parseFlags } from './util';

const USAGE =
  'read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]';

/** Read up to the delimiter (not included); eof is true if input ended first. */
export function* readRecord(
  sh: Shell,
  fd: number,
  delim: string,
  max: number,
  raw: boolean,
): Gen<{ bytes: number[]; eof: boolean; err: number }> {
  const bytes: number[] = [];
  const d = delim === '' ? 0 : delim.charCodeAt(0);
  const seekable = (yield* sh.sys.lseek(fd, 0, SEEK_CUR)) >= 0;
  let escaped = false;
  for (;;) {
    if (max >= 0 && bytes.length >= max) return { bytes, eof: false, err: 0 };
    const chunk = yield* sh.sys.read(fd, seekable ? 4096 : 1);
    if (typeof chunk === 'number') {
      if (chunk === -4) continue;
      return { bytes, eof: true, err: chunk };
    }
    if (chunk.length === 0) return { bytes, eof: true, err: 0 };
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (escaped) {
        escaped = false;
        if (b !== 10) bytes.push(0x5c, b);
      } else if (b === 0x5c && !raw) escaped = true;
      else if (b === d || (max >= 0 && bytes.length >= max)) {
        if (seekable && i + 1 < chunk.length) yield* sh.sys.lseek(fd, i + 1 - chunk.length, SEEK_CUR);
        return { bytes, eof: false, err: 0 };
      } else bytes.push(b);
      if (max >= 0 && bytes.length >= max) {
        if (seekable && i + 1 < chunk.length) yield* sh.sys.lseek(fd, i + 1 - chunk.length, SEEK_CUR);
        return { bytes, eof: false, err: 0 };
      }
    }
  }
}

/** Split into at most `n` fields on IFS; the last keeps the rest (trailing IFS whitespace trimmed). */
export function splitFields(text: string, ifs: string, n: number): string[] {
  const ws = [...ifs].filter((c) => c === ' ' || c === '\t' || c === '\n').join('');
  const isWs = (c: string): boolean => ws.includes(c);
  const isIfs = (c: string): boolean => ifs.includes(c);
  const fields: string[] = [];
  let i = 0;
  while (i < text.length && isWs(text[i]!)) i++;
  while (i < text.length) {
    if (fields.length === n - 1) {
      let rest = text.slice(i);
      let end = rest.length;
      while (end > 0 && isWs(rest[end - 1]!)) end--;
      rest = rest.slice(0, end);
      if (rest.length === 1 && isIfs(rest) && !isWs(rest)) rest = '';
      fields.push(rest);
      return fields;
    }
    let j = i;
    while (j < text.length && !isIfs(text[j]!)) j++;
    fields.push(text.slice(i, j));
    i = j;
    while (i < text.length && isWs(text[i]!)) i++;
    if (i < text.length && isIfs(text[i]!) && !isWs(text[i]!)) {
      i++;
      while (i < text.length && isWs(text[i]!)) i++;
    }
  }
  return fields;
}

function unescape(bytes: number[], raw: boolean): string {
  if (raw) return decode(Uint8Array.from(bytes));
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x5c && i + 1 < bytes.length) i++;
    out.push(bytes[i]!);
  }
  return decode(Uint8Array.from(out));
}

export const read: Builtin = function* (sh, argv) {
  const f = parseFlags(argv, 'ers', 'adinNptu');
  if ('bad' in f) return yield* invalidOption(sh, 'read', f.bad.replace(/^-(.)$/, '-$1'), USAGE);
  const raw = f.flags.has('r');
  const fd = f.args.has('u') ? Number(f.args.get('u')) : 0;
  const delim = f.args.has('d') ? (f.args.get('d') ?? '\n') : '\n';
  const nch = f.args.get('n') ?? f.args.get('N');
  const max = nch === undefined ? -1 : Number(nch);
  for (const n of f.rest) {
    if (!isName(n)) {
      yield* sh.error(`read: \`${n}': not a valid identifier`);
      return 1;
    }
  }
  const prompt = f.args.get('p');
  if (prompt !== undefined) {
    const tty = yield* sh.sys.ioctl(fd, TCGETS);
    if (!(typeof tty === 'number' && tty < 0)) yield* writeAll(sh.sys, 2, prompt);
  }
  const r = yield* readRecord(sh, fd, delim, max, raw);
  if (r.err < 0) {
    yield* sh.error(`read: read error: ${fd}: ${strerror(r.err)}`);
    return 1;
  }
  const line = unescape(r.bytes, raw);
  try {
    assignFields(sh, line, f.rest, f.args.get('a'), f.args.has('a'));
  } catch (e) {
    if (!(e instanceof ReadonlyError)) throw e;
    yield* sh.error(e.message);
    return 1;
  }
  return r.eof ? 1 : 0;
};

function assignFields(
  sh: Shell,
  line: string,
  names: readonly string[],
  array: string | undefined,
  isArray: boolean,
): void {
  const ifs = sh.ifs();
  if (isArray && array !== undefined) {
    sh.vars.setArray(array, splitFields(line, ifs, Infinity), false);
    return;
  }
  if (names.length === 0) {
    sh.vars.set('REPLY', line);
    return;
  }
  const fields = splitFields(line, ifs, names.length);
  names.forEach((n, i) => sh.vars.set(n, fields[i] ?? ''));
}
