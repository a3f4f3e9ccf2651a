// df's table (coreutils 9.1 df.c): the columns of each display mode with their minimum widths and
// alignment, one row's cells from statfs figures, and the padded output.

import { humanSize } from './human';
import { blocksHeader, scaleBlocks } from './blocksize';
import type { BlockSize } from './blocksize';
import type { OptionSpec } from './getopt';
import { HELP_OPTS } from './usage';

export type DfMode = 'default' | 'human' | 'inodes' | 'posix';

/** Sizes in bytes, inode counts as they are. */
export interface DfUsage {
  blocks: number;
  bfree: number;
  bavail: number;
  files: number;
  ffree: number;
}

type Field =
  | 'source'
  | 'fstype'
  | 'size'
  | 'used'
  | 'avail'
  | 'pcent'
  | 'itotal'
  | 'iused'
  | 'iavail'
  | 'ipcent'
  | 'target';

export interface Column {
  readonly field: Field;
  readonly header: string;
  readonly min: number;
  readonly right: boolean;
}

export const DF_SPECS: OptionSpec[] = [
  { key: 'a', short: 'a', long: 'all' },
  { key: 'B', short: 'B', long: 'block-size', arg: true },
  { key: 'i', short: 'i', long: 'inodes' },
  { key: 'h', short: 'h', long: 'human-readable' },
  { key: 'H', short: 'H', long: 'si' },
  { key: 'k', short: 'k' },
  { key: 'l', short: 'l', long: 'local' },
  { key: 'm', short: 'm' },
  { key: 'P', short: 'P', long: 'portability' },
  { key: 'T', short: 'T', long: 'print-type' },
  { key: 'sync', long: 'sync' },
  { key: 'no-sync', long: 'no-sync' },
  { key: 'total', long: 'total' },
  { key: 't', short: 't', long: 'type', arg: true },
  { key: 't', short: 'F', arg: true },
  { key: 'x', short: 'x', long: 'exclude-type', arg: true },
  { key: 'v', short: 'v' },
];

/** gnulib mountlist's ME_DUMMY types: hidden unless -a. */
const DUMMY = new Set([
  'autofs',
  'proc',
  'subfs',
  'debugfs',
  'devpts',
  'fusectl',
  'fuse.portal',
  'mqueue',
  'rpc_pipefs',
  'sysfs',
  'devfs',
  'kernfs',
  'ignore',
  'none',
]);

export const isDummy = (fstype: string): boolean => DUMMY.has(fstype);

const col = (field: Field, header: string, min: number, right: boolean): Column => ({
  field,
  header,
  min,
  right,
});

export function dfColumns(mode: DfMode, withType: boolean, block: BlockSize): Column[] {
  const cols = [col('source', 'Filesystem', 14, false)];
  if (withType) cols.push(col('fstype', 'Type', 4, false));
  if (mode === 'inodes') {
    cols.push(col('itotal', 'Inodes', 5, true), col('iused', 'IUsed', 5, true));
    cols.push(col('iavail', 'IFree', 5, true), col('ipcent', 'IUse%', 4, true));
  } else {
    const size = mode === 'human' ? 'Size' : mode === 'posix' ? `${block.size}-blocks` : blocksHeader(block);
    cols.push(col('size', size, 5, true), col('used', 'Used', 5, true));
    cols.push(col('avail', mode === 'human' ? 'Avail' : 'Available', 5, true));
    cols.push(col('pcent', mode === 'posix' ? 'Capacity' : 'Use%', 4, true));
  }
  cols.push(col('target', 'Mounted on', 0, false));
  return cols;
}

/** Use%: used / (used + available), rounded up; "-" when both are 0. */
function percent(used: number, avail: number): string {
  const total = used + avail;
  return total === 0 ? '-' : `${Math.ceil((used * 100) / total)}%`;
}

export function dfRow(
  cols: readonly Column[],
  source: string,
  fstype: string,
  target: string,
  u: DfUsage,
  human: 0 | 1000 | 1024,
  block: BlockSize,
): string[] {
  const size = (bytes: number): string => (human ? hsize(bytes, human) : scaleBlocks(bytes, block));
  const count = (n: number): string => (human ? hsize(n, human) : String(n));
  const cell: Record<Field, () => string> = {
    source: () => source,
    fstype: () => fstype,
    size: () => size(u.blocks),
    used: () => size(u.blocks - u.bfree),
    avail: () => size(u.bavail),
    pcent: () => percent(u.blocks - u.bfree, u.bavail),
    itotal: () => count(u.files),
    iused: () => count(u.files - u.ffree),
    iavail: () => count(u.ffree),
    ipcent: () => percent(u.files - u.ffree, u.ffree),
    target: () => target,
  };
  return cols.map((c) => cell[c.field]());
}

function hsize(n: number, base: 1000 | 1024): string {
  const s = humanSize(n, base);
  return base === 1000 ? s.replace(/K$/, 'k') : s;
}

/** print_table: single spaces between columns, each padded to its widest cell; the last unpadded. */
export function printTable(cols: readonly Column[], rows: readonly (readonly string[])[]): string {
  const all = [cols.map((c) => c.header), ...rows];
  const widths = cols.map((c, i) => Math.max(c.min, ...all.map((r) => [...(r[i] ?? '')].length)));
  return all
    .map((r) =>
      r
        .map((cell, i) => {
          const c = cols[i]!;
          if (c.right) return cell.padStart(widths[i]!);
          return i === cols.length - 1 ? cell : cell.padEnd(widths[i]!);
        })
        .join(' '),
    )
    .join('\n')
    .concat('\n');
}

export const DF_HELP = `Usage: df [OPTION]... [FILE]...
Show information about the file system on which each FILE resides,
or all file systems by default.

Mandatory arguments to long options are mandatory for short options too.
  -a, --all             include pseudo, duplicate, inaccessible file systems
  -B, --block-size=SIZE  scale sizes by SIZE before printing them; e.g.,
                           '-BM' prints sizes in units of 1,048,576 bytes;
                           see SIZE format below
  -h, --human-readable  print sizes in powers of 1024 (e.g., 1023M)
  -H, --si              print sizes in powers of 1000 (e.g., 1.1G)
  -i, --inodes          list inode information instead of block usage
  -k                    like --block-size=1K
  -l, --local           limit listing to local file systems
      --no-sync         do not invoke sync before getting usage info (default)
      --output[=FIELD_LIST]  use the output format defined by FIELD_LIST,
                               or print all fields if FIELD_LIST is omitted.
  -P, --portability     use the POSIX output format
      --sync            invoke sync before getting usage info
      --total           elide all entries insignificant to available space,
                          and produce a grand total
  -t, --type=TYPE       limit listing to file systems of type TYPE
  -T, --print-type      print file system type
  -x, --exclude-type=TYPE   limit listing to file systems not of type TYPE
  -v                    (ignored)
${HELP_OPTS}
Display values are in units of the first available SIZE from --block-size,
and the DF_BLOCK_SIZE, BLOCK_SIZE and BLOCKSIZE environment variables.
Otherwise, units default to 1024 bytes (or 512 if POSIXLY_CORRECT is set).

The SIZE argument is an integer and optional unit (example: 10K is 10*1024).
Units are K,M,G,T,P,E,Z,Y (powers of 1024) or KB,MB,... (powers of 1000).
Binary prefixes can be used, too: KiB=K, MiB=M, and so on.

FIELD_LIST is a comma-separated list of columns to be included.  Valid
field names are: 'source', 'fstype', 'itotal', 'iused', 'iavail', 'ipcent',
'size', 'used', 'avail', 'pcent', 'file' and 'target' (see info page).
`;
