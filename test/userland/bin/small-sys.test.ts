import { describe, it, expect } from 'vitest';
import { runFake } from './procfake';
import { true_ } from '../../../src/userland/bin/true';
import { false_ } from '../../../src/userland/bin/false';
import { sleep } from '../../../src/userland/bin/sleep';
import { id } from '../../../src/userland/bin/id';
import { whoami } from '../../../src/userland/bin/whoami';
import { groups } from '../../../src/userland/bin/groups';
import { env } from '../../../src/userland/bin/env';
import { printenv } from '../../../src/userland/bin/printenv';
import { uname } from '../../../src/userland/bin/uname';
import { nproc } from '../../../src/userland/bin/nproc';
import { hostname } from '../../../src/userland/bin/hostname';
import { date } from '../../../src/userland/bin/date';
import { clear } from '../../../src/userland/bin/clear';

const etc = {
  '/etc/passwd': 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n',
  '/etc/group': 'root:x:0:\ndaemon:x:1:\nadm:x:4:daemon\n',
};
const utsname = {
  sysname: 'Linux',
  nodename: 'glasshouse',
  release: '6.18.0-glasshouse',
  version: '#1 SMP PREEMPT_DYNAMIC Thu Jan  1 00:00:00 UTC 2026',
  machine: 'x86_64',
  domainname: '(none)',
};

// Expected texts from coreutils 9.1 / net-tools hostname on Debian 12.
describe('true, false, sleep', () => {
  it('exit statuses', () => {
    expect(runFake(true_, ['true', '--nonsense']).status).toBe(0);
    expect(runFake(false_, ['false', '--version']).status).toBe(1);
    expect(runFake(false_, ['false', '--version']).stdout.split('\n')[0]).toBe('false (GNU coreutils) 9.1');
  });
  it('sleep sums its operands', () => {
    const r = runFake(sleep, ['sleep', '0.1', '1m']);
    expect(r.status).toBe(0);
    expect(r.calls.filter((c) => c.nr === 'nanosleep').map((c) => c.args[0])).toEqual([60.1e9]);
  });
  it('sleep errors', () => {
    expect(runFake(sleep, ['sleep']).stderr).toBe(
      "sleep: missing operand\nTry 'sleep --help' for more information.\n",
    );
    const r = runFake(sleep, ['sleep', '1', 'x', 'y']);
    expect(r.stderr).toBe(
      "sleep: invalid time interval ‘x’\nsleep: invalid time interval ‘y’\nTry 'sleep --help' for more information.\n",
    );
    expect(r.status).toBe(1);
  });
});

describe('id, whoami, groups', () => {
  it('id', () => {
    expect(runFake(id, ['id'], { files: etc }).stdout).toBe('uid=0(root) gid=0(root) groups=0(root)\n');
    expect(runFake(id, ['id', 'daemon'], { files: etc }).stdout).toBe(
      'uid=1(daemon) gid=1(daemon) groups=1(daemon),4(adm)\n',
    );
    expect(runFake(id, ['id', '-un'], { files: etc }).stdout).toBe('root\n');
    expect(runFake(id, ['id', '-G', '-n', 'daemon'], { files: etc }).stdout).toBe('daemon adm\n');
    const r = runFake(id, ['id', 'nosuch'], { files: etc });
    expect([r.stderr, r.status]).toEqual(['id: ‘nosuch’: no such user\n', 1]);
    expect(runFake(id, ['id', '-ug'], { files: etc }).stderr).toBe(
      'id: cannot print "only" of more than one choice\nTry \'id --help\' for more information.\n',
    );
  });
  it('whoami and groups', () => {
    expect(runFake(whoami, ['whoami'], { files: etc }).stdout).toBe('root\n');
    expect(runFake(whoami, ['whoami', 'x'], { files: etc }).stderr).toBe(
      "whoami: extra operand ‘x’\nTry 'whoami --help' for more information.\n",
    );
    expect(runFake(groups, ['groups'], { files: etc }).stdout).toBe('root\n');
    expect(runFake(groups, ['groups', 'root', 'daemon'], { files: etc }).stdout).toBe(
      'root : root\ndaemon : daemon adm\n',
    );
  });
});

