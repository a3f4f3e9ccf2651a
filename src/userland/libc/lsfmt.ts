// ls's per-file text: long-listing rows with GNU's column widths (links, owner, group, size or
// "major, minor"), -F indicators, and the colors of GNU's built-in LS_COLORS defaults.

import type { Stat } from '../../kernel/abi/stat';
import {
  S_IFDIR,
  S_IFLNK,
  S_IFMT,
  S_IFREG,
  isBlk,
  isChr,
  isDir,
  isLnk,
  major,
  minor,
} from '../../kernel/abi/stat';
import { humanSize } from './human';
import { modeString, typeLetter } from './mode';
import { lsDate } from './timefmt';

/** What ls knows about one file it lists. */
export interface LsFile {
  /** The name as given or as read from the directory. */
  readonly name: string;
  /** lstat, or stat when following; null when even lstat failed. */
  readonly st: Stat | null;
  /** A symlink's target text and the target's stat (null if dangling). */
  readonly target?: string;
  readonly targetSt?: Stat | null;
}

export interface LongOpts {
  readonly showOwner: boolean;
  readonly showGroup: boolean;
  readonly human: boolean;
  readonly nowNs: number;
  readonly timeField: 'mtime' | 'atime' | 'ctime';
  readonly owner: (uid: number) => string;
  readonly group: (gid: number) => string;
}

/** Blocks in 1K units (ls -s), or human-readable with -h. */
export function blocksText(st: Stat, human: boolean): string {
  return human ? humanSize(st.blocks * 512) : String(Math.ceil(st.blocks / 2));
}

function sizeText(st: Stat, human: boolean): string {
  return human ? humanSize(st.size) : String(st.size);
}

function timeOf(st: Stat, field: LongOpts['timeField']): number {
  return field === 'atime' ? st.atimeNs : field === 'ctime' ? st.ctimeNs : st.mtimeNs;
}

/** The long-listing prefixes (everything before the name) of a set of files, aligned. */
export function longPrefixes(files: readonly LsFile[], o: LongOpts): string[] {
  const rows = files.map((f) => {
    const st = f.st;
    if (!st) return null;
    const dev = isChr(st.mode) || isBlk(st.mode);
    return {
      mode: modeString(st.mode),
      nlink: String(st.nlink),
      owner: o.owner(st.uid),
      group: o.group(st.gid),
      size: dev ? '' : sizeText(st, o.human),
      major: dev ? String(major(st.rdev)) : '',
      minor: dev ? String(minor(st.rdev)) : '',
      date: lsDate(timeOf(st, o.timeField), o.nowNs),
    };
  });
  const w = (k: 'nlink' | 'owner' | 'group' | 'size' | 'major' | 'minor'): number =>
    Math.max(0, ...rows.map((r) => (r ? r[k].length : 0)));
  const [nl, ow, gr, maj, min] = [w('nlink'), w('owner'), w('group'), w('major'), w('minor')];
  const hasDev = rows.some((r) => r && r.major !== '');
  const sz = Math.max(w('size'), hasDev ? maj + 2 + min : 0);
  return rows.map((r) => {
    if (!r) return '?????????? ? ? ? ?            ? ';
    let s = `${r.mode} ${r.nlink.padStart(nl)} `;
    if (o.showOwner) s += `${r.owner.padEnd(ow)} `;
    if (o.showGroup) s += `${r.group.padEnd(gr)} `;
    s += r.major !== '' ? `${r.major.padStart(sz - min - 2)}, ${r.minor.padStart(min)}` : r.size.padStart(sz);
    return `${s} ${r.date} `;
  });
}

/** The -F / -p indicator character. */
export function indicator(st: Stat | null, classify: 'all' | 'slash' | 'none'): string {
  if (!st || classify === 'none') return '';
  if (isDir(st.mode)) return '/';
  if (classify === 'slash') return '';
  switch (typeLetter(st.mode)) {
    case 'l':
      return '@';
    case 'p':
      return '|';
    case 's':
      return '=';
    default:
      return (st.mode & S_IFMT) === S_IFREG && st.mode & 0o111 ? '*' : '';
  }
}

/** GNU ls's built-in color for a file (LS_COLORS unset), or '' for none. */
export function colorOf(f: LsFile): string {
  const st = f.st;
  if (!st) return '';
  const mode = st.mode;
  switch (mode & S_IFMT) {
    case S_IFLNK:
      return '01;36';
    case S_IFDIR:
      if (mode & 0o1000 && mode & 0o2) return '30;42';
      if (mode & 0o1000) return '37;44';
      if (mode & 0o2) return '34;42';
      return '01;34';
    case S_IFREG:
      if (mode & 0o4000) return '37;41';
      if (mode & 0o2000) return '30;43';
      return mode & 0o111 ? '01;32' : '';
    default:
      if (isChr(mode) || isBlk(mode)) return '01;33';
      if (typeLetter(mode) === 'p') return '33';
      if (typeLetter(mode) === 's') return '01;35';
      return '';
  }
}

/** Whether a file is a symlink (for "-> target" in long listings). */
export function isLink(f: LsFile): boolean {
  return !!f.st && isLnk(f.st.mode);
}
