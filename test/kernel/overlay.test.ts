import { describe, expect, it } from 'vitest';
import { bootWith } from './harness';
import { readText, writeAll } from '../../src/userland/libc/io';
import * as E from '../../src/kernel/abi/errno';
import { O_APPEND, O_CREAT, O_WRONLY } from '../../src/kernel/abi/fcntl';
import { S_IFCHR, S_IFMT } from '../../src/kernel/abi/stat';
import { readDir } from '../../src/userland/libc/walk';
import type { Gen, Sys } from '../../src/userland/sys';

function* say(sys: Sys, ...values: unknown[]) {
  yield* writeAll(sys, 1, values.map(String).join(' ') + '\n');
}

function* put(sys: Sys, path: string, text: string, flags = O_CREAT | O_WRONLY) {
  const fd = yield* sys.open(path, flags, 0o644);
  if (fd < 0) return fd;
  const r = yield* sys.write(fd, text);
  yield* sys.close(fd);
  return r;
}

function* layers(sys: Sys, redirect = 'off') {
  for (const d of ['/t', '/t/lower', '/t/lower/d', '/t/upper', '/t/work', '/t/merged'])
    yield* sys.mkdir(d, 0o755);
  yield* put(sys, '/t/lower/f', 'lower\n');
  yield* put(sys, '/t/lower/d/x', 'x\n');
  return yield* sys.mount(
    'overlay',
    '/t/merged',
    'overlay',
    0,
    `lowerdir=/t/lower,upperdir=/t/upper,workdir=/t/work,redirect_dir=${redirect}`,
  );
}

describe('overlayfs', () => {
  it('copies a lower file up on open for write and never changes the lower layer', () => {
    const r = bootWith().run(function* (sys) {
      yield* say(sys, yield* layers(sys));
      const before = yield* sys.stat('/t/merged/f');
      yield* put(sys, '/t/merged/f', 'more\n', O_WRONLY | O_APPEND);
      const after = yield* sys.stat('/t/merged/f');
      const upper = yield* sys.stat('/t/upper/f');
      yield* say(
        sys,
        JSON.stringify(yield* readText(sys, '/t/merged/f')),
        JSON.stringify(yield* readText(sys, '/t/lower/f')),
      );
      if (typeof before === 'number' || typeof after === 'number' || typeof upper === 'number') return 1;
      yield* say(sys, before.ino === after.ino, after.ino === upper.ino, after.dev === upper.dev);
      return 0;
    });
    expect(r.output).toBe('0\n"lower\\nmore\\n" "lower\\n"\ntrue false false\n');
  });

  it('renaming a merged directory is EXDEV unless redirect_dir=on', () => {
    const r = bootWith().run(function* (sys) {
      yield* layers(sys, 'off');
      yield* say(sys, (yield* sys.rename('/t/merged/d', '/t/merged/e')) === -E.EXDEV);
      yield* sys.umount2('/t/merged', 0);
      yield* sys.mount(
        'overlay',
        '/t/merged',
        'overlay',
        0,
        'lowerdir=/t/lower,upperdir=/t/upper,workdir=/t/work,redirect_dir=on',
      );
      yield* say(
        sys,
        yield* sys.rename('/t/merged/d', '/t/merged/e'),
        JSON.stringify(yield* readText(sys, '/t/merged/e/x')),
      );
      yield* say(sys, (yield* sys.stat('/t/merged/d')) === -E.ENOENT);
      return 0;
    });
    expect(r.output).toBe('true\n0 "x\\n"\ntrue\n');
  });

  it('an overlay without an upper layer is read-only (EROFS) and needs two lowers', () => {
    const r = bootWith().run(function* (sys) {
      for (const d of ['/t', '/t/a', '/t/b', '/t/m']) yield* sys.mkdir(d, 0o755);
      yield* say(sys, (yield* sys.mount('overlay', '/t/m', 'overlay', 0, 'lowerdir=/t/a')) === -E.EINVAL);
      yield* say(sys, yield* sys.mount('overlay', '/t/m', 'overlay', 0, 'lowerdir=/t/a:/t/b'));
      yield* say(sys, (yield* sys.mkdir('/t/m/x', 0o755)) === -E.EROFS);
      const log = (yield* sys.syslog(3)) as string;
      yield* say(sys, log.includes('overlayfs: at least 2 lowerdir are needed while upperdir nonexistent'));
      return 0;
    });
    expect(r.output).toBe('true\n0\ntrue\ntrue\n');
  });
});

// Facts found by the differential test (overlay-differential.test.ts); the expected values are
// what Linux 6.18 printed for the same steps as shell commands on a real tmpfs + overlay.

interface Layout {
  dirs?: string[];
  files?: Record<string, string>;
  links?: Array<[string, string]>;
  whiteouts?: string[];
}

const OPTS = 'lowerdir=/t/l1:/t/l2,upperdir=/t/u,workdir=/t/w,redirect_dir=off';

