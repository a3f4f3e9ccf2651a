// GNU tar's member listing: names quoted in the "escape" style, and the `tar -tv` line
//   drwxr-xr-x 0/0               0 1970-01-01 00:00 ./
// whose owner/size column widens as wider entries appear (list.c simple_print_header).
//
// Simplification: times are shown in UTC (the model's only time zone).

import { civil } from '../timefmt';
import type { TarHeader } from './header';
import { BLKTYPE, CHRTYPE, CONTTYPE, DIRTYPE, FIFOTYPE, LNKTYPE, SYMTYPE } from './header';

const ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '\\': '\\\\',
};

/** quotearg's escape style: backslash escapes for control characters and backslashes. */
export function tarQuote(name: string): string {
  let out = '';
  for (const ch of name) {
    const named = ESCAPES[ch];
    const c = ch.codePointAt(0) ?? 0;
    if (named) out += named;
    else if (c < 0x20 || c === 0x7f || (c >= 0x80 && c < 0xa0)) out += '\\' + c.toString(8).padStart(3, '0');
    else out += ch;
  }
  return out;
}

/** The type letter of a header in listings (h for hard links, as GNU shows them). */
export function headerTypeLetter(typeflag: string): string {
  switch (typeflag) {
    case DIRTYPE:
      return 'd';
    case SYMTYPE:
      return 'l';
    case LNKTYPE:
      return 'h';
    case CHRTYPE:
      return 'c';
    case BLKTYPE:
      return 'b';
    case FIFOTYPE:
      return 'p';
    case CONTTYPE:
      return 'C';
    default:
      return '-';
  }
}

function permString(mode: number): string {
  const bit = (b: number, ch: string): string => (mode & b ? ch : '-');
  const special = (x: number, s: number, on: string, off: string): string => {
    if (mode & s) return mode & x ? on : off;
    return mode & x ? 'x' : '-';
  };
  return (
    bit(0o400, 'r') +
    bit(0o200, 'w') +
    special(0o100, 0o4000, 's', 'S') +
    bit(0o40, 'r') +
    bit(0o20, 'w') +
    special(0o10, 0o2000, 's', 'S') +
    bit(0o4, 'r') +
    bit(0o2, 'w') +
    special(0o1, 0o1000, 't', 'T')
  );
}

/** `1970-01-01 00:00` */
export function tarTime(sec: number): string {
  const c = civil(sec);
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${String(c.year).padStart(4, '0')}-${p(c.month)}-${p(c.day)} ${p(c.hour)}:${p(c.minute)}`;
}

/** Column widths that grow over one listing, as GNU keeps them in statics. */
export interface ListWidths {
  ugs: number;
  date: number;
}

export function newListWidths(): ListWidths {
  return { ugs: 19, date: 16 };
}

/** One `tar -tv` line (with its newline). `numericOwner` shows uid/gid even if names are stored. */
export function verboseLine(h: TarHeader, widths: ListWidths, numericOwner = false): string {
  const user = h.uname && !numericOwner ? h.uname : String(h.uid);
  const group = h.gname && !numericOwner ? h.gname : String(h.gid);
  const device = h.typeflag === CHRTYPE || h.typeflag === BLKTYPE;
  const size = device ? `${h.devmajor},${h.devminor}` : String(h.size);
  const pad = user.length + 1 + group.length + 1 + size.length;
  if (pad > widths.ugs) widths.ugs = pad;
  const time = tarTime(h.mtime);
  if (time.length > widths.date) widths.date = time.length;
  const modes = headerTypeLetter(h.typeflag) + permString(h.mode);
  let line = `${modes} ${user}/${group} ${size.padStart(widths.ugs - pad + size.length)} ${time.padEnd(widths.date)} ${tarQuote(h.name)}`;
  if (h.typeflag === SYMTYPE) line += ` -> ${tarQuote(h.linkname)}`;
  else if (h.typeflag === LNKTYPE) line += ` link to ${tarQuote(h.linkname)}`;
  return line + '\n';
}
