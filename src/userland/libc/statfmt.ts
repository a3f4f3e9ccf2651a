// stat(1)'s format directives (%n %s %A %y ...), the default and terse layouts, and printf-style
// widths and flags (%-10s, %05s, %.3Y), as coreutils 9.1 prints them.
//
// Simplification: no SELinux, so %C prints "?"; times are UTC.

import type { Stat } from '../../kernel/abi/stat';
import { isBlk, isChr, isLnk, major, minor } from '../../kernel/abi/stat';
import { fileTypeName, modeString } from './mode';
import { quoteaf } from './quote';
import { splitNs, statDate } from './timefmt';

/** Everything a file directive may need besides struct stat. */
export interface StatInfo {
  readonly name: string;
  readonly st: Stat;
  /** The symlink's target, when the file is one (for %N). */
  readonly target?: string;
  readonly userName: string;
  readonly groupName: string;
  /** The mount point (%m). */
  readonly mount?: string;
}

export const DEFAULT_TERSE = '%n %s %b %f %u %g %D %i %h %t %T %X %Y %Z %W %o';

/** The default multi-line layout for a file. */
export function defaultFormat(st: Stat): string {
  const dev = isChr(st.mode) || isBlk(st.mode);
  return (
    '  File: %N\n' +
    '  Size: %-10s\tBlocks: %-10b IO Block: %-6o %F\n' +
    (dev
      ? 'Device: %Hd,%Ld\tInode: %-11i Links: %-5h Device type: %Hr,%Lr\n'
      : 'Device: %Hd,%Ld\tInode: %-11i Links: %h\n') +
    'Access: (%04a/%10.10A)  Uid: (%5u/%8U)   Gid: (%5g/%8G)\n' +
    'Access: %x\nModify: %y\nChange: %z\n Birth: %w\n'
  );
}

/** Seconds with an optional fraction (%.3Y): GNU truncates the nanoseconds to the precision. */
function epochField(ns: number | { sec: number; nsec: number }, precision: number | undefined): string {
  const { sec, nsec } = splitNs(ns);
  if (precision === undefined || precision === 0) return String(sec);
  const frac = String(nsec).padStart(9, '0').padEnd(precision, '0').slice(0, precision);
  return `${sec}.${frac}`;
}

/** The value of one directive (without width handling); null for an unknown letter. */
function directive(
  letter: string,
  mod: string,
  info: StatInfo,
  precision: number | undefined,
  plain: boolean,
): string | null {
  const st = info.st;
  const birthKnown = st.btimeNs > 0;
  if (mod === 'H' || mod === 'L') {
    const dev = letter === 'd' ? st.dev : letter === 'r' ? st.rdev : null;
    if (dev === null) return null;
    return String(mod === 'H' ? major(dev) : minor(dev));
  }
  switch (letter) {
    case 'n':
      return info.name;
    case 'N': {
      if (plain) return info.target !== undefined ? `${info.name} -> ${info.target}` : info.name;
      const q = quoteaf(info.name);
      return isLnk(st.mode) && info.target !== undefined ? `${q} -> ${quoteaf(info.target)}` : q;
    }
    case 'a':
      return (st.mode & 0o7777).toString(8);
    case 'A':
      return modeString(st.mode);
    case 'b':
      return String(st.blocks);
    case 'B':
      return '512';
    case 'C':
      return '?';
    case 'd':
      return String(st.dev);
    case 'D':
      return st.dev.toString(16);
    case 'f':
      return st.mode.toString(16);
    case 'F':
      return fileTypeName(st.mode, st.size);
    case 'g':
      return String(st.gid);
    case 'G':
      return info.groupName;
    case 'h':
      return String(st.nlink);
    case 'i':
      return String(st.ino);
    case 'm':
      return info.mount ?? '/';
    case 'o':
      return String(st.blksize);
    case 's':
      return String(st.size);
    case 'r':
      return String(st.rdev);
    case 'R':
      return st.rdev.toString(16);
    case 't':
      return major(st.rdev).toString(16);
    case 'T':
      return minor(st.rdev).toString(16);
    case 'u':
      return String(st.uid);
    case 'U':
      return info.userName;
    case 'w':
      return birthKnown ? statDate(st.btime) : '-';
    case 'W':
      return birthKnown ? epochField(st.btime, precision) : '0';
    case 'x':
      return statDate(st.atime);
    case 'X':
      return epochField(st.atime, precision);
    case 'y':
      return statDate(st.mtime);
    case 'Y':
      return epochField(st.mtime, precision);
    case 'z':
      return statDate(st.ctime);
    case 'Z':
      return epochField(st.ctime, precision);
    default:
      return null;
  }
}

/** Apply printf flags and width to a directive's text. */
function pad(
  text: string,
  flags: string,
  width: number,
  precision: number | undefined,
  letter: string,
): string {
  let s = text;
  const numeric = /^-?\d+$/.test(s);
  if (precision !== undefined && !'XYZW'.includes(letter)) {
    s = numeric ? s.padStart(precision, '0') : s.slice(0, precision);
  }
  if (s.length >= width) return s;
  if (flags.includes('-')) return s.padEnd(width);
  if (flags.includes('0') && numeric)
    return s.startsWith('-') ? '-' + s.slice(1).padStart(width - 1, '0') : s.padStart(width, '0');
  return s.padStart(width);
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  '\\': '\\',
  a: '\x07',
  b: '\b',
  f: '\f',
  r: '\r',
  v: '\v',
  '"': '"',
};

/** Expand a stat format for one file. `escapes` interprets backslash escapes (--printf). */
export function formatStat(format: string, info: StatInfo, escapes = false, plainNames = false): string {
  return expandFormat(
    format,
    (letter, mod, precision) => directive(letter, mod, info, precision, plainNames),
    escapes,
  );
}

/** A directive's value: letter, H/L modifier, precision; null if unknown. */
export type Lookup = (letter: string, mod: string, precision: number | undefined) => string | null;

/** Expand %-directives (with flags, width, precision) and optionally backslash escapes. */
export function expandFormat(format: string, lookup: Lookup, escapes = false): string {
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i]!;
    if (c === '\\' && escapes && i + 1 < format.length) {
      const e = format[i + 1]!;
      const oct = /^[0-7]{1,3}/.exec(format.slice(i + 1));
      if (oct) {
        out += String.fromCharCode(parseInt(oct[0], 8));
        i += oct[0].length;
      } else {
        out += ESCAPES[e] ?? '\\' + e;
        i++;
      }
      continue;
    }
    if (c !== '%') {
      out += c;
      continue;
    }
    const m = /^%([-#+ 0']*)(\d*)(?:\.(\d*))?([HL]?)(.?)/.exec(format.slice(i));
    if (!m) {
      out += c;
      continue;
    }
    const [all, flags = '', width = '', prec, mod = '', letter = ''] = m;
    if (letter === '%' && all === '%%') {
      out += '%';
      i += 1;
      continue;
    }
    const precision = prec === undefined ? undefined : Number(prec || '0');
    const value = lookup(letter, mod, precision);
    if (value === null) {
      out += letter === '' ? all : '?';
    } else out += pad(value, flags, Number(width || '0'), precision, letter);
    i += all.length - 1;
  }
  return out;
}
