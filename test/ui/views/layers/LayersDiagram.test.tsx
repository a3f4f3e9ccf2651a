// The Layers diagram in jsdom, from hand-made and synthetic snapshots: the stack as an ordered
// list top first, the chosen layer's tree as an ARIA tree with A/M/D/O letters, keyboard use
// (arrows open and move, Enter shows a path), the merged view's provenance and content, the
// efficiency figure once computed, and virtualisation (a 2,000-entry directory renders a few rows).
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LayersDiagram } from '../../../../src/ui/views/layers/LayersDiagram';
import type { FileContent, LayerNode, LayerStack } from '../../../../src/world/inspect/layers/types';
import { makeLayersFixture } from '../../../bench/views/layers.fixture';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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

const D = '/var/lib/docker/overlay2';
const stack: LayerStack = {
  of: { container: 'c'.repeat(64) },
  layers: [
    {
      key: 'a'.repeat(64),
      kind: 'image',
      diffDir: `${D}/${'a'.repeat(64)}/diff`,
      link: 'AAAAAAAAAAAAAAAAAAAAAAAAAA',
      size: 110,
      diffId: `sha256:${'1'.repeat(64)}`,
      createdBy: '/bin/sh -c #(nop) ADD file:x in / ',
      instruction: 'ADD file:x in /',
      tree: dir('', [dir('etc', [file('passwd', 100), file('hosts', 10)]), dir('doc', [file('a', 5)])]),
    },
    {
      key: 'b'.repeat(64),
      kind: 'upper',
      diffDir: `${D}/${'b'.repeat(64)}/diff`,
      link: 'BBBBBBBBBBBBBBBBBBBBBBBBBB',
      size: 1,
      diffId: '',
      createdBy: '',
      instruction: '',
      tree: dir('', [dir('etc', [wh('passwd'), file('new', 1)]), dir('doc', [file('b', 2)], true)]),
    },
  ],
};

let host: HTMLDivElement;
let root: Root;
const reads: string[] = [];
const readFile = (path: string): FileContent | undefined => {
  reads.push(path);
  return { path, size: 5, bytes: new TextEncoder().encode('hello'), truncated: false };
};

function render(s: LayerStack = stack): void {
  act(() => root.render(<LayersDiagram images={[]} containers={[]} stack={s} readFile={readFile} />));
}

const items = (): HTMLElement[] => [...host.querySelectorAll<HTMLElement>('[role=treeitem]')];
const labels = (): string[] => items().map((e) => e.getAttribute('aria-label') ?? '');
const key = (target: Element, k: string): void =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, key: k }));
  });

beforeEach(() => {
  vi.useFakeTimers();
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  reads.length = 0;
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.useRealTimers();
});

