// The python:2.7-slim image tree has what the get-started Dockerfile runs: python and pip as
// program images, and the dist-info directories `pip list` reads (pip 20.0.2, setuptools 44.1.0
// and wheel 0.34.2, as in the real image).

import { describe, expect, it } from 'vitest';
import { decode } from '../../../src/lib/utf8';
import { PYTHON27 } from '../../../src/runtime/image/bases/apps';
import { buildImage } from '../../../src/runtime/image/bases';
import { applyLayer } from '../../../src/runtime/image/unpack';
import { dirNode, lookup } from '../../../src/runtime/image/tree';
import { programImage } from '../../../src/kernel/abi/binfmt';

function tree(): ReturnType<typeof dirNode> {
  const root = dirNode();
  for (const tar of buildImage(PYTHON27).layers) expect(applyLayer(root, tar)).toEqual({ ok: true });
  return root;
}

describe('python:2.7-slim tree', () => {
  it('runs python and pip as built-in programs', () => {
    const root = tree();
    const file = (p: string): string => {
      const n = lookup(root, p);
      return n?.kind === 'file' ? decode(n.data) : n?.kind === 'symlink' ? `-> ${n.target}` : '<missing>';
    };
    expect(file('usr/local/bin/python')).toBe('-> python2');
    expect(file('usr/local/bin/python2.7')).toBe(programImage('python'));
    for (const p of ['pip', 'pip2', 'pip2.7']) expect(file(`usr/local/bin/${p}`)).toBe(programImage('pip'));
    const site = 'usr/local/lib/python2.7/site-packages';
    expect(file(`${site}/pip-20.0.2.dist-info/METADATA`)).toMatch(
      /^Metadata-Version: 2.1\nName: pip\nVersion: 20.0.2\n/,
    );
    expect(file(`${site}/setuptools-44.1.0.dist-info/INSTALLER`)).toBe('pip\n');
    expect(file(`${site}/wheel-0.34.2.dist-info/METADATA`)).toMatch(/Version: 0.34.2/);
  });

  it('has nothing of pip installed yet beyond its own tools', () => {
    const root = tree();
    const site = lookup(root, 'usr/local/lib/python2.7/site-packages');
    const names = site?.kind === 'dir' ? [...site.children.keys()].sort() : [];
    expect(names).toEqual([
      'pip',
      'pip-20.0.2.dist-info',
      'setuptools',
      'setuptools-44.1.0.dist-info',
      'wheel',
      'wheel-0.34.2.dist-info',
    ]);
  });
});
