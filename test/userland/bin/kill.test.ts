import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { kill } from '../../../src/userland/bin/kill';
import { pgrep } from '../../../src/userland/bin/pgrep';
import { pkill } from '../../../src/userland/bin/pkill';
import { runFake } from './procfake';

// Expected texts from procps-ng 4.0.2 on Debian 12 (/bin/kill, pgrep, pkill).
describe('kill', () => {
  it('-l and -L', () => {
    expect(runFake(kill, ['kill', '-l']).stdout).toBe(
      'HUP INT QUIT ILL TRAP ABRT BUS FPE KILL USR1 SEGV USR2 PIPE ALRM TERM STKFLT\n' +
        'CHLD CONT STOP TSTP TTIN TTOU URG XCPU XFSZ VTALRM PROF WINCH POLL PWR SYS\n',
    );
    expect(runFake(kill, ['kill', '-L']).stdout).toBe(
      ' 1 HUP      2 INT      3 QUIT     4 ILL      5 TRAP     6 ABRT     7 BUS\n' +
        ' 8 FPE      9 KILL    10 USR1    11 SEGV    12 USR2    13 PIPE    14 ALRM\n' +
        '15 TERM    16 STKFLT  17 CHLD    18 CONT    19 STOP    20 TSTP    21 TTIN\n' +
        '22 TTOU    23 URG     24 XCPU    25 XFSZ    26 VTALRM  27 PROF    28 WINCH\n' +
        '29 POLL    30 PWR     31 SYS     \n',
    );
    expect(runFake(kill, ['kill', '-l', '9']).stdout).toBe('KILL\n');
    expect(runFake(kill, ['kill', '-l', 'KILL']).stdout).toBe('9\n');
    expect(runFake(kill, ['kill', '-l', '99']).stderr).toBe('kill: unknown signal name 99\n');
  });
  it('sends signals and reports failures', () => {
    const r = runFake(kill, ['kill', '-9', '123', '999999'], {
      handlers: { kill: (pid: number) => (pid === 123 ? 0 : -3) },
    });
    expect(r.calls.filter((c) => c.nr === 'kill').map((c) => c.args)).toEqual([
      [123, 9],
      [999999, 9],
    ]);
    expect(r.stderr).toBe('kill: (999999): No such process\n');
    expect(r.status).toBe(1);
    const s = runFake(kill, ['kill', '-s', 'HUP', '5'], { handlers: { kill: () => 0 } });
    expect(s.calls.find((c) => c.nr === 'kill')?.args).toEqual([5, 1]);
    expect(runFake(kill, ['kill', 'abc']).stderr).toBe("kill: failed to parse argument: 'abc'\n");
    expect(runFake(kill, ['kill']).status).toBe(1);
  });
});

const fx = JSON.parse(readFileSync(new URL('../../fixtures/proc/ps-fake.json', import.meta.url), 'utf8')) as {
  files: Record<string, string>;
};
const files = { ...fx.files, '/etc/passwd': 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1::/:/bin/false\n' };

describe('pgrep and pkill', () => {
  it('matches names, full command lines and users', () => {
    expect(runFake(pgrep, ['pgrep', 's'], { files }).stdout).toBe('42\n1234\n');
    expect(runFake(pgrep, ['pgrep', '-l', 'sh'], { files }).stdout).toBe('42 sh\n');
    expect(runFake(pgrep, ['pgrep', '-a', '-f', 'flag'], { files }).stdout).toBe(
      '77 worker --flag with space\n',
    );
    expect(runFake(pgrep, ['pgrep', '-x', 'slee'], { files }).status).toBe(1);
    expect(runFake(pgrep, ['pgrep', '-u', 'daemon'], { files }).stdout).toBe('77\n');
    expect(runFake(pgrep, ['pgrep', '-c', '-d,', 's'], { files }).stdout).toBe('2\n');
    expect(runFake(pgrep, ['pgrep', '-d,', 's'], { files }).stdout).toBe('42,1234\n');
    expect(runFake(pgrep, ['pgrep', '-n', 's'], { files }).stdout).toBe('1234\n');
  });
  it('usage errors exit 2', () => {
    const r = runFake(pgrep, ['pgrep'], { files });
    expect(r.stderr).toBe(
      "pgrep: no matching criteria specified\nTry `pgrep --help' for more information.\n",
    );
    expect(r.status).toBe(2);
    expect(runFake(pgrep, ['pgrep', '-u', 'nosuch', 'x'], { files }).stderr).toBe(
      "pgrep: invalid user name: nosuch\nTry `pgrep --help' for more information.\n",
    );
  });
  it('pkill signals the matches', () => {
    const r = runFake(pkill, ['pkill', '-KILL', '-e', 'sleep'], { files, handlers: { kill: () => 0 } });
    expect(r.calls.find((c) => c.nr === 'kill')?.args).toEqual([1234, 9]);
    expect(r.stdout).toBe('sleep killed (pid 1234)\n');
    expect(runFake(pkill, ['pkill', 'nothing'], { files }).status).toBe(1);
  });
});
