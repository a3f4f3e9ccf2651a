import { describe, expect, it } from 'vitest';
import { parseMapRange, unshareRequest } from '../../../../src/userland/bin/unshare/options';
import { parseGroups, parseUserSpec } from '../../../../src/userland/bin/chroot';
import { parseKey } from '../../../../src/userland/bin/ipcrm';
import { parseSize } from '../../../../src/userland/bin/ipcmk';
import { msgSection, semSection, shmSection } from '../../../../src/userland/bin/ipcs/format';
import type { Names } from '../../../../src/userland/bin/ipcs/format';
import { UlError } from '../../../../src/userland/libc/ulutil';
import { CLONE_NEWNS, CLONE_NEWTIME, CLONE_NEWUSER, CLONE_NEWUTS } from '../../../../src/kernel/abi/sched';
import { MS_PRIVATE, MS_REC } from '../../../../src/kernel/abi/mount';
import type { UserDb } from '../../../../src/userland/libc/pwd';

const opt = (key: string, value?: string) => ({ key, value, spelled: key });

describe('unshare options', () => {
  it('collects flags, persistent files and the default propagation', () => {
    const r = unshareRequest([opt('u', '/run/uts'), opt('mount-proc'), opt('r')], () => undefined);
    if (r instanceof UlError) throw new Error(r.message);
    expect(r.flags).toBe(CLONE_NEWUTS | CLONE_NEWNS | CLONE_NEWUSER);
    expect([...r.targets]).toEqual([[CLONE_NEWUTS, '/run/uts']]);
    expect(r.procmnt).toBe('/proc');
    expect([r.mapUser, r.mapGroup, r.propagation]).toEqual([0, 0, MS_REC | MS_PRIVATE]);
  });

  it('reports bad values with util-linux wording', () => {
    const msg = (o: ReturnType<typeof opt>[]) => (unshareRequest(o, () => undefined) as UlError).message;
    expect(msg([opt('propagation', 'foo')])).toBe('unsupported propagation mode: foo');
    expect(msg([opt('monotonic', '5')])).toBe(
      'options --monotonic and --boottime require unsharing of a time namespace (-t)',
    );
    expect(msg([opt('kill-child', '15')])).toBe('unknown signal: 15');
    expect(msg([opt('map-user', 'xyzzy')])).toBe("failed to parse uid: 'xyzzy'");
    expect(msg([opt('setgroups', 'foo')])).toBe("unsupported --setgroups argument 'foo'");
  });

  it('accepts names through the lookup and time offsets with -T', () => {
    const r = unshareRequest([opt('map-user', 'nobody'), opt('T'), opt('boottime', '86400')], (k, n) =>
      k === 'user' && n === 'nobody' ? 65534 : undefined,
    );
    if (r instanceof UlError) throw new Error(r.message);
    expect([r.mapUser, r.boottime, r.flags & CLONE_NEWTIME]).toEqual([65534, 86400n, CLONE_NEWTIME]);
  });

  it('parses --map-users ranges', () => {
    expect(parseMapRange('1,2,3')).toEqual({ outer: 1, inner: 2, count: 3 });
    expect((parseMapRange('1,2') as UlError).message).toBe("mapping '1,2' contains only 2 elements");
    expect((parseMapRange('1:2:3') as UlError).message).toBe("could not parse ID: '1:2:3'");
  });
});

describe('chroot --userspec and --groups', () => {
  const db: UserDb = {
    users: [{ name: 'nobody', uid: 65534, gid: 65534, gecos: '', dir: '/', shell: '/bin/sh' }],
    groups: [
      { name: 'nogroup', gid: 65534, members: [] },
      { name: 'tty', gid: 5, members: [] },
    ],
  };
  it('reads names, numbers and the login group', () => {
    expect(parseUserSpec(db, 'nobody')).toEqual({ uid: 65534 });
    expect(parseUserSpec(db, 'nobody:')).toEqual({ uid: 65534, gid: 65534 });
    expect(parseUserSpec(db, '1234:5')).toEqual({ uid: 1234, gid: 5 });
    expect(parseUserSpec(db, ':tty')).toEqual({ gid: 5 });
    expect(parseUserSpec(db, 'xyz')).toBe('invalid user');
    expect(parseUserSpec(db, ':xyz')).toBe('invalid group');
    expect(parseUserSpec(db, '1234:')).toBe('cannot get the login group of a numeric UID');
  });
  it('reads group lists', () => {
    expect(parseGroups(db, 'tty,,12345')).toEqual([5, 12345]);
    expect(parseGroups(db, 'foo')).toBe('invalid group ‘foo’');
    expect(parseGroups(db, ',')).toBe('invalid group list ‘,’');
  });
});

describe('ipcrm keys and ipcmk sizes', () => {
  it('reads keys like strtoll(s, NULL, 0)', () => {
    expect([
      parseKey('0x1234'),
      parseKey('010'),
      parseKey('-1'),
      parseKey('abc'),
      parseKey('0xc6983e78'),
    ]).toEqual([0x1234, 8, -1, 0, 0xc6983e78 | 0]);
  });
  it('reads sizes with binary and decimal suffixes', () => {
    expect([
      parseSize('4096'),
      parseSize('1K'),
      parseSize('1KiB'),
      parseSize('1KB'),
      parseSize('1.5M'),
    ]).toEqual([4096, 1024, 1024, 1000, 1572864]);
    expect(parseSize('1x')).toBeUndefined();
  });
});

describe('ipcs sections', () => {
  const names: Names = {
    user: (u) => (u === 0 ? 'root' : undefined),
    group: (g) => (g === 0 ? 'root' : undefined),
  };
  const perm = { key: 0xf0a99a7c, uid: 0, gid: 0, cuid: 0, cgid: 0, mode: 0o644 };
  const q = {
    id: 0,
    perm,
    ctime: 0,
    stime: 0,
    rtime: 0,
    cbytes: 0,
    qnum: 0,
    qbytes: 16384,
    lspid: 0,
    lrpid: 0,
  };
  it('prints queues as the reference host did (trailing blanks included)', () => {
    expect(msgSection([q], 'default', 'default', names)).toBe(
      '------ Message Queues --------\n' +
        'key        msqid      owner      perms      used-bytes   messages    \n' +
        '0xf0a99a7c 0          root       644        0            0           \n',
    );
    expect(msgSection([q], 'pid', 'default', names)).toBe(
      '------ Message Queues PIDs --------\nmsqid      owner      lspid      lrpid     \n0        root            0         0\n',
    );
    expect(
      msgSection([{ ...q, perm: { ...perm, uid: 1000 } }], 'default', 'human', names).split('\n')[2],
    ).toBe('0xf0a99a7c 0          1000       644            0B       0           ');
  });
  it('prints segments and arrays', () => {
    const s = { id: 0, perm, ctime: 0, segsz: 4096, atime: 0, dtime: 0, cpid: 1312, lpid: 0, nattch: 0 };
    expect(shmSection([s], 'default', 'default', names).split('\n')[2]).toBe(
      '0xf0a99a7c 0          root       644        4096       0                       ',
    );
    expect(shmSection([s], 'pid', 'default', names).split('\n')[2]).toBe(
      '0          root       1312       0         ',
    );
    const sem = { id: 0, perm: { ...perm, mode: 0o600 }, ctime: 0, otime: 0, nsems: 3 };
    expect(semSection([sem], 'default', names).split('\n')[2]).toBe(
      '0xf0a99a7c 0          root       600        3         ',
    );
    expect(semSection([sem], 'pid', names)).toBe('');
  });
});
