// The pure stacking module on hand-made layer trees: provenance in the merged view, marks per
// layer, whiteouts and opaque directories as overlayfs applies them, and dive's efficiency figure
// (wasted = cumulative size of paths with two or more versions; score = Σ min / Σ cumulative).
import { describe, expect, it } from 'vitest';
import { efficiency } from '../../../../src/world/inspect/layers/efficiency';
import { contributors, layerDir, mergedDir, provider } from '../../../../src/world/inspect/layers/merge';
import type { LayerNode } from '../../../../src/world/inspect/layers/types';
import { makeLayersFixture } from '../../../bench/views/layers.fixture';

function dir(name: string, children: LayerNode[], opaque = false): LayerNode {
  const sorted = [...children].sort((a, b) => (a.name < b.name ? -1 : 1));
  const total = sorted.reduce((n, c) => n + c.total, 0);
  const count = sorted.reduce((n, c) => n + c.count + 1, 0);
  return {
    name,
    kind: 'dir',
    size: 0,
    mode: 0o40755,
    children: sorted,
    total,
    count,
    ...(opaque ? { opaque } : {}),
  };
}
const file = (name: string, size: number): LayerNode => ({
  name,
  kind: 'file',
  size,
  mode: 0o100644,
  total: size,
  count: 0,
});
const wh = (name: string): LayerNode => ({
  name,
  kind: 'whiteout',
  size: 0,
  mode: 0o20000,
  total: 0,
  count: 0,
});

// layer 0: /etc/passwd (100), /etc/hosts (10), /usr/share/doc/a (50), /usr/share/doc/b (70), /bin (file 5)
// layer 1: /etc/passwd (120, modified), /etc/new (1, added), /usr/share/doc opaque with c (7)
// layer 2: /etc/hosts whited out, /bin a directory now (replacing the file) with sh (9)
const trees = [
  dir('', [
    dir('etc', [file('passwd', 100), file('hosts', 10)]),
    dir('usr', [dir('share', [dir('doc', [file('a', 50), file('b', 70)])])]),
    file('bin', 5),
  ]),
  dir('', [
    dir('etc', [file('passwd', 120), file('new', 1)]),
    dir('usr', [dir('share', [dir('doc', [file('c', 7)], true)])]),
  ]),
  dir('', [dir('etc', [wh('hosts')]), dir('bin', [file('sh', 9)])]),
];

describe('merge: the merged view', () => {
  it('names the layer that provides each path', () => {
    const root = mergedDir(trees, 2, '/');
    expect(root.map((e) => [e.name, e.layer, e.node.kind])).toEqual([
      ['bin', 2, 'dir'],
      ['etc', 2, 'dir'],
      ['usr', 1, 'dir'],
    ]);
    expect(mergedDir(trees, 2, '/etc').map((e) => [e.path, e.layer])).toEqual([
      ['/etc/new', 1],
      ['/etc/passwd', 1],
    ]);
    expect(provider(trees, 2, '/etc/passwd')).toMatchObject({ layer: 1, node: { size: 120 } });
    expect(provider(trees, 2, '/etc/hosts')).toBeUndefined();
    expect(provider(trees, 1, '/etc/hosts')).toMatchObject({ layer: 0, node: { size: 10 } });
    expect(provider(trees, 2, '/bin/sh')).toMatchObject({ layer: 2 });
  });

  it('stops at an opaque directory and at a directory that replaced a file', () => {
    expect(mergedDir(trees, 2, '/usr/share/doc').map((e) => e.name)).toEqual(['c']);
    expect(mergedDir(trees, 0, '/usr/share/doc').map((e) => e.name)).toEqual(['a', 'b']);
    expect(contributors(trees, 2, ['usr', 'share', 'doc']).map((c) => c.layer)).toEqual([1]);
    expect(contributors(trees, 2, ['bin']).map((c) => c.layer)).toEqual([2]);
    expect(mergedDir(trees, 2, '/bin').map((e) => e.name)).toEqual(['sh']);
  });
});

describe('merge: marks per layer', () => {
  it('marks added, modified, deleted, opaque and unchanged entries', () => {
    expect(layerDir(trees, 1, '/etc').map((e) => [e.name, e.mark])).toEqual([
      ['new', 'added'],
      ['passwd', 'modified'],
    ]);
    expect(layerDir(trees, 1, '/usr/share').map((e) => [e.name, e.mark])).toEqual([['doc', 'opaque']]);
    expect(layerDir(trees, 1, '/').map((e) => [e.name, e.mark])).toEqual([
      ['etc', 'unchanged'],
      ['usr', 'unchanged'],
    ]);
    expect(layerDir(trees, 2, '/').map((e) => [e.name, e.mark])).toEqual([
      ['bin', 'modified'],
      ['etc', 'unchanged'],
    ]);
    expect(layerDir(trees, 2, '/etc')).toEqual([
      expect.objectContaining({ path: '/etc/hosts', mark: 'deleted' }),
    ]);
    expect(layerDir(trees, 0, '/etc').every((e) => e.mark === 'added')).toBe(true);
  });
});

describe('efficiency (dive)', () => {
  it('counts overwritten and deleted versions as wasted', () => {
    const e = efficiency(trees);
    // Versions: passwd 100+120, hosts 10+0 (whiteout of a file weighs 0), bin 5 (file) — the
    // /bin directory of layer 2 is not a leaf; a, b, c, new, sh once each.
    expect(e.inefficiencies.map((i) => [i.path, i.cumulative, i.count])).toEqual([
      ['/etc/passwd', 220, 2],
      ['/etc/hosts', 10, 2],
    ]);
    expect(e.wastedBytes).toBe(230);
    const cumulative = 220 + 10 + 5 + 50 + 70 + 7 + 1 + 9;
    const minimum = 100 + 0 + 5 + 50 + 70 + 7 + 1 + 9;
    expect(e.totalBytes).toBe(cumulative);
    expect(e.score).toBeCloseTo(minimum / cumulative, 12);
  });

  it('gives the same figures when only the top layer changed (directories reused)', () => {
    const first = efficiency(trees);
    const top = dir('', [dir('etc', [wh('hosts'), file('passwd', 30)]), dir('bin', [file('sh', 9)])]);
    const again = efficiency([trees[0]!, trees[1]!, top]);
    expect(again.inefficiencies.map((i) => [i.path, i.cumulative, i.count])).toEqual([
      ['/etc/passwd', 250, 3],
      ['/etc/hosts', 10, 2],
    ]);
    expect(again.wastedBytes).toBe(260);
    expect(efficiency(trees)).toEqual(first);
  });

  it('weighs a whited-out directory by the tree it deletes', () => {
    const t = [dir('', [dir('cache', [file('x', 40), dir('d', [file('y', 2)])])]), dir('', [wh('cache')])];
    const e = efficiency(t);
    expect(e.totalBytes).toBe(40 + 2 + 42);
    expect(e.wastedBytes).toBe(0);
    expect(efficiency([dir('', [])]).score).toBe(1);
  });

  it('handles the synthetic 20 × 2,000 image: every path once per version', () => {
    const fx = makeLayersFixture(20, 2000);
    const ts = fx.stack.layers.map((l) => l.tree);
    const e = efficiency(ts);
    const versions = e.inefficiencies.reduce((n, i) => n + i.count, 0);
    expect(versions).toBeGreaterThan(2000);
    expect(e.score).toBeGreaterThan(0);
    expect(e.score).toBeLessThan(1);
    expect(makeLayersFixture(20, 2000)).toEqual(fx);
  });
});
