import { describe, expect, it } from 'vitest';
import { encode } from '../../../../src/lib/utf8';
import { exportTree } from '../../../../src/runtime/image/archive';
import type { FileNode } from '../../../../src/runtime/image/tree';
import { dirNode } from '../../../../src/runtime/image/tree';
import { T0 } from './fixtures';
import { readText, tarExtract, tarList } from './host';

function mergedRoot(): ReturnType<typeof dirNode> {
  const root = dirNode(0o755, T0);
  const bin = dirNode(0o755, T0);
  const sh: FileNode = {
    kind: 'file',
    mode: 0o755,
    uid: 0,
    gid: 0,
    mtime: T0,
    data: encode('#!glasshouse sh\n'),
  };
  bin.children.set('sh', sh);
  bin.children.set('ash', sh);
  const etc = dirNode(0o755, T0 + 60);
  etc.opaque = true;
  etc.children.set('mtab', {
    kind: 'symlink',
    mode: 0o777,
    uid: 0,
    gid: 0,
    mtime: T0,
    target: '/proc/mounts',
  });
  etc.children.set('gone', { kind: 'whiteout', mode: 0, uid: 0, gid: 0, mtime: T0 });
  etc.children.set('hostname', {
    kind: 'file',
    mode: 0o644,
    uid: 0,
    gid: 0,
    mtime: T0 + 60,
    data: encode('c0ffee\n'),
  });
  const dev = dirNode(0o755, T0);
  dev.children.set('null', { kind: 'chr', mode: 0o666, uid: 0, gid: 0, mtime: T0, major: 1, minor: 3 });
  const tmp = dirNode(0o1777, T0);
  tmp.uid = 1000;
  root.children.set('bin', bin);
  root.children.set('etc', etc);
  root.children.set('dev', dev);
  root.children.set('tmp', tmp);
  return root;
}

describe('docker export', () => {
  it('flattens the merged tree into one tar real GNU tar lists (links, devices; no overlay markers)', () => {
    // Printed by `tar -tvf` (GNU tar 1.34, TZ=UTC).
    expect(tarList(exportTree(mergedRoot()))).toBe(
      `drwxr-xr-x 0/0               0 2023-11-14 22:13 bin/
-rwxr-xr-x 0/0              16 2023-11-14 22:13 bin/ash
hrwxr-xr-x 0/0               0 2023-11-14 22:13 bin/sh link to bin/ash
drwxr-xr-x 0/0               0 2023-11-14 22:13 dev/
crw-rw-rw- 0/0             1,3 2023-11-14 22:13 dev/null
drwxr-xr-x 0/0               0 2023-11-14 22:14 etc/
-rw-r--r-- 0/0               7 2023-11-14 22:14 etc/hostname
lrwxrwxrwx 0/0               0 2023-11-14 22:13 etc/mtab -> /proc/mounts
drwxrwxrwt 1000/0            0 2023-11-14 22:13 tmp/
`,
    );
  });

  it('extracts with real GNU tar', () => {
    const dir = tarExtract(exportTree(mergedRoot()));
    expect(readText(`${dir}/bin/sh`)).toBe('#!glasshouse sh\n');
    expect(readText(`${dir}/etc/hostname`)).toBe('c0ffee\n');
  });

  it('ends with two zero blocks and no record padding, as Go archive/tar does', () => {
    const tar = exportTree(dirNode());
    expect(tar.length).toBe(1024);
    expect(tar.every((b) => b === 0)).toBe(true);
  });
});
