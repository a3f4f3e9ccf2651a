import { describe, it, expect } from 'vitest';
import { runSh } from '../../helpers/run';

// End-to-end through the simulated machine; expectations from bash 5.2 + GNU tools on Debian 12.
describe('text tools end to end', () => {
  it('pipes through sort, uniq, head', () => {
    const r = runSh("printf 'b\\na\\nb\\n' | sort | uniq -c | head -n 1");
    expect(r.stdout).toBe('      1 a\n');
    expect(r.status).toBe(0);
  });
  it('grep exit statuses', () => {
    expect(runSh('echo abc | grep -q b; echo $?').stdout).toBe('0\n');
    expect(runSh('echo abc | grep x; echo $?').stdout).toBe('1\n');
    expect(runSh('grep x /nonexistent; echo $?').output).toBe(
      'grep: /nonexistent: No such file or directory\n2\n',
    );
  });
  it('sed, cut, tr, wc together', () => {
    expect(runSh("echo 'a:b:c' | cut -d: -f2,3 | tr : ' ' | sed 's/b/B/'").stdout).toBe('B c\n');
    expect(runSh("printf 'x y\\nz\\n' | wc").stdout).toBe('      2       3       6\n');
  });
  it('yes | head ends', () => {
    expect(runSh('yes | head -n 2').stdout).toBe('y\ny\n');
  });
  it('xargs runs commands', () => {
    expect(runSh("printf '1 2 3' | xargs -n 1 echo n").stdout).toBe('n 1\nn 2\nn 3\n');
  });
});
