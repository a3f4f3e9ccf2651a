import { describe, expect, it } from 'vitest';
import type { Stat } from '../../../src/kernel/abi/stat';
import { DEFAULT_TERSE, defaultFormat, formatStat } from '../../../src/userland/libc/statfmt';

const ns = (sec: number, nsec: number): number => sec * 1e9 + nsec;
// The file of `stat f` on Debian (values copied from its output).
const st: Stat = {
  dev: 0xfe00,
  ino: 2171329,
  mode: 0o100755,
  nlink: 2,
  uid: 0,
  gid: 0,
  rdev: 0,
  size: 0,
  blksize: 4096,
  blocks: 8,
  atimeNs: ns(1795589788, 386080000),
  mtimeNs: ns(1795589788, 378080000),
  ctimeNs: ns(1795589815, 18080000),
  btimeNs: ns(1795589788, 378080000),
  atime: { sec: 1795589788, nsec: 386080000 },
  mtime: { sec: 1795589788, nsec: 378080000 },
  ctime: { sec: 1795589815, nsec: 18080000 },
  btime: { sec: 1795589788, nsec: 378080000 },
};
const info = { name: 'f', st, userName: 'root', groupName: 'root' };

describe('stat formats', () => {
  it('default layout', () => {
    expect(formatStat(defaultFormat(st), info, false, true)).toBe(
      '  File: f\n' +
        '  Size: 0         \tBlocks: 8          IO Block: 4096   regular empty file\n' +
        'Device: 254,0\tInode: 2171329     Links: 2\n' +
        'Access: (0755/-rwxr-xr-x)  Uid: (    0/    root)   Gid: (    0/    root)\n' +
        'Access: 2026-11-25 06:56:28.386080000 +0000\n' +
        'Modify: 2026-11-25 06:56:28.378080000 +0000\n' +
        'Change: 2026-11-25 06:56:55.018080000 +0000\n' +
        ' Birth: 2026-11-25 06:56:28.378080000 +0000\n',
    );
  });
  it('terse', () => {
    expect(formatStat(DEFAULT_TERSE, info)).toBe(
      'f 0 8 81ed 0 0 fe00 2171329 2 0 0 1795589788 1795589788 1795589815 1795589788 4096',
    );
  });
  it('directives with widths and flags', () => {
    expect(formatStat('%n %s %-5s| %05s %b %B %f %D %o %t %T', info)).toBe(
      'f 0 0    | 00000 8 512 81ed fe00 4096 0 0',
    );
    expect(formatStat('%10n|%-10n|', info)).toBe('         f|f         |');
    expect(formatStat('%.3Y %W %q', info)).toBe('1795589788.378 1795589788 ?');
    expect(formatStat('%N', { ...info, name: 'a b' })).toBe("'a b'");
    expect(formatStat('%N', { ...info, st: { ...st, mode: 0o120777 }, name: 'sl', target: 'f' })).toBe(
      "'sl' -> 'f'",
    );
    expect(formatStat('a\\tb\\n%%', info, true)).toBe('a\tb\n%');
    expect(formatStat('a\\tb', info)).toBe('a\\tb');
  });
  it('device numbers', () => {
    const dev = { ...st, mode: 0o20666, rdev: (1 << 8) | 3, dev: 6 };
    expect(formatStat('%t %T %Hr,%Lr %Hd,%Ld', { ...info, st: dev })).toBe('1 3 1,3 0,6');
    expect(defaultFormat(dev)).toContain('Links: %-5h Device type: %Hr,%Lr\n');
  });
});
