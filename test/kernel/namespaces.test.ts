import { describe, expect, it } from 'vitest';
import { bootWith } from './harness';
import { readAll, readText, writeAll } from '../../src/userland/libc/io';
import { decode } from '../../src/lib/utf8';
import * as E from '../../src/kernel/abi/errno';
import { CLONE_NEWNS, CLONE_NEWPID, CLONE_NEWUSER, CLONE_NEWUTS } from '../../src/kernel/abi/sched';
import { O_RDONLY, O_WRONLY } from '../../src/kernel/abi/fcntl';
import { MS_PRIVATE, MS_REC } from '../../src/kernel/abi/mount';
import type { Program, Sys } from '../../src/userland/sys';

function* readAllText(sys: Sys, fd: number) {
  return decode((yield* readAll(sys, fd)) as Uint8Array);
}

function* say(sys: Sys, ...values: unknown[]) {
  yield* writeAll(sys, 1, values.map(String).join(' ') + '\n');
}

describe('uts namespaces', () => {
  it('a new uts namespace starts with a copy of the hostname and changes stay inside', () => {
    const r = bootWith().run(function* (sys) {
      const pid = yield* sys.clone(CLONE_NEWUTS, function* () {
        yield* sys.sethostname('box1');
        yield* say(sys, (yield* sys.uname()).nodename, yield* sys.readlink('/proc/self/ns/uts'));
        return 0;
      });
      yield* sys.wait4(pid, 0);
      yield* say(sys, (yield* sys.uname()).nodename, yield* sys.readlink('/proc/self/ns/uts'));
      return 0;
    });
    expect(r.output).toBe('box1 uts:[4026532178]\nglasshouse uts:[4026531838]\n');
  });

  it('setns through /proc/PID/ns/uts joins another task’s namespace', () => {
    const r = bootWith().run(function* (sys) {
      const p = (yield* sys.pipe2(0)) as [number, number];
      const child = yield* sys.clone(CLONE_NEWUTS, function* () {
        yield* sys.sethostname('inner');
        yield* sys.write(p[1], 'x');
        yield* sys.nanosleep(5e9);
        return 0;
      });
      yield* sys.read(p[0], 1);
      const fd = yield* sys.open(`/proc/${child}/ns/uts`, O_RDONLY);
      yield* say(sys, yield* sys.setns(fd, CLONE_NEWUTS), (yield* sys.uname()).nodename);
      const st = yield* sys.stat(`/proc/${child}/ns/uts`);
      yield* say(sys, typeof st === 'number' ? st : st.ino);
      return 0;
    });
    expect(r.output).toBe('0 inner\n4026532178\n');
  });
});

describe('pid namespaces', () => {
  it('the first child is pid 1 with parent 0, and sees its own NSpid chain', () => {
    const r = bootWith().run(function* (sys) {
      const pid = yield* sys.clone(CLONE_NEWPID, function* () {
        yield* say(sys, yield* sys.getpid(), yield* sys.getppid());
        return 0;
      });
      const w = yield* sys.wait4(pid, 0);
      yield* say(sys, typeof w !== 'number' && w.pid === pid && pid > 1);
      return 0;
    });
    expect(r.output).toBe('1 0\ntrue\n');
  });

  it('pid_for_children cannot be read before the first child (ENOENT); fork after init died is ENOMEM', () => {
    const r = bootWith().run(function* (sys) {
      yield* sys.unshare(CLONE_NEWPID);
      yield* say(sys, (yield* sys.readlink('/proc/self/ns/pid_for_children')) === -E.ENOENT);
      const init = yield* sys.clone(0, function* () {
        return 0;
      });
      yield* sys.wait4(init, 0);
      const again = yield* sys.clone(0, function* () {
        return 0;
      });
      yield* say(sys, again === -E.ENOMEM);
      return 0;
    });
    expect(r.output).toBe('true\ntrue\n');
  });

  it('nesting stops at 32 levels below the initial namespace with ENOSPC', () => {
    const r = bootWith().run(function* (sys) {
      const p = (yield* sys.pipe2(0)) as [number, number];
      function* level(depth: number): Program {
        const e = (yield* sys.unshare(CLONE_NEWPID)) as number;
        if (e < 0) {
          yield* writeAll(sys, p[1], `${depth} ${e === -E.ENOSPC}`);
          return 1;
        }
        const child = yield* sys.clone(0, () => level(depth + 1));
        yield* sys.wait4(child, 0);
        return 0;
      }
      const first = yield* sys.clone(0, () => level(1));
      yield* sys.close(p[1]);
      yield* sys.wait4(first, 0);
      const got = yield* readAllText(sys, p[0]);
      yield* say(sys, got);
      return 0;
    });
    expect(r.output).toBe('33 true\n');
  });

  it('a namespace init ignores SIGKILL from inside but its namespace dies with it', () => {
    const r = bootWith().run(function* (sys) {
      const pid = yield* sys.clone(CLONE_NEWPID, function* () {
        yield* sys.kill(1, 9);
        yield* say(sys, 'survived');
        return 0;
      });
      yield* sys.wait4(pid, 0);
      return 0;
    });
    expect(r.output).toBe('survived\n');
  });
});

