// End-to-end shell cases: each script runs in a fresh simulated machine like `bash -c SCRIPT
// [NAME]`; the expected stdout, stderr and status were recorded from bash 5.2 on Debian 12 by
// record.py (run in an empty scratch directory, so scripts avoid printing the directory).
import { describe, it, expect } from 'vitest';
import { runSh } from '../../helpers/run';
import basic from './basic.cases.json';
import more from './more.cases.json';

interface Case {
  name: string;
  script: string;
  scriptName?: string;
  stdout: string;
  stderr: string;
  status: number;
}

/** Scratch files go to a fresh directory so globbing sees only what the script made. */
function inScratch(script: string): string {
  return `mkdir -p /tmp/scratch && cd /tmp/scratch && OLDPWD= && unset OLDPWD\n${script}`;
}

describe('bash cases recorded from bash 5.2', () => {
  for (const c of [...basic, ...more] as Case[]) {
    it(c.name, () => {
      const r = runSh(inScratch(c.script), c.scriptName === undefined ? {} : { scriptName: c.scriptName });
      const fix = (s: string): string => s.replace(/line (\d+)/g, (_, n: string) => `line ${Number(n) - 1}`);
      const pids = (s: string): string => s.replace(/: +\d+ (Killed|User defined)/g, ': PID $1');
      expect({ stdout: r.stdout, stderr: pids(fix(r.stderr)), status: r.status }).toEqual({
        stdout: c.stdout,
        stderr: pids(c.stderr),
        status: c.status,
      });
    });
  }
});
