import { describe, expect, it } from 'vitest';
import { bootWith } from './harness';
import { readAll, readText, writeAll } from '../../src/userland/libc/io';
import { decode } from '../../src/lib/utf8';
import * as E from '../../src/kernel/abi/errno';
import { O_CREAT, O_RDONLY, O_WRONLY, O_EXCL, O_APPEND } from '../../src/kernel/abi/fcntl';
import { MNT_DETACH } from '../../src/kernel/abi/mount';
import type { Sys } from '../../src/userland/sys';
import { SYSCALL_TABLE } from '../../src/kernel';
import { SYSCALL_NAMES } from '../../src/userland/libc/syscall';

function* say(sys: Sys, ...values: unknown[]) {
  yield* writeAll(sys, 1, values.map(String).join(' ') + '\n');
}

describe('path walk and names', () => {
  it('creates, finds and removes names with Linux errno values', () => {
    const r = bootWith().run(function* (sys) {
      yield* say(sys, yield* sys.mkdir('/tmp/a', 0o755), (yield* sys.mkdir('/tmp/a', 0o755)) === -E.EEXIST);
      yield* say(sys, (yield* sys.mkdir('/tmp/none/b', 0o755)) === -E.ENOENT);
      const fd = yield* sys.open('/tmp/a/f', O_CREAT | O_WRONLY, 0o644);
      yield* sys.write(fd, 'data');
      yield* sys.close(fd);
      yield* say(
        sys,
        (yield* sys.rmdir('/tmp/a')) === -E.ENOTEMPTY,
        (yield* sys.rmdir('/tmp/a/f')) === -E.ENOTDIR,
      );
      yield* say(
        sys,
        (yield* sys.unlink('/tmp/a')) === -E.EISDIR,
        (yield* sys.open('/tmp/a/f/x', O_RDONLY)) === -E.ENOTDIR,
      );
      yield* say(sys, (yield* sys.open('/tmp/a/f', O_CREAT | O_EXCL | O_WRONLY, 0o644)) === -E.EEXIST);
      yield* say(
        sys,
        (yield* sys.rmdir('/tmp/a/.')) === -E.EINVAL,
        yield* sys.unlink('/tmp/a/f'),
        yield* sys.rmdir('/tmp/a'),
      );
      return 0;
    });
    expect(r.output).toBe('0 true\ntrue\ntrue true\ntrue true\ntrue\ntrue 0 0\n');
  });

  it('follows symlinks and stops at 40 with ELOOP', () => {
    const r = bootWith().run(function* (sys) {
      yield* sys.symlink('a', '/tmp/b');
      yield* sys.symlink('b', '/tmp/a');
      yield* say(sys, (yield* sys.stat('/tmp/a')) === -E.ELOOP, typeof (yield* sys.lstat('/tmp/a')));
      yield* sys.mkdir('/tmp/d', 0o755);
      yield* sys.symlink('/tmp/d', '/tmp/l0');
      for (let i = 1; i <= 40; i++) yield* sys.symlink(`/tmp/l${i - 1}`, `/tmp/l${i}`);
      yield* say(sys, typeof (yield* sys.stat('/tmp/l39')), (yield* sys.stat('/tmp/l40')) === -E.ELOOP);
      yield* say(sys, yield* sys.readlink('/tmp/l1'), (yield* sys.readlink('/tmp/d')) === -E.EINVAL);
      return 0;
    });
    expect(r.output).toBe('true object\nobject true\n/tmp/l0 true\n');
  });

  it('hard links share an inode and count links', () => {
    const r = bootWith().run(function* (sys) {
      const fd = yield* sys.open('/tmp/x', O_CREAT | O_WRONLY, 0o600);
      yield* sys.close(fd);
      yield* sys.link('/tmp/x', '/tmp/y');
      const a = yield* sys.stat('/tmp/x');
      const b = yield* sys.stat('/tmp/y');
      if (typeof a === 'number' || typeof b === 'number') return 1;
      yield* say(sys, a.ino === b.ino, b.nlink, (yield* sys.link('/tmp', '/tmp/z')) === -E.EPERM);
      return 0;
    });
    expect(r.output).toBe('true 2 true\n');
  });

  it('getcwd follows renames, and .. at / stays at /', () => {
    const r = bootWith().run(function* (sys) {
      yield* sys.mkdir('/tmp/p', 0o755);
      yield* sys.chdir('/tmp/p');
      yield* sys.rename('/tmp/p', '/tmp/q');
      yield* say(sys, yield* sys.getcwd());
      yield* sys.chdir('/../../..');
      yield* say(sys, yield* sys.getcwd());
      return 0;
    });
    expect(r.output).toBe('/tmp/q\n/\n');
  });

  it('O_APPEND writes at the end; reads see the bytes written', () => {
    const r = bootWith().run(function* (sys) {
      let fd = yield* sys.open('/tmp/f', O_CREAT | O_WRONLY, 0o644);
      yield* sys.write(fd, 'one\n');
      yield* sys.close(fd);
      fd = yield* sys.open('/tmp/f', O_WRONLY | O_APPEND);
      yield* sys.write(fd, 'two\n');
      yield* sys.close(fd);
      yield* writeAll(sys, 1, (yield* readText(sys, '/tmp/f')) as string);
      return 0;
    });
    expect(r.output).toBe('one\ntwo\n');
  });

  it('checks permission bits for a non-root user', () => {
    const m = bootWith();
    m.kernel.installFile('/tmp/secret', 'x', 0o600);
    m.kernel.mkdir('/tmp/private', 0o700);
    const r = m.run(function* (sys) {
      yield* sys.setuid(1000);
      yield* say(
        sys,
        (yield* sys.open('/tmp/secret', O_RDONLY)) === -E.EACCES,
        (yield* sys.mkdir('/tmp/private/x', 0o755)) === -E.EACCES,
      );
      yield* say(sys, (yield* sys.chmod('/tmp/secret', 0o777)) === -E.EPERM);
      return 0;
    });
    expect(r.output).toBe('true true\ntrue\n');
  });
});

