// st_size and st_blocks of proc's links and of pseudo-filesystem files, as Debian 12's kernel
// reports them (stat -c '%s %b' on the real machine): pid links 0, fd links 64, /proc/mounts the
// target's length, and no blocks anywhere in proc, sysfs or cgroupfs.

import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';

describe('proc links and pseudo-files', () => {
  it('report the sizes and block counts Linux reports', () => {
    const paths = [
      '/proc/self/ns/pid',
      '/proc/self/fd/0',
      '/proc/self/cwd',
      '/proc/self/exe',
      '/proc/self/root',
      '/proc/self',
      '/proc/mounts',
      '/proc/self/status',
      '/sys/fs/cgroup/cgroup.procs',
    ];
    const { stdout } = runSh(`stat -c '%n %s %b' ${paths.join(' ')} </dev/null`);
    expect(stdout).toBe(
      [
        '/proc/self/ns/pid 0 0',
        '/proc/self/fd/0 64 0',
        '/proc/self/cwd 0 0',
        '/proc/self/exe 0 0',
        '/proc/self/root 0 0',
        '/proc/self 0 0',
        '/proc/mounts 11 0',
        '/proc/self/status 0 0',
        '/sys/fs/cgroup/cgroup.procs 0 0',
        '',
      ].join('\n'),
    );
  });

  it('lists /proc/PID/ns with total 0 and links of size 0', () => {
    const { stdout } = runSh('ls -l /proc/self/ns | head -2');
    expect(stdout).toMatch(
      /^total 0\nlrwxrwxrwx 1 root root 0 \w{3} [ \d]\d \d\d:\d\d cgroup -> cgroup:\[\d+\]\n$/,
    );
  });
});