/** /t/{l1,l2,u,w} on a fresh tmpfs, filled as `l` says, then the overlay mounted on /t/m. */
function* overlay(sys: Sys, l: Layout): Gen<number> {
  yield* sys.mkdir('/t', 0o755);
  yield* sys.mount('tmpfs', '/t', 'tmpfs', 0, '');
  for (const d of ['l1', 'l2', 'u', 'w', 'm', ...(l.dirs ?? [])]) yield* sys.mkdir(`/t/${d}`, 0o755);
  for (const [p, text] of Object.entries(l.files ?? {})) yield* put(sys, `/t/${p}`, text);
  for (const [a, b] of l.links ?? []) yield* sys.link(`/t/${a}`, `/t/${b}`);
  for (const p of l.whiteouts ?? []) yield* sys.mknod(`/t/${p}`, S_IFCHR, 0);
  return yield* sys.mount('overlay', '/t/m', 'overlay', 0, OPTS);
}

function* xattr(sys: Sys, path: string, name: string): Gen<string> {
  const v = yield* sys.lgetxattr(`/t/${path}`, `trusted.overlay.${name}`);
  if (typeof v === 'number') return E.errnoName(v);
  return name === 'origin' ? 'set' : new TextDecoder().decode(v);
}

function* st(sys: Sys, path: string): Gen<{ nlink: number; ino: number; mode: number }> {
  const s = yield* sys.lstat(`/t/${path}`);
  if (typeof s === 'number') throw new Error(`lstat ${path}: ${E.errnoName(s)}`);
  return s;
}

function* names(sys: Sys, path: string): Gen<string> {
  const r = yield* readDir(sys, `/t/${path}`);
  return typeof r === 'number' ? E.errnoName(r) : r.map((d) => d.name).join(' ');
}

const err = (r: number): string => (r < 0 ? E.errnoName(r) : String(r));