describe('mounts', () => {
  it('mounts a tmpfs, shows it in mountinfo, refuses a busy umount and cross-mount renames', () => {
    const r = bootWith().run(function* (sys) {
      yield* sys.mkdir('/mnt', 0o755);
      yield* sys.mkdir('/mnt/t', 0o755);
      yield* say(sys, yield* sys.mount('tmpfs', '/mnt/t', 'tmpfs', 0, ''));
      const fd = yield* sys.open('/mnt/t/f', O_CREAT | O_WRONLY, 0o644);
      yield* sys.close(fd);
      yield* say(sys, (yield* sys.rename('/mnt/t/f', '/tmp/f')) === -E.EXDEV);
      const info = (yield* readText(sys, '/proc/self/mountinfo')) as string;
      const line = info.split('\n').find((l) => l.includes(' /mnt/t '));
      yield* say(sys, line?.replace(/^\d+ \d+ 0:\d+ /, ''));
      yield* sys.chdir('/mnt/t');
      yield* say(sys, (yield* sys.umount2('/mnt/t', 0)) === -E.EBUSY);
      yield* sys.chdir('/');
      yield* say(sys, yield* sys.umount2('/mnt/t', 0), (yield* sys.stat('/mnt/t/f')) === -E.ENOENT);
      yield* say(sys, (yield* sys.umount2('/mnt/t', MNT_DETACH)) === -E.EINVAL);
      return 0;
    });
    expect(r.output).toBe('0\ntrue\n/ /mnt/t rw,relatime - tmpfs tmpfs rw\ntrue\n0 true\ntrue\n');
  });

  it('/proc/self is the reader, /proc/PID/status has the Linux fields', () => {
    const r = bootWith().run(function* (sys) {
      const me = yield* sys.getpid();
      yield* say(sys, (yield* sys.readlink('/proc/self')) === String(me));
      const status = (yield* readText(sys, '/proc/self/status')) as string;
      yield* say(sys, status.split('\n').slice(0, 3).join('|'));
      yield* say(sys, yield* sys.readlink('/proc/self/ns/uts'), yield* sys.readlink('/proc/self/ns/mnt'));
      const fd = yield* sys.open('/proc/self/cmdline', O_RDONLY);
      yield* say(sys, JSON.stringify(decode((yield* readAll(sys, fd)) as Uint8Array)));
      return 0;
    });
    expect(r.output).toBe(
      'true\nName:\t__main|Umask:\t0022|State:\tR (running)\nuts:[4026531838] mnt:[4026531832]\n"__main\\u0000"\n',
    );
  });
});

describe('syscall table', () => {
  it('implements every call of the Sys interface', () => {
    expect(Object.keys(SYSCALL_TABLE).sort()).toEqual([...SYSCALL_NAMES].sort());
  });
});
