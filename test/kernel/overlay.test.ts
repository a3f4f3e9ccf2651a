import { describe, expect, it } from 'vitest';
import { bootWith } from './harness';
import { readText, writeAll } from '../../src/userland/libc/io';
import * as E from '../../src/kernel/abi/errno';
import { O_APPEND, O_CREAT, O_WRONLY } from '../../src/kernel/abi/fcntl';
import type { Sys } from '../../src/userland/sys';

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
