// End-to-end shell cases: each script runs in a fresh simulated machine like `bash -c SCRIPT
// [NAME]`; the expected stdout, stderr and status were recorded from bash 5.2 on Debian 12 by
// record.py (run in an empty scratch directory; here they run in /root, which holds only dot files,
// so scripts avoid printing the directory).
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

describe('bash cases recorded from bash 5.2', () => {
  for (const c of [...basic, ...more] as Case[]) {
    it(c.name, () => {
      const r = runSh(c.script, c.scriptName === undefined ? {} : { scriptName: c.scriptName });
      const pids = (s: string): string => s.replace(/: +\d+ (Killed|User defined)/g, ': PID $1');
      expect({ stdout: r.stdout, stderr: pids(r.stderr), status: r.status }).toEqual({
        stdout: c.stdout,
        stderr: pids(c.stderr),
        status: c.status,
      });
    });
  }
});
