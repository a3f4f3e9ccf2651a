import { describe, expect, it } from 'vitest';
import { decode, encode } from '../../../src/lib/utf8';
import { readTar, verboseLine, newListWidths } from '../../../src/userland/libc/tar';
import { encodeLayer, WHITEOUT_MODE } from '../../../src/runtime/image/changeset';
import { applyLayer, decodeLayer, layerSize } from '../../../src/runtime/image/unpack';
import type { DirNode, TreeNode } from '../../../src/runtime/image/tree';
import { dirNode, lookup, walk } from '../../../src/runtime/image/tree';

function file(text: string, mode = 0o644): TreeNode {
  return { kind: 'file', mode, uid: 0, gid: 0, mtime: 0, data: encode(text) };
}

function tree(spec: Record<string, string | null>): DirNode {
  const root = dirNode();
  for (const [path, content] of Object.entries(spec)) {
    const parts = path.split('/');
    const name = parts.pop() ?? '';
    let dir = root;
    for (const p of parts) {
      const next = dir.children.get(p);
      if (next?.kind === 'dir') dir = next;
      else dir.children.set(p, (dir = dirNode()));
    }
    if (name === '') continue;
    dir.children.set(name, content === null ? { kind: 'whiteout' } : file(content));
  }
  return root;
}

function listing(root: DirNode): string[] {
  const out: string[] = [];
  walk(root, (path, node) => {
    const extra =
      node.kind === 'file' ? `=${decode(node.data)}` : node.kind === 'dir' && node.opaque ? ' opq' : '';
    out.push(`${node.kind} ${path}${extra}`);
  });
  return out;
}

function names(tar: Uint8Array): string[] {
  return readTar(tar).members.map((m) => `${m.header.mode.toString(8)} ${m.header.size} ${m.header.name}`);
}

describe('layer changesets', () => {
  it('RUN rm /etc/old: the layer holds etc/ and an empty 0600 etc/.wh.old (dk-05)', () => {
    const tar = encodeLayer(tree({ 'etc/old': null }));
    // docker save … | tar -tvf …/layer.tar | awk '{print $1, $3, $NF}' printed these two lines.
    const w = newListWidths();
    const lines = readTar(tar).members.map((m) => {
      const f = verboseLine(m.header, w).trim().split(/ +/);
      return `${f[0]} ${f[2]} ${f[f.length - 1]}`;
    });
    expect(lines).toEqual(['drwxr-xr-x 0 etc/', '-rw------- 0 etc/.wh.old']);
    expect(layerSize(tar)).toBe(0);
    expect(WHITEOUT_MODE).toBe(0o600);
  });

  it('the layer.md example: .wh.file1, a/.wh.file2, .wh.b, file4', () => {
    const upper = tree({ file1: null, 'a/file2': null, b: null, file4: 'new\n' });
    expect(names(encodeLayer(upper))).toEqual([
      '755 0 a/',
      '600 0 a/.wh.file2',
      '600 0 .wh.b',
      '600 0 .wh.file1',
      '644 4 file4',
    ]);
  });

  it('an opaque directory is followed by its .wh..wh..opq marker with the dir permissions', () => {
    const upper = tree({ 'd/x': 'x' });
    const d = upper.children.get('d');
    if (d?.kind !== 'dir') throw new Error('no dir');
    d.opaque = true;
    d.mode = 0o1750;
    expect(names(encodeLayer(upper))).toEqual(['1750 0 d/', '750 0 d/.wh..wh..opq', '644 1 d/x']);
  });

  it('round trip upper → tar → overlay dir keeps whiteouts, opaque dirs, links', () => {
    const upper = tree({ 'etc/old': null, 'etc/new': 'n\n', 'var/a/b/c': '' });
    const shared = file('same');
    upper.children.set('h1', shared);
    upper.children.set('h2', shared);
    upper.children.set('s', { kind: 'symlink', mode: 0o777, uid: 0, gid: 0, mtime: 5, target: 'etc/new' });
    const v = upper.children.get('var');
    if (v?.kind === 'dir') v.opaque = true;
    const tar = encodeLayer(upper);
    const back = decodeLayer(tar);
    expect(back.ok).toBe(true);
    expect(listing(back.root)).toEqual(listing(upper));
    expect(lookup(back.root, 'h1')).toBe(lookup(back.root, 'h2'));
    expect(encodeLayer(back.root)).toEqual(tar);
  });

  it('applying layers: whiteouts remove, opaque dirs drop lower children only, dirs merge', () => {
    const root = tree({ 'etc/passwd': 'p', 'etc/old': 'o', 'opt/lower': 'l', 'bin/sh': 'sh' });
    const upper = tree({ 'etc/old': null, 'etc/new': 'n', 'opt/mine': 'm', bin: null });
    const opt = upper.children.get('opt');
    if (opt?.kind === 'dir') opt.opaque = true;
    expect(applyLayer(root, encodeLayer(upper))).toEqual({ ok: true });
    expect(listing(root)).toEqual([
      'dir etc',
      'file etc/new=n',
      'file etc/passwd=p',
      'dir opt',
      'file opt/mine=m',
    ]);
  });

  it('a file replaces a directory and a directory replaces a file', () => {
    const root = tree({ 'a/x': '1', b: '2' });
    expect(applyLayer(root, encodeLayer(tree({ a: 'now a file', 'b/y': '3' })))).toEqual({ ok: true });
    expect(listing(root)).toEqual(['file a=now a file', 'dir b', 'file b/y=3']);
  });

  it('reports bad layers instead of throwing', () => {
    expect(applyLayer(dirNode(), encode('not a tar'.repeat(100)))).toEqual({
      ok: false,
      error: 'not a tar archive',
    });
  });
});
