import { describe, it, expect } from 'vitest';
import { runSh } from '../../helpers/run';

// End to end through the simulated machine (bash + awk + other tools); expectations from bash 5.2
// and mawk 1.3.4 on Debian 12.
describe('awk end to end', () => {
  it('prints fields from a pipe', () => {
    expect(runSh("printf 'a b\\nc d\\n' | awk '{print $2}'").stdout).toBe('b\nd\n');
    expect(runSh("seq 3 | awk '{s+=$1} END{print s}'").stdout).toBe('6\n');
    expect(runSh("echo hello | awk '{ print toupper(substr($0, 1, 1)) substr($0, 2) }'").stdout).toBe(
      'Hello\n',
    );
  });

  it('counts NSpid entries (one pid namespace level)', () => {
    expect(runSh('grep NSpid /proc/self/status | awk "{print NF-1}"').stdout).toBe('1\n');
  });

  it('pipes output to commands and closes them', () => {
    const r = runSh(
      `awk 'BEGIN{print "b" | "sort"; print "a" | "sort"; print close("sort"), close("sort")}'`,
    );
    expect(r.stdout).toBe('a\nb\n0 -1\n');
    expect(runSh(`awk 'BEGIN{print "a"; print "b" | "cat"; print "c"}'`).stdout).toBe('a\nb\nc\n');
    expect(
      runSh(`printf '3\\n1\\n2\\n' | awk '{print | "sort -n"} END{close("sort -n"); print "end"}'`).stdout,
    ).toBe('1\n2\n3\nend\n');
    expect(runSh(`awk 'BEGIN { printf "%s\\n", "x" | "cat 1>&2" }'`).stderr).toBe('x\n');
  });

  it('runs system() and reads commands with getline', () => {
    expect(
      runSh(
        `awk 'BEGIN{print system("exit 3"); "echo hi; exit 4" | getline x; print x, close("echo hi; exit 4")}'`,
      ).stdout,
    ).toBe('3\nhi 4\n');
    expect(runSh(`awk 'BEGIN{print system("kill -9 $$")}'`).stdout).toBe('265\n');
    expect(runSh(`awk 'BEGIN{system("echo from-sh"); print "after"}' | cat`).stdout).toBe('from-sh\nafter\n');
    expect(runSh(`awk 'BEGIN { while ("echo a; echo b" | getline) print "r", $0, NR }'`).stdout).toBe(
      'r a 0\nr b 0\n',
    );
  });

  it('writes files and reads them back', () => {
    const r = runSh(
      `echo x | awk '{ print > "/tmp/o" } END { close("/tmp/o"); while ((getline l < "/tmp/o") > 0) print "r", l }'; cat /tmp/o`,
    );
    expect(r.stdout).toBe('r x\nx\n');
    expect(runSh(`echo 'a:b' | awk -F: '{print $2 > "/dev/stderr"}' 2>&1`).stdout).toBe('b\n');
  });

  it('reports errors with mawk wording and status 2', () => {
    expect(runSh("awk '{print}' /nonexistent; echo $?").output).toBe(
      'awk: cannot open /nonexistent (No such file or directory)\n2\n',
    );
  });

  it('an endless loop can be killed', () => {
    expect(runSh("awk 'BEGIN{while(1);}' & sleep 0.1; kill $!; wait $!; echo st=$?").stdout).toBe('st=143\n');
  });
});