describe('LayersDiagram', () => {
  it('lists the stack top first and shows the upper layer with its marks', () => {
    render();
    const list = host.querySelector('ol.ls-list')!;
    const rows = [...list.querySelectorAll(':scope > li')].map((li) => li.textContent ?? '');
    expect(rows[0]).toMatch(/^L1 Container layer \(upperdir, read-write\)/);
    expect(rows[1]).toMatch(/^L0 ADD file:x in \/DiffID 111111111111 · 110B · 5 entries/);
    expect(rows[1]).toContain('lowerdir l/AAAAAAAAAAAAAAAAAAAAAAAAAA → overlay2/aaaaaaaaaaaa…/diff');
    expect(host.querySelector('[role=tree]')!.getAttribute('aria-label')).toBe(
      "L1: the container's upper dir",
    );
    expect(labels()).toEqual([
      'doc, opaque directory, 1 entry, 2B',
      'b, file, added, 2B',
      'etc, directory, 2 entries, 1B',
      'new, file, added, 1B',
      'passwd, whiteout (deleted from the layers below)',
    ]);
    const marks = items().map((e) => e.querySelector('.lt-mark')!.textContent);
    expect(marks).toEqual(['O', 'A', ' ', 'A', 'D']);
    expect(items()[4]!.className).toContain('lt-deleted');
    expect(items().map((e) => e.getAttribute('aria-level'))).toEqual(['1', '2', '1', '2', '2']);
  });

  it('moves and opens with the keyboard and shows what a whiteout deletes', () => {
    render();
    const tree = host.querySelector('[role=tree]')!;
    key(tree, 'ArrowDown');
    key(tree, 'ArrowDown');
    expect(tree.getAttribute('aria-activedescendant')).toBe('layers-row-2');
    key(tree, 'ArrowLeft');
    expect(items()[2]!.getAttribute('aria-expanded')).toBe('false');
    expect(items()).toHaveLength(3);
    key(tree, 'ArrowRight');
    key(tree, 'ArrowRight');
    key(tree, 'ArrowDown');
    expect(tree.getAttribute('aria-activedescendant')).toBe('layers-row-4');
    key(tree, 'Enter');
    const detail = host.querySelector('[aria-label="Selected path"]')!.textContent;
    expect(detail).toContain('/etc/passwd');
    expect(detail).toContain(
      "Whiteout (character device 0/0) in L1, the container's upper dir: deletes what L0: ADD file:x in / provides.",
    );
  });

  it('shows the merged view with providing layers, content, and the efficiency', () => {
    render();
    const merged = [...host.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('Merged view'),
    )!;
    act(() => merged.click());
    expect(merged.getAttribute('aria-pressed')).toBe('true');
    expect(labels()).toEqual(['doc, opaque directory, from layer 1', 'etc, directory, from layer 1']);
    act(() => items()[1]!.click());
    expect(labels().slice(2)).toEqual(['hosts, file, 10B, from layer 0', 'new, file, 1B, from layer 1']);
    act(() => items()[2]!.click());
    expect(reads).toEqual([`${D}/${'a'.repeat(64)}/diff/etc/hosts`]);
    const detail = host.querySelector('[aria-label="Selected path"]')!;
    expect(detail.textContent).toContain('Provided by L0: ADD file:x in /');
    expect(detail.querySelector('pre')!.textContent).toBe('hello');
    expect(host.querySelector('[aria-label=Efficiency]')!.textContent).toContain('computing');
    act(() => vi.runAllTimers());
    const eff = host.querySelector('[aria-label=Efficiency]')!.textContent;
    // passwd 100 + whiteout 0 → wasted 100B; cumulative 100+10+5+1+2 = 118; min 18.
    expect(eff).toContain('Efficiency 15.3 %');
    expect(eff).toContain('Wasted 100B');
    expect(host.querySelector('.le-worst')!.textContent).toBe('/etc/passwd 2 versions, 100B');
    // Back to the upper layer, which does not hold /etc/hosts: the layer below still provides it.
    const upper = [...host.querySelectorAll('button')].find((b) => b.textContent?.startsWith('L1 '))!;
    act(() => upper.click());
    expect(host.querySelector('[aria-label="Selected path"]')!.textContent).toContain(
      'Provided by L0: ADD file:x in /',
    );
  });

  it('renders only the visible rows of a 2,000-entry directory', () => {
    const fx = makeLayersFixture(3, 2000);
    render(fx.stack);
    const merged = [...host.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('Merged view'),
    )!;
    act(() => merged.click());
    const open = (name: string): void =>
      act(() =>
        items()
          .find((e) => e.getAttribute('aria-label')?.startsWith(`${name},`))!
          .click(),
      );
    open('usr');
    open('lib');
    open(items().at(-1)!.getAttribute('aria-label')!.split(',')[0]!);
    const sizer = host.querySelector<HTMLElement>('.lt-sizer')!;
    const rows = Number.parseInt(sizer.style.height, 10) / 22;
    expect(rows).toBeGreaterThan(100);
    expect(items().length).toBeLessThan(60);
    expect(items().every((e) => e.getAttribute('aria-setsize') !== null)).toBe(true);
  });
});
