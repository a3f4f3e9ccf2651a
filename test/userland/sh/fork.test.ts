// Forking like bash 5.2: which commands exec in the forked child without a second fork (process
// trees in fork-trees.out and the cases in fork.cases.json were recorded from bash 5.2 on
// Debian 12 by running fork-trees.sh and record.py), no "Killed" notices from command
// substitutions, and fork failures (EAGAIN retried, ENOMEM fatal with status 254).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect } from 'vitest';
import { runSh } from '../../helpers/run';
import { createWorld } from '../../../src/world';
import cases from './fork.cases.json';

interface Case {
  name: string;
  script: string;
  stdout: string;
  stderr: string;
  status: number;
}

const here = join(process.cwd(), 'test/userland/sh');

describe('forking like bash 5.2', () => {
  for (const c of cases as Case[]) {
    it(c.name, () => {
      const r = runSh(c.script);
      const pids = (s: string): string => s.replace(/: +\d+ Killed/g, ': PID Killed');
      expect({ stdout: r.stdout, stderr: pids(r.stderr), status: r.status }).toEqual({
        stdout: c.stdout,
        stderr: pids(c.stderr),
        status: c.status,
      });
    });
  }

  it('builds the same process trees as bash (exec in forked children)', () => {
    const r = runSh(readFileSync(join(here, 'fork-trees.sh'), 'utf8'));
    expect(r.stdout).toBe(readFileSync(join(here, 'fork-trees.out'), 'utf8'));
  });

  it('shows a background sleep as a child of the shell in ps', () => {
    const r = runSh('sleep 5 & ps -o ppid=,comm=; echo $$');
    const lines = r.stdout.trim().split('\n');
    const shell = lines.pop()?.trim();
    expect(lines.map((l) => l.trim().split(/\s+/))).toContainEqual([shell, 'sleep']);
  });
});

describe('fork failures', () => {
  it('survives a fork bomb in a cgroup with pids.max 50', () => {
    const world = createWorld({ seed: 1 });
    const bomb = [
      'C=/sys/fs/cgroup/bomb; mkdir $C; echo 50 > $C/pids.max',
      `sh -c 'echo $$ > /sys/fs/cgroup/bomb/cgroup.procs; exec timeout 5 bash -c ":(){ :|:& };:"' 2>/tmp/err`,
      'echo "rc=$?"; sleep 3; cat $C/pids.current; echo 1 > $C/cgroup.kill; sleep 1; cat $C/pids.current',
      'sort -u /tmp/err; grep -c retry /tmp/err >/dev/null && echo retried',
    ].join('\n');
    const r = world.exec(bomb, { timeoutNs: 60e9 });
    expect(r.stdout).toBe(
      'rc=0\n50\n0\nenvironment: fork: retry: Resource temporarily unavailable\nretried\n',
    );
    expect(r.stderr).toBe('');
    const after = world.exec('echo alive; cat /sys/fs/cgroup/bomb/pids.current');
    expect(after.stdout).toBe('alive\n0\n');
  });

  it('retries EAGAIN 4 times, 15 s in all, then gives up with status 254', () => {
    const world = createWorld({ seed: 1 });
    const r = world.exec(
      [
        'C=/sys/fs/cgroup/one; mkdir $C; echo 1 > $C/pids.max; echo $$ > $C/cgroup.procs',
        'trap "echo elapsed \\$SECONDS" EXIT; SECONDS=0; x=$(true); echo not reached',
      ].join('\n'),
      { timeoutNs: 60e9 },
    );
    expect(r.stderr).toBe(
      'bash: fork: retry: Resource temporarily unavailable\n'.repeat(4) +
        'bash: fork: Resource temporarily unavailable\n',
    );
    expect(r.stdout).toBe('elapsed 15\n');
    expect(r.status).toBe(254);
  });
});
