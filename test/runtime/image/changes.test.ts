import { describe, expect, it } from 'vitest';
import { encode } from '../../../src/lib/utf8';
import { changes, formatChanges } from '../../../src/runtime/image/changes';
import type { DirNode } from '../../../src/runtime/image/tree';
import { dirNode, ensureDir } from '../../../src/runtime/image/tree';

function put(root: DirNode, path: string, content: string | null): void {
  const parts = path.split('/');
  const name = parts.pop() ?? '';
  const dir = ensureDir(root, parts.join('/'));
  dir.children.set(
    name,
    content === null
      ? { kind: 'whiteout' }
      : { kind: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 0, data: encode(content) },
  );
}

describe('docker diff', () => {
  it('dk-06: the container that edited /etc, made /var/a/b/c and removed /built.txt', () => {
    // bb:v1's root: bb:base (/bin, /etc/passwd, /etc/old, /etc/keep, /tmp) + /built.txt + /app/app.txt − /etc/old
    const lower = dirNode();
    for (const p of ['bin/busybox', 'etc/passwd', 'etc/keep', 'built.txt', 'app/app.txt']) put(lower, p, 'x');
    ensureDir(lower, 'tmp');
    // sh -c 'echo x > /etc/new; echo y >> /etc/keep; rm /etc/passwd; mkdir -p /var/a/b; touch /var/a/b/c; rm /built.txt'
    const upper = dirNode();
    put(upper, 'etc/new', 'x\n');
    put(upper, 'etc/keep', 'x\ny\n');
    put(upper, 'etc/passwd', null);
    put(upper, 'var/a/b/c', '');
    put(upper, 'built.txt', null);
    put(upper, 'etc/hostname', 'd1\n');
    // docker diff d1 | sort -k2 printed:
    expect(formatChanges(changes(upper, lower, new Set(['/etc/hostname'])))).toBe(
      'D /built.txt\nC /etc\nC /etc/keep\nA /etc/new\nD /etc/passwd\nA /var\nA /var/a\nA /var/a/b\nA /var/a/b/c\n',
    );
  });

  it('an opaque directory hides what was below: its children are additions', () => {
    const lower = dirNode();
    put(lower, 'd/old', 'o');
    const upper = dirNode();
    put(upper, 'd/old', 'new');
    const d = upper.children.get('d');
    if (d?.kind === 'dir') d.opaque = true;
    expect(formatChanges(changes(upper, lower))).toBe('C /d\nA /d/old\n');
  });
});
