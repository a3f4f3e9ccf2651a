import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { ps } from '../../../src/userland/bin/ps';
import { runFake } from './procfake';

// A made-up /proc (pids 1, 42, 77, 1234) and what procps-ng 4.0.2 `ps` printed for it when that
// tree was bind-mounted over /proc on Debian 12 (see test/fixtures/proc/ps-fake.json).
interface Fixture {
  files: Record<string, string>;
  now: number;
  outputs: Record<string, { stdout: string; status: number }>;
}
const fx = JSON.parse(
  readFileSync(new URL('../../fixtures/proc/ps-fake.json', import.meta.url), 'utf8'),
) as Fixture;
const files = {
  ...fx.files,
  '/etc/passwd': 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n',
  '/etc/group': 'root:x:0:\ndaemon:x:1:\n',
};
const run = (...args: string[]) =>
  runFake(ps, ['ps', ...args], { files, handlers: { clock_gettime: () => ({ sec: fx.now, nsec: 0 }) } });

const cases: [string, string[]][] = [
  ['default', []],
  ['e', ['-e']],
  ['ef', ['-ef']],
  ['aux', ['aux']],
  ['x', ['x']],
  [
    'eo',
    [
      '-eo',
      'pid,ppid,pgid,sid,tty,comm,args,user,uid,stat,state,etime,time,%cpu,%mem,rss,vsz,nlwp,ni,pri,psr,lstart',
    ],
  ],
  ['nh', ['-eo', 'pid,comm', '--no-headers']],
  ['p', ['-p', '77', '-o', 'pid=,args=']],
  ['args-mid', ['-o', 'pid,args,user', '-p', '77,1234']],
  ['u', ['-u', 'daemon', '-o', 'pid,user,comm']],
  ['start', ['-eo', 'pid,start_time,stime,start,etimes,c,bsdtime']],
  ['multi', ['-o', 'pid=', '-o', 'comm=X', '-p', '1']],
  ['none', ['-p', '5']],
];

describe('ps against procps output', () => {
  for (const [name, args] of cases) {
    it(`ps ${args.join(' ')}`, () => {
      const r = run(...args);
      expect(r.stdout).toBe(fx.outputs[name]!.stdout);
      expect(r.status).toBe(fx.outputs[name]!.status);
    });
  }
  it('reports bad formats and pid lists', () => {
    for (const [name, args] of [
      ['bad', ['-o', 'foo']],
      ['badp', ['-p', 'x']],
    ] as const) {
      const r = run(...args);
      expect(r.stderr).toBe(fx.outputs[name]!.stdout);
      expect(r.status).toBe(1);
    }
  });
});