describe('env and printenv', () => {
  const environ = ['HOME=/root', 'PATH=/bin'];
  it('prints, clears and sets', () => {
    expect(runFake(env, ['env'], { env: environ }).stdout).toBe('HOME=/root\nPATH=/bin\n');
    expect(runFake(env, ['env', '-i', 'A=1', 'B=2'], { env: environ }).stdout).toBe('A=1\nB=2\n');
    expect(runFake(env, ['env', '-u', 'HOME'], { env: environ }).stdout).toBe('PATH=/bin\n');
  });
  it('runs through PATH and reports failures', () => {
    const r = runFake(env, ['env', 'nosuch'], { env: environ, handlers: { execve: () => -2 } });
    expect([r.stderr, r.status]).toEqual(['env: ‘nosuch’: No such file or directory\n', 127]);
    expect(r.calls.find((c) => c.nr === 'execve')?.args[0]).toBe('/bin/nosuch');
    const u = runFake(env, ['env', '-u', 'A=B', 'true'], { env: environ });
    expect([u.stderr, u.status]).toEqual(['env: cannot unset ‘A=B’: Invalid argument\n', 125]);
  });
  it('printenv', () => {
    expect(runFake(printenv, ['printenv', 'HOME', 'NOPE'], { env: environ })).toMatchObject({
      stdout: '/root\n',
      status: 1,
    });
    expect(runFake(printenv, ['printenv', '-x']).status).toBe(2);
  });
});

describe('uname, nproc, hostname, date, clear', () => {
  const handlers = { uname: () => utsname };
  it('uname', () => {
    expect(runFake(uname, ['uname', '-a'], { handlers }).stdout).toBe(
      'Linux glasshouse 6.18.0-glasshouse #1 SMP PREEMPT_DYNAMIC Thu Jan  1 00:00:00 UTC 2026 x86_64 GNU/Linux\n',
    );
    expect(runFake(uname, ['uname'], { handlers }).stdout).toBe('Linux\n');
    expect(runFake(uname, ['uname', '-snrvmopi'], { handlers }).stdout).toMatch(
      /x86_64 unknown unknown GNU\/Linux\n$/,
    );
  });
  it('nproc', () => {
    const files = { '/sys/devices/system/cpu/online': '0-1\n' };
    expect(runFake(nproc, ['nproc'], { files }).stdout).toBe('2\n');
    expect(runFake(nproc, ['nproc', '--ignore=5'], { files }).stdout).toBe('1\n');
    expect(runFake(nproc, ['nproc', '--ignore=x'], { files }).stderr).toBe('nproc: invalid number: ‘x’\n');
  });
  it('hostname', () => {
    expect(runFake(hostname, ['hostname'], { handlers }).stdout).toBe('glasshouse\n');
    const r = runFake(hostname, ['hostname', 'new'], { handlers: { sethostname: () => -1 } });
    expect([r.stderr, r.status]).toEqual(['hostname: you must be root to change the host name\n', 1]);
    expect(runFake(hostname, ['hostname', 'a b']).stderr).toBe(
      'hostname: the specified hostname is invalid\n',
    );
  });
  it('date', () => {
    expect(runFake(date, ['date']).stdout).toBe('Wed Nov 25 06:50:53 UTC 2026\n');
    expect(runFake(date, ['date', '-u', '-d', '@0', '-R']).stdout).toBe('Thu, 01 Jan 1970 00:00:00 +0000\n');
    expect(runFake(date, ['date', '-d', '@0', '-Iseconds']).stdout).toBe('1970-01-01T00:00:00+00:00\n');
    expect(runFake(date, ['date', '-d', '@0', '+%s %F']).stdout).toBe('0 1970-01-01\n');
    expect(runFake(date, ['date', '-d', 'xyz'])).toMatchObject({
      stderr: 'date: invalid date ‘xyz’\n',
      status: 1,
    });
    expect(runFake(date, ['date', 'a', 'b']).stderr).toBe(
      "date: extra operand ‘b’\nTry 'date --help' for more information.\n",
    );
  });
  it('clear', () => {
    expect(runFake(clear, ['clear']).stdout).toBe('\x1b[H\x1b[2J\x1b[3J');
  });
});
