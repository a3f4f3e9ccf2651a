// File modes as text: the `drwxr-xr-x` strings of ls -l and stat %A, stat's %F type names, and
// chmod/mkdir -m mode specifications (octal or symbolic, gnulib modechange.c semantics).

import {
  S_IFBLK,
  S_IFCHR,
  S_IFDIR,
  S_IFIFO,
  S_IFLNK,
  S_IFMT,
  S_IFREG,
  S_IFSOCK,
  S_ISGID,
  S_ISUID,
  S_ISVTX,
} from '../../kernel/abi/stat';

export const MODE_BITS = 0o7777;

/** The type letter ls shows first: - d l c b p s. */
export function typeLetter(mode: number): string {
  switch (mode & S_IFMT) {
    case S_IFDIR:
      return 'd';
    case S_IFLNK:
      return 'l';
    case S_IFCHR:
      return 'c';
    case S_IFBLK:
      return 'b';
    case S_IFIFO:
      return 'p';
    case S_IFSOCK:
      return 's';
    default:
      return '-';
  }
}

/** `-rwxr-sr-t`: ten characters, as `ls -l` and `stat -c %A` print them. */
export function modeString(mode: number): string {
  const bit = (b: number, ch: string): string => (mode & b ? ch : '-');
  const special = (x: number, s: number, on: string, off: string): string => {
    if (mode & s) return mode & x ? on : off;
    return mode & x ? 'x' : '-';
  };
  return (
    typeLetter(mode) +
    bit(0o400, 'r') +
    bit(0o200, 'w') +
    special(0o100, S_ISUID, 's', 'S') +
    bit(0o40, 'r') +
    bit(0o20, 'w') +
    special(0o10, S_ISGID, 's', 'S') +
    bit(0o4, 'r') +
    bit(0o2, 'w') +
    special(0o1, S_ISVTX, 't', 'T')
  );
}

/** stat's %F: "regular file", "directory", ... */
export function fileTypeName(mode: number, size = 1): string {
  switch (mode & S_IFMT) {
    case S_IFREG:
      return size === 0 ? 'regular empty file' : 'regular file';
    case S_IFDIR:
      return 'directory';
    case S_IFLNK:
      return 'symbolic link';
    case S_IFCHR:
      return 'character special file';
    case S_IFBLK:
      return 'block special file';
    case S_IFIFO:
      return 'fifo';
    case S_IFSOCK:
      return 'socket';
    default:
      return 'weird file';
  }
}

/** One compiled clause of a mode specification. */
interface Change {
  op: '=' | '+' | '-';
  flag: 'plain' | 'copy' | 'xIfAnyX';
  affected: number;
  value: number;
  mentioned: number;
}

export type ModeSpec = readonly Change[];

const WHO: Record<string, number> = { u: S_ISUID | 0o700, g: S_ISGID | 0o70, o: S_ISVTX | 0o7, a: MODE_BITS };
const PERM: Record<string, number> = { r: 0o444, w: 0o222, x: 0o111, s: S_ISUID | S_ISGID, t: S_ISVTX };

function compileOctal(text: string): ModeSpec | null {
  const n = parseInt(text, 8);
  if (n > MODE_BITS) return null;
  const mentioned = text.length < 5 ? (n & (S_ISUID | S_ISGID)) | S_ISVTX | 0o777 : MODE_BITS;
  return [{ op: '=', flag: 'plain', affected: MODE_BITS, value: n, mentioned }];
}

/** Compile `755`, `u+x,go-w`, `a=r`, `g=u`, `+X`; null if invalid. */
export function compileMode(text: string): ModeSpec | null {
  if (/^[0-7]+$/.test(text)) return compileOctal(text);
  const changes: Change[] = [];
  for (const clause of text.split(',')) {
    let i = 0;
    let affected = 0;
    while (i < clause.length && WHO[clause[i]!] !== undefined) affected |= WHO[clause[i++]!]!;
    if (i >= clause.length) return null;
    while (i < clause.length) {
      const op = clause[i++];
      if (op !== '=' && op !== '+' && op !== '-') return null;
      let value = 0;
      let flag: Change['flag'] = 'plain';
      const c = clause[i];
      if (c === 'u' || c === 'g' || c === 'o') {
        value = c === 'u' ? 0o700 : c === 'g' ? 0o70 : 0o7;
        flag = 'copy';
        i++;
      } else {
        while (i < clause.length && /[rwxXst]/.test(clause[i]!)) {
          const p = clause[i++]!;
          if (p === 'X') flag = 'xIfAnyX';
          else value |= PERM[p]!;
        }
      }
      changes.push({ op, flag, affected, value, mentioned: affected ? affected & value : value });
    }
  }
  return changes;
}

/** Apply a compiled mode to an existing mode (mode_adjust). Returns the new permission bits. */
export function adjustMode(oldMode: number, isDir: boolean, umask: number, spec: ModeSpec): number {
  let mode = oldMode & MODE_BITS;
  for (const ch of spec) {
    const omit = isDir ? (S_ISUID | S_ISGID) & ~ch.mentioned : 0;
    let value = ch.value;
    if (ch.flag === 'copy') {
      value &= mode;
      value |= (value & 0o444 ? 0o444 : 0) | (value & 0o222 ? 0o222 : 0) | (value & 0o111 ? 0o111 : 0);
    } else if (ch.flag === 'xIfAnyX' && (mode & 0o111 || isDir)) value |= 0o111;
    value &= (ch.affected ? ch.affected : ~umask) & ~omit;
    if (ch.op === '=') {
      const preserved = (ch.affected ? ~ch.affected : 0) | omit;
      mode = (mode & preserved) | value;
    } else if (ch.op === '+') mode |= value;
    else mode &= ~value;
  }
  return mode & MODE_BITS;
}

/** Octal with a leading 0 as chmod -v prints it: 0644, 4755. */
export function octalMode(mode: number): string {
  return (mode & MODE_BITS).toString(8).padStart(4, '0');
}
