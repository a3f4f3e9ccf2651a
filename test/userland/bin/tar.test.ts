// tar end to end: each test/userland/bin/tar/*.sh runs in a fresh simulated machine and must
// print what GNU tar 1.34 and bash printed on Debian 12 (tar/*.out, made by tar/record.sh),
// archive hashes included: the archives we write are byte-identical with GNU tar's.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';

const DIR = join(__dirname, 'tar');
const cases = readdirSync(DIR).filter((f) => f.endsWith('.sh') && f !== 'record.sh');

describe('tar (GNU tar 1.34) end to end', () => {
  it('has recorded cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(4);
  });
  for (const file of cases) {
    it(
      file,
      () => {
        const script = readFileSync(join(DIR, file), 'utf8');
        const expected = readFileSync(join(DIR, file.replace(/\.sh$/, '.out')), 'utf8');
        const r = runSh(`cd /tmp\n${script}`);
        expect(`${r.output}status=${r.status}\n`).toBe(expected);
      },
      60000,
    );
  }
});

describe('tar -x owners', () => {
  it('maps stored user and group names to local ids as root, unless --numeric-owner', () => {
    const archive = readFileSync(join(__dirname, '../../fixtures/tar/owners.tar'), 'latin1');
    const script =
      'cd /tmp; mkdir x1 x2 && cat > u.tar && tar xf u.tar -C x1 && tar xf u.tar -C x2 --numeric-owner && stat -c "%u %g %n" x1/* x2/*';
    // GNU tar 1.34 on Debian 12, where daemon is uid 1 and bin is gid 2 (as here):
    expect(runSh(script, { stdin: archive }).output).toBe(
      '1 2 x1/a\n5 7 x1/b\n99 98 x1/c\n1234 4321 x2/a\n5 7 x2/b\n99 98 x2/c\n',
    );
  });
});