describe('overlayfs, as a real mount shows it', () => {
  it('a merged directory reports one link; overlay xattrs are hidden in the merged view', () => {
    const r = bootWith().run(function* (sys) {
      yield* overlay(sys, { dirs: ['l1/d'], files: { 'l1/d/x': '' } });
      yield* say(sys, (yield* st(sys, 'm')).nlink, (yield* st(sys, 'm/d')).nlink);
      yield* put(sys, '/t/m/d/n', '');
      yield* say(sys, (yield* st(sys, 'm/d')).nlink);
      const listed = yield* sys.llistxattr('/t/m/d');
      yield* say(
        sys,
        yield* xattr(sys, 'm/d', 'origin'),
        typeof listed === 'number' ? listed : listed.length,
        yield* xattr(sys, 'u/d', 'origin'),
      );
      return 0;
    });
    expect(r.output).toBe('1 2\n1\nENODATA 0 set\n');
  });

  it('whiteouts are links to one whiteout in workdir/work, emptied at mount; a rename leaves its own', () => {
    const r = bootWith().run(function* (sys) {
      yield* overlay(sys, { files: { 'l1/a': 'a', 'l1/b': 'b', 'l1/c': 'c' } });
      yield* sys.unlink('/t/m/a');
      yield* sys.unlink('/t/m/b');
      const [a, b] = [yield* st(sys, 'u/a'), yield* st(sys, 'u/b')];
      yield* say(sys, a.nlink, b.nlink, a.ino === b.ino, (yield* names(sys, 'w/work')).split(' ').length);
      yield* sys.rename('/t/m/c', '/t/m/c2');
      yield* say(sys, (yield* st(sys, 'u/c')).nlink);
      yield* sys.umount2('/t/m', 0);
      yield* sys.mount('overlay', '/t/m', 'overlay', 0, OPTS);
      yield* say(sys, (yield* st(sys, 'u/a')).nlink, JSON.stringify(yield* names(sys, 'w/work')));
      return 0;
    });
    expect(r.output).toBe('3 3 true 1\n1\n2 ""\n');
  });

  it('copy-up, a move or a link into a directory mark it impure; reading it drops a stale mark', () => {
    const r = bootWith().run(function* (sys) {
      yield* overlay(sys, { files: { 'l2/e': 'e', 'l2/f': 'f' } });
      yield* sys.mkdir('/t/m/d', 0o755);
      yield* sys.rename('/t/m/e', '/t/m/d/s');
      yield* say(sys, yield* xattr(sys, 'u', 'impure'), yield* xattr(sys, 'u/d', 'impure'));
      yield* sys.unlink('/t/m/d/s');
      yield* say(sys, yield* xattr(sys, 'u/d', 'impure'));
      yield* names(sys, 'm/d');
      yield* say(sys, yield* xattr(sys, 'u/d', 'impure'));
      yield* sys.mkdir('/t/m/g', 0o755);
      yield* sys.link('/t/m/f', '/t/m/g/f');
      yield* say(sys, yield* xattr(sys, 'u/g', 'impure'));
      return 0;
    });
    expect(r.output).toBe('y y\ny\nENODATA\ny\n');
  });

  it("a copied-up file keeps its origin's inode number after a rename; a lower hard link does not", () => {
    const r = bootWith().run(function* (sys) {
      yield* overlay(sys, { files: { 'l1/f': 'f', 'l1/h1': 'h' }, links: [['l1/h1', 'l1/h2']] });
      yield* put(sys, '/t/m/f', 'more', O_WRONLY | O_APPEND);
      yield* sys.rename('/t/m/f', '/t/m/g');
      const same = (yield* st(sys, 'm/g')).ino === (yield* st(sys, 'l1/f')).ino;
      yield* say(sys, same, yield* xattr(sys, 'u/g', 'origin'));
      yield* put(sys, '/t/m/h1', 'more', O_WRONLY | O_APPEND);
      const upper = (yield* st(sys, 'm/h1')).ino === (yield* st(sys, 'u/h1')).ino;
      yield* say(sys, upper, yield* xattr(sys, 'u/h1', 'origin'));
      return 0;
    });
    expect(r.output).toBe('true set\ntrue ENODATA\n');
  });

  it('readdir puts the lowest layer first; a one-layer directory lists its whiteouts', () => {
    const r = bootWith().run(function* (sys) {
      yield* overlay(sys, {
        dirs: ['l1/d', 'l2/d', 'u/d', 'u/e'],
        files: { 'l1/d/b': '', 'l2/d/a': '', 'u/d/p': '' },
        whiteouts: ['u/e/w'],
      });
      yield* say(sys, `${yield* names(sys, 'm/d')}|${yield* names(sys, 'm/e')}`);
      yield* say(sys, err((yield* sys.lstat('/t/m/e/w')) as number), err(yield* sys.rmdir('/t/m/e')));
      return 0;
    });
    expect(r.output).toBe('a p b|w\nENOENT ENOTEMPTY\n');
  });

  it('rename: links to one upper inode, over a whiteout, a pure upper directory into a merged one', () => {
    const r = bootWith().run(function* (sys) {
      yield* overlay(sys, {
        dirs: ['u/d', 'u/a'],
        files: { 'u/x': 'x', 'l1/b': 'b', 'l1/e': 'e' },
        links: [['u/x', 'u/d/s']],
      });
      const same = yield* sys.rename('/t/m/d/s', '/t/m/x');
      yield* say(sys, same, (yield* st(sys, 'm/x')).nlink, (yield* st(sys, 'm/d/s')).nlink);
      yield* sys.unlink('/t/m/b');
      const whiteout = (yield* st(sys, 'u/b')).ino;
      yield* sys.rename('/t/m/e', '/t/m/b');
      const e = yield* st(sys, 'u/e');
      yield* say(sys, e.ino === whiteout, (e.mode & S_IFMT) === S_IFCHR, e.nlink);
      yield* sys.rename('/t/m/a', '/t/m/e2');
      yield* say(sys, yield* xattr(sys, 'u/e2', 'opaque'));
      return 0;
    });
    expect(r.output).toBe('0 2 2\ntrue true 2\ny\n');
  });

  it('a merged directory whose upper has no origin gets one at lookup, and its parent turns impure', () => {
    const r = bootWith().run(function* (sys) {
      yield* overlay(sys, { dirs: ['l1/a', 'u/a'] });
      yield* sys.stat('/t/m/a');
      yield* say(sys, yield* xattr(sys, 'u/a', 'origin'), yield* xattr(sys, 'u', 'impure'));
      return 0;
    });
    expect(r.output).toBe('set y\n');
  });

  it('redirect_dir=on: new directories in merged ones are opaque; a move elsewhere records an absolute redirect', () => {
    const r = bootWith().run(function* (sys) {
      yield* overlay(sys, { dirs: ['l1/e', 'l2/d', 'l2/s'], files: { 'l2/d/f': '' } });
      yield* sys.umount2('/t/m', 0);
      yield* sys.mount('overlay', '/t/m', 'overlay', 0, OPTS.replace('redirect_dir=off', 'redirect_dir=on'));
      yield* sys.mkdir('/t/m/e/n', 0o755);
      yield* sys.mkdir('/t/m/x', 0o755);
      yield* say(sys, yield* xattr(sys, 'u/e/n', 'opaque'), yield* xattr(sys, 'u/x', 'opaque'));
      yield* sys.rename('/t/m/d', '/t/m/e/a');
      yield* sys.rename('/t/m/s', '/t/m/s2');
      const a = yield* st(sys, 'm/e/a');
      yield* say(
        sys,
        yield* xattr(sys, 'u/e/a', 'redirect'),
        yield* xattr(sys, 'u/s2', 'redirect'),
        yield* names(sys, 'm/e/a'),
        a.nlink,
        a.ino === (yield* st(sys, 'l2/d')).ino,
      );
      yield* sys.rename('/t/m/e/a', '/t/m/e/b');
      yield* say(sys, yield* xattr(sys, 'u/e/b', 'redirect'), yield* names(sys, 'm/e/b'));
      return 0;
    });
    expect(r.output).toBe('y y\n/d s f 1 true\n/d f\n');
  });
});
