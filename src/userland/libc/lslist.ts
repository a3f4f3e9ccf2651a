// The listing engine of ls: stat each file, sort as GNU does (C-locale names, time, size), and
// print a group of files one per line, in columns, or as long rows, with quoting, colors, -i/-s
// fields and the "total" line.

import type { Stat } from '../../kernel/abi/stat';
import { isLnk } from '../../kernel/abi/stat';
import type { Gen, Sys } from '../sys';
import { formatColumns, displayWidth } from './columns';
import { humanSize } from './human';
import type { Output } from './io';
import type { LongOpts, LsFile } from './lsfmt';
import { blocksText, colorOf, indicator, longPrefixes } from './lsfmt';
import { needsShellQuoting, shellEscape } from './quote';
import { compareNames } from './walk';

export interface LsOpts {
  format: 'long' | 'single' | 'columns' | 'across';
  width: number;
  all: 'all' | 'almost' | 'visible';
  directory: boolean;
  recursive: boolean;
  human: boolean;
  classify: 'all' | 'slash' | 'none';
  sort: 'name' | 'time' | 'size' | 'none';
  reverse: boolean;
  inode: boolean;
  size: boolean;
  follow: boolean;
  color: boolean;
  /** shell-escape quoting (a terminal) rather than literal names. */
  quote: boolean;
  timeField: 'mtime' | 'atime' | 'ctime';
  long: LongOpts;
  out: Output;
  /** GNU writes "\e[0m" once, before the first colored name. */
  colorStarted: boolean;
}

/** lstat (or stat with -L) a file, reading a symlink's target. */
export function* statFile(
  sys: Sys,
  path: string,
  name: string,
  follow: boolean,
): Gen<LsFile & { err?: number }> {
  let st: Stat | number = follow ? yield* sys.stat(path) : yield* sys.lstat(path);
  if (typeof st === 'number' && follow) st = yield* sys.lstat(path);
  if (typeof st === 'number') return { name, st: null, err: st };
  if (!isLnk(st.mode)) return { name, st };
  const target = yield* sys.readlink(path);
  const tst = yield* sys.stat(path);
  return {
    name,
    st,
    target: typeof target === 'string' ? target : '',
    targetSt: typeof tst === 'number' ? null : tst,
  };
}

function timeKey(st: Stat | null, field: LsOpts['timeField']): number {
  if (!st) return 0;
  return field === 'atime' ? st.atimeNs : field === 'ctime' ? st.ctimeNs : st.mtimeNs;
}

/** Sort as GNU ls: by name, or newest / largest first with names breaking ties; -r reverses. */
export function sortFiles(
  files: readonly LsFile[],
  o: Pick<LsOpts, 'sort' | 'reverse' | 'timeField'>,
): LsFile[] {
  if (o.sort === 'none') return [...files];
  const byName = (a: LsFile, b: LsFile): number => compareNames(a.name, b.name);
  const cmp = (a: LsFile, b: LsFile): number => {
    if (o.sort === 'time') {
      const d = timeKey(b.st, o.timeField) - timeKey(a.st, o.timeField);
      if (d !== 0) return d;
    } else if (o.sort === 'size') {
      const d = (b.st?.size ?? 0) - (a.st?.size ?? 0);
      if (d !== 0) return d;
    }
    return byName(a, b);
  };
  const sorted = [...files].sort(cmp);
  return o.reverse ? sorted.reverse() : sorted;
}

function paint(o: LsOpts, text: string, color: string): string {
  if (!o.color || color === '') return text;
  const reset = o.colorStarted ? '' : '\x1b[0m';
  o.colorStarted = true;
  return `${reset}\x1b[${color}m${text}\x1b[0m`;
}

/** The displayed name with quoting, color and indicator; width excludes escape sequences. */
function nameCell(f: LsFile, o: LsOpts, pad: boolean): { text: string; width: number } {
  const q = o.quote ? shellEscape(f.name) : f.name;
  const lead = pad && q === f.name ? ' ' : '';
  const long = o.format === 'long';
  const ind = long && f.st && isLnk(f.st.mode) ? '' : indicator(f.st, o.classify);
  let text = lead + paint(o, q, colorOf(f)) + ind;
  let width = displayWidth(lead + q + ind);
  if (long && f.target !== undefined) {
    const t = o.quote ? shellEscape(f.target) : f.target;
    const tf: LsFile = { name: f.target, st: f.targetSt ?? null };
    const tInd = f.targetSt ? indicator(f.targetSt, o.classify) : '';
    text += ' -> ' + paint(o, t, f.targetSt ? colorOf(tf) : colorOf(f)) + tInd;
    width += 4 + displayWidth(t + tInd);
  }
  return { text, width };
}

/** Print a group of files (one directory's entries, or the file operands). */
export function* listFiles(sys: Sys, files: readonly LsFile[], o: LsOpts, isDirListing: boolean): Gen<void> {
  const pad = o.quote && o.format !== 'single' && files.some((f) => needsShellQuoting(f.name));
  const inoW = Math.max(0, ...files.map((f) => String(f.st?.ino ?? '?').length));
  const blkW = Math.max(0, ...files.map((f) => (f.st ? blocksText(f.st, o.human) : '?').length));
  if (isDirListing && (o.format === 'long' || o.size)) {
    const blocks = files.reduce((n, f) => n + (f.st?.blocks ?? 0), 0);
    yield* o.out.write(`total ${o.human ? humanSize(blocks * 512) : Math.ceil(blocks / 2)}\n`);
  }
  const prefix = (f: LsFile): string => {
    let s = '';
    if (o.inode) s += `${String(f.st?.ino ?? '?').padStart(inoW)} `;
    if (o.size) s += `${(f.st ? blocksText(f.st, o.human) : '?').padStart(blkW)} `;
    return s;
  };
  if (o.format === 'long') {
    const rows = longPrefixes(files, o.long);
    for (let i = 0; i < files.length; i++) {
      const f = files[i]!;
      yield* o.out.write(`${prefix(f)}${rows[i]}${nameCell(f, o, pad).text}\n`);
      yield* sys.compute(1000);
    }
    return;
  }
  const cells = files.map((f) => {
    const c = nameCell(f, o, pad);
    const p = prefix(f);
    return { text: p + c.text, width: p.length + c.width };
  });
  if (o.format === 'single') {
    for (const c of cells) yield* o.out.write(c.text + '\n');
    return;
  }
  yield* sys.compute(1000 * cells.length);
  yield* o.out.write(formatColumns(cells, o.width, o.format === 'columns'));
}