describe('user namespaces', () => {
  it('unmapped ids read as 65534; maps are written once', () => {
    const r = bootWith().run(function* (sys) {
      yield* say(sys, JSON.stringify(yield* readText(sys, '/proc/self/uid_map')));
      yield* sys.unshare(CLONE_NEWUSER);
      yield* say(
        sys,
        yield* sys.getuid(),
        yield* sys.getgid(),
        JSON.stringify(yield* readText(sys, '/proc/self/uid_map')),
      );
      let fd = yield* sys.open('/proc/self/setgroups', O_WRONLY);
      yield* sys.write(fd, 'deny');
      fd = yield* sys.open('/proc/self/uid_map', O_WRONLY);
      yield* say(sys, yield* sys.write(fd, '0 0 1'), yield* sys.getuid());
      fd = yield* sys.open('/proc/self/uid_map', O_WRONLY);
      yield* say(sys, (yield* sys.write(fd, '0 0 1')) === -E.EPERM);
      yield* say(sys, JSON.stringify(yield* readText(sys, '/proc/self/uid_map')));
      return 0;
    });
    expect(r.output).toBe(
      '"         0          0 4294967295\\n"\n65534 65534 ""\n5 0\ntrue\n"         0          0          1\\n"\n',
    );
  });

  it('root of a child user namespace may not change the hostname of the initial uts namespace', () => {
    const r = bootWith().run(function* (sys) {
      yield* sys.unshare(CLONE_NEWUSER);
      yield* say(sys, (yield* sys.sethostname('x')) === -E.EPERM);
      yield* sys.unshare(CLONE_NEWUTS);
      yield* say(sys, yield* sys.sethostname('x'));
      return 0;
    });
    expect(r.output).toBe('true\n0\n');
  });
});

describe('mount namespaces and pivot_root', () => {
  it('mounts made after unshare(CLONE_NEWNS) are invisible outside', () => {
    const r = bootWith().run(function* (sys) {
      yield* sys.mkdir('/tmp/m', 0o755);
      const pid = yield* sys.clone(CLONE_NEWNS, function* () {
        yield* sys.mount('none', '/', '', MS_REC | MS_PRIVATE, '');
        yield* sys.mount('tmpfs', '/tmp/m', 'tmpfs', 0, '');
        const info = (yield* readText(sys, '/proc/self/mountinfo')) as string;
        yield* say(sys, info.includes(' /tmp/m '));
        return 0;
      });
      yield* sys.wait4(pid, 0);
      const info = (yield* readText(sys, '/proc/self/mountinfo')) as string;
      yield* say(sys, info.includes(' /tmp/m '));
      return 0;
    });
    expect(r.output).toBe('true\nfalse\n');
  });

  it('pivot_root: EBUSY on the root mount, EINVAL when not a mount point, then pivots', () => {
    const r = bootWith().run(function* (sys) {
      yield* sys.unshare(CLONE_NEWNS);
      for (const d of ['/tmp/r', '/tmp/notmnt', '/tmp/notmnt/old']) yield* sys.mkdir(d, 0o755);
      yield* sys.mount('tmpfs', '/tmp/r', 'tmpfs', 0, '');
      for (const d of ['/tmp/r/old', '/tmp/r/sub', '/tmp/r/sub/old', '/tmp/r/proc'])
        yield* sys.mkdir(d, 0o755);
      yield* say(sys, (yield* sys.pivot_root('/tmp/notmnt', '/tmp/notmnt/old')) === -E.EBUSY);
      yield* say(sys, (yield* sys.pivot_root('/tmp/r/sub', '/tmp/r/sub/old')) === -E.EINVAL);
      yield* sys.chdir('/tmp/r');
      yield* say(sys, yield* sys.pivot_root('.', 'old'));
      yield* say(sys, yield* sys.umount2('/old', 2));
      yield* sys.mount('proc', '/proc', 'proc', 0, '');
      const info = (yield* readText(sys, '/proc/self/mountinfo')) as string;
      yield* say(
        sys,
        info
          .split('\n')
          .filter(Boolean)
          .map((l) => l.split(' ')[4])
          .join(','),
      );
      return 0;
    });
    expect(r.output).toBe('true\ntrue\n0\n0\n/,/proc\n');
  });
});
