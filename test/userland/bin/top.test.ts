import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { top, taskRow, uptimeLine, timePlus } from '../../../src/userland/bin/top';
import { uptime, prettyUptime } from '../../../src/userland/bin/uptime';
import { parseStat, parseStatus } from '../../../src/userland/libc/proc';
import type { ProcInfo } from '../../../src/userland/libc/proc';
import { runFake } from './procfake';

const db = {
  users: [{ name: 'root', uid: 0, gid: 0, gecos: '', dir: '/root', shell: '/bin/sh' }],
  groups: [],
};

function proc(stat: string, rssKb: number, vszKb: number, shrKb: number): ProcInfo {
  const s = parseStat(stat);
  if (!s) throw new Error('bad stat');
  return {
    stat: s,
    status: parseStatus(''),
    cmdline: [],
    euid: 0,
    ruid: 0,
    egid: 0,
    rssKb,
    vszKb,
    shrKb,
    lockedKb: 0,
  };
}

// Lines printed by procps-ng 4.0.2 `top -b -n 1` on this machine (pid_max 32768: PID width 5).
describe('top rows and summary', () => {
  it('formats a task line as top does, cutting COMMAND at 80 columns', () => {
    const p = proc(
      '1 (process_api) S 0 0 0 0 -1 0 0 0 0 0 124 279 0 0 10 -10 13 0 19 0 0',
      12584,
      43628,
      6456,
    );
    expect(taskRow({ p, cpu: 0 }, db, 24683620, 5, 80)).toBe(
      '    1 root      10 -10   43628  12584   6456 S   0.0   0.1   0:04.03 process_a+',
    );
    const q = proc('6199 (dpkg) R 1 1 1 0 -1 0 0 0 0 0 150 36 0 0 20 0 1 0 19 0 0', 27848, 29228, 2428);
    expect(taskRow({ p: q, cpu: 62.5 }, db, 24683620, 5, 80)).toBe(
      ' 6199 root      20   0   29228  27848   2428 R  62.5   0.1   0:01.86 dpkg',
    );
  });
  it('uptime line', () => {
    expect(uptimeLine(1795589627, 12 * 60 + 5, 0, [0.25, 0.24, 0.15])).toBe(
      ' 06:53:47 up 12 min,  0 user,  load average: 0.25, 0.24, 0.15',
    );
    expect(uptimeLine(1795589627, 2 * 86400 + 3 * 3600 + 4 * 60, 2, [1, 0, 0])).toBe(
      ' 06:53:47 up 2 days,  3:04,  2 users,  load average: 1.00, 0.00, 0.00',
    );
    expect(prettyUptime(12 * 60 + 5)).toBe('up 12 minutes');
    expect(timePlus(30088)).toBe('5:00.88');
  });
});

const fx = JSON.parse(readFileSync(new URL('../../fixtures/proc/ps-fake.json', import.meta.url), 'utf8')) as {
  files: Record<string, string>;
};

describe('top -b -n 1 on a fake /proc', () => {
  it('prints the summary and the table', () => {
    const r = runFake(top, ['top', '-b', '-n', '1'], {
      files: { ...fx.files, '/etc/passwd': 'root:x:0:0::/:/bin/sh\ndaemon:x:1:1::/:/bin/sh\n' },
      handlers: { clock_gettime: () => ({ sec: 1795590646, nsec: 0 }) },
    });
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('top - 07:10:46 up  1:00,  0 user,  load average: 0.00, 0.01, 0.05');
    expect(lines[1]).toBe('Tasks:   4 total,   1 running,   3 sleeping,   0 stopped,   0 zombie');
    expect(lines[3]).toBe('MiB Mem :   2048.0 total,   1024.0 free,    512.0 used,    230.0 buff/cache     ');
    expect(lines[4]).toBe('MiB Swap:      0.0 total,      0.0 free,      0.0 used.   1536.0 avail Mem ');
    expect(lines[6]).toBe('    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND');
    expect(lines[7]).toBe('      1 root      20   0   10240   3200    200 S   0.0   0.2   0:02.30 init');
    expect(r.calls.some((c) => c.nr === 'nanosleep')).toBe(true);
  });
  it('uptime', () => {
    const r = runFake(uptime, ['uptime'], {
      files: fx.files,
      handlers: { clock_gettime: () => ({ sec: 1795590646, nsec: 0 }) },
    });
    expect(r.stdout).toBe(' 07:10:46 up  1:00,  0 user,  load average: 0.00, 0.01, 0.05\n');
  });
});
