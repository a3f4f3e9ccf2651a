// tar's argument parser: traditional bundles, -C kept in order among operands, argp messages
// (each expected text is what GNU tar 1.34 printed for the same words).

import { describe, expect, it } from 'vitest';
import { parseTarArgs } from '../../../src/userland/bin/tar/args';

describe('parseTarArgs', () => {
  it('expands a traditional bundle, taking arguments from the following words in order', () => {
    const a = parseTarArgs(['cvfC', 'x.tar', 'dir', 'f1']);
    expect(typeof a).toBe('object');
    if (typeof a === 'string') return;
    expect(a.modes).toEqual(['c']);
    expect(a.verbose).toBe(1);
    expect(a.file).toBe('x.tar');
    expect(a.items).toEqual([{ dir: 'dir' }, { name: 'f1' }]);
  });

  it('keeps -C in order and accepts options after operands', () => {
    const a = parseTarArgs([
      '-c',
      '-C',
      'a',
      'x',
      '--directory=b',
      'y',
      '-f',
      'o.tar',
      '--sort',
      'name',
      '-vv',
    ]);
    if (typeof a === 'string') throw new Error(a);
    expect(a.items).toEqual([{ dir: 'a' }, { name: 'x' }, { dir: 'b' }, { name: 'y' }]);
    expect([a.file, a.sort, a.verbose]).toEqual(['o.tar', 'name', 2]);
  });

  it('takes attached arguments and unique long prefixes', () => {
    const a = parseTarArgs(['-xfarchive.tar', '--numeric', '--no-same-o', '--excl=*.o']);
    if (typeof a === 'string') throw new Error(a);
    expect([a.file, a.numericOwner, a.sameOwner, a.excludes]).toEqual(['archive.tar', true, false, ['*.o']]);
  });

  it('reports usage errors as GNU tar does', () => {
    expect(parseTarArgs(['-q'])).toBe("tar: invalid option -- 'q'");
    expect(parseTarArgs(['--foo'])).toBe("tar: unrecognized option '--foo'");
    expect(parseTarArgs(['-cf'])).toBe("tar: option requires an argument -- 'f'");
    expect(parseTarArgs(['cf'])).toBe("tar: option requires an argument -- 'f'");
    expect(parseTarArgs(['--file'])).toBe("tar: option '--file' requires an argument");
    expect(parseTarArgs(['--verbose=3'])).toBe("tar: option '--verbose' doesn't allow an argument");
  });
});
