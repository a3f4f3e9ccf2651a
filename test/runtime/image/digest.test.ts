import { describe, expect, it } from 'vitest';
import { encode } from '../../../src/lib/utf8';
import {
  chainId,
  chainIds,
  diffId,
  imageId,
  isDigest,
  sha256Digest,
  shortId,
} from '../../../src/runtime/image/digest';
import { encodeLayer } from '../../../src/runtime/image/changeset';
import type { DirNode, FileNode } from '../../../src/runtime/image/tree';
import { dirNode } from '../../../src/runtime/image/tree';

// The same tree as made on Debian 12 with GNU tar 1.34:
//   tar --format=gnu -b1 --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf layer.tar bin etc
// bin/busybox "BB\n" 0755, bin/ls a hard link to it, bin/sh -> busybox, etc/.wh.old (0600, empty),
// etc/passwd. sha256sum layer.tar printed c64aa457…; the archive was 5632 bytes.
function sampleUpper(): DirNode {
  const root = dirNode();
  const bin = dirNode();
  const busybox: FileNode = { kind: 'file', mode: 0o755, uid: 0, gid: 0, mtime: 0, data: encode('BB\n') };
  bin.children.set('busybox', busybox);
  bin.children.set('ls', busybox);
  bin.children.set('sh', { kind: 'symlink', mode: 0o777, uid: 0, gid: 0, mtime: 0, target: 'busybox' });
  const etc = dirNode();
  etc.children.set('old', { kind: 'whiteout' });
  etc.children.set('passwd', {
    kind: 'file',
    mode: 0o644,
    uid: 0,
    gid: 0,
    mtime: 0,
    data: encode('root:x:0:0:root:/root:/bin/sh\n'),
  });
  root.children.set('bin', bin);
  root.children.set('etc', etc);
  return root;
}

describe('digests', () => {
  it('sha256 of bytes and strings, as sha256sum prints', () => {
    // printf x | sha256sum; printf '{"a":1}' | sha256sum
    expect(sha256Digest('x')).toBe('sha256:2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881');
    expect(imageId(encode('{"a":1}'))).toBe(
      'sha256:015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862',
    );
  });

  it('a layer with a whiteout, a hard link and a symlink hashes as GNU tar wrote it', () => {
    const tar = encodeLayer(sampleUpper());
    expect(tar.length).toBe(5632);
    expect(diffId(tar)).toBe('sha256:c64aa4578c03c6924ea6833ab800a7a7b217116870cc7c19fa64f5ba42b5108c');
  });

  it('ChainIDs: the first is the DiffID, then sha256("<parent> <diff>")', () => {
    const d1 = 'sha256:c64aa4578c03c6924ea6833ab800a7a7b217116870cc7c19fa64f5ba42b5108c' as const;
    const d2 = 'sha256:2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881' as const;
    // printf 'sha256:%s sha256:%s' c64a… 2d71… | sha256sum
    const c2 = 'sha256:ba23444b5aa8f872945eeb30a21adc39d452212f96523890c2c1a07258ea84bc';
    expect(chainId(undefined, d1)).toBe(d1);
    expect(chainId(d1, d2)).toBe(c2);
    expect(chainIds([d1, d2])).toEqual([d1, c2]);
    expect(chainIds([])).toEqual([]);
  });

  it('recognises digests and shortens ids', () => {
    expect(isDigest('sha256:' + 'a'.repeat(64))).toBe(true);
    expect(isDigest('sha256:' + 'A'.repeat(64))).toBe(false);
    expect(isDigest('sha256:abc')).toBe(false);
    expect(shortId('sha256:015abd7f5cc57a2dd94b')).toBe('015abd7f5cc5');
    expect(shortId('015abd7f5cc57a2dd94b')).toBe('015abd7f5cc5');
  });
});
