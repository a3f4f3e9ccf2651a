// strace against the shapes real strace 6.1 printed on Debian 12 (x86_64) for the same commands:
// exact bytes where they are deterministic (errors, flag spellings, alignment at column 40, exit
// lines), patterns where real strace prints addresses, pids and environment sizes.
import { describe, expect, it } from 'vitest';
import { runSh } from '../../helpers/run';

const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');
const ADDR = '0x[0-9a-f]+';

describe('strace usage errors (as strace 6.1 words them)', () => {
  it.each([
    ['strace', "strace: must have PROG [ARGS] or -p PID\nTry 'strace -h' for more information.\n"],
    ['strace -e trace=bogus true', "strace: invalid system call 'bogus'\n"],
    ['strace -e trace=%bogus true', "strace: invalid system call '%bogus'\n"],
    ['strace -e trace= true', "strace: invalid system call ''\n"],
    ['strace /nonexistent', "strace: Can't stat '/nonexistent': No such file or directory\n"],
    ['strace nonexistentcmd', "strace: Can't stat 'nonexistentcmd': No such file or directory\n"],
    ['strace -Q true', "strace: invalid option -- 'Q'\nTry 'strace -h' for more information.\n"],
    ['strace -s abc true', "strace: invalid -s argument: 'abc'\nTry 'strace -h' for more information.\n"],
    ['strace -o /nonexistent/x true', "strace: Can't fopen '/nonexistent/x': No such file or directory\n"],
    ['strace -p 99999', 'strace: attach: ptrace(PTRACE_SEIZE, 99999): No such process\n'],
  ])('%s', (cmd, stderr) => {
    const r = runSh(cmd);
    expect(r.stderr).toBe(stderr);
    expect(r.status).toBe(1);
  });
});

describe('strace COMMAND', () => {
  it('starts with the execve of the command and ends with exit_group and the exit line', () => {
    const r = runSh('strace true');
    const l = lines(r.stderr);
    expect(l[0]).toMatch(
      new RegExp(`^execve\\("/usr/bin/true", \\["true"\\], ${ADDR} /\\* \\d+ vars \\*/\\) = 0$`),
    );
    expect(l.slice(-2)).toEqual(['exit_group(0)                           = ?', '+++ exited with 0 +++']);
    expect(r.status).toBe(0);
  });

  it('filters with -e trace=%process,write and exits with the status of the command', () => {
    const r = runSh("strace -e trace=%process,write sh -c 'echo hi; exit 3'");
    const l = lines(r.stderr);
    expect(r.stdout).toBe('hi\n');
    expect(l[0]).toMatch(
      /^execve\("\/usr\/bin\/sh", \["sh", "-c", "echo hi; exit 3"\], 0x[0-9a-f]+ \/\* \d+ vars \*\/\) = 0$/,
    );
    expect(l.slice(1)).toEqual([
      'write(1, "hi\\n", 3)                     = 3',
      'exit_group(3)                           = ?',
      '+++ exited with 3 +++',
    ]);
    expect(r.status).toBe(3);
  });

  it('prints openat, read and errors as strace does, in order with the program’s own output', () => {
    const r = runSh('strace -e trace=openat,read cat /etc/hostname /nonexist');
    const l = lines(r.stderr);
    expect(l).toContain('openat(AT_FDCWD, "/etc/hostname", O_RDONLY) = 3');
    expect(l.some((x) => /^read\(3, "glasshouse\\n", \d+\) += 11$/.test(x))).toBe(true);
    const i = l.indexOf('openat(AT_FDCWD, "/nonexist", O_RDONLY) = -1 ENOENT (No such file or directory)');
    expect(i).toBeGreaterThan(0);
    expect(l[i + 1]).toBe('cat: /nonexist: No such file or directory');
    expect(l.at(-1)).toBe('+++ exited with 1 +++');
  });

  it('cuts strings at -s bytes', () => {
    const r = runSh('strace -s 5 -e trace=write echo hello world');
    expect(lines(r.stderr)[0]).toBe('write(1, "hello"..., 12)                = 12');
  });

  it('reports a command killed by a signal and dies the same way', () => {
    const r = runSh("strace -e trace=exit_group sh -c 'kill -9 $$'; echo rc=$?");
    expect(r.stderr).toContain('+++ killed by SIGKILL +++\n');
    expect(r.stdout).toBe('rc=137\n');
  });
});

describe('strace -f', () => {
  it('shows unshare with CLONE_NEWPID, the fork, the mount of proc and the child under [pid N]', () => {
    const r = runSh('strace -f unshare -p -f --mount-proc true');
    const l = lines(r.stderr);
    expect(l).toContain('unshare(CLONE_NEWNS|CLONE_NEWPID)       = 0');
    const clone = l.find((x) => x.startsWith('clone('))!;
    const m = new RegExp(
      `^clone\\(child_stack=NULL, flags=CLONE_CHILD_CLEARTID\\|CLONE_CHILD_SETTID\\|SIGCHLD, child_tidptr=${ADDR}\\) = (\\d+)$`,
    ).exec(clone);
    expect(m).not.toBeNull();
    const child = m![1]!;
    const parent = /^\[pid +(\d+)\] wait4/.exec(l.find((x) => x.includes('wait4(')) ?? '')?.[1];
    expect(l[l.indexOf(clone) + 1]).toBe(`strace: Process ${child} attached`);
    const p = `[pid ${child.padStart(5)}] `;
    expect(l).toContain(`${p}mount("none", "/", NULL, MS_REC|MS_PRIVATE, NULL) = 0`);
    expect(l).toContain(`${p}mount("proc", "/proc", "proc", MS_NOSUID|MS_NODEV|MS_NOEXEC, NULL) = 0`);
    expect(l).toContain(`[pid ${parent!.padStart(5)}] wait4(${child},  <unfinished ...>`);
    expect(l).toContain(`<... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = ${child}`);
    expect(l).toContain(
      `--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=${child}, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---`,
    );
    expect(l).toContain(`${p}+++ exited with 0 +++`);
    expect(l.at(-1)).toBe('+++ exited with 0 +++');
  });

  it('writes to -o FILE with "PID   " prefixes and no attach messages', () => {
    const r = runSh("strace -f -o /tmp/o.txt sh -c 'true; /bin/true'; cat /tmp/o.txt");
    expect(r.stderr).toBe('');
    const l = lines(r.stdout);
    expect(l[0]).toMatch(/^\d+ +execve\("\/usr\/bin\/sh", /);
    expect(l.every((x) => /^\d+ {1,5}\S/.test(x))).toBe(true);
    expect(l.at(-1)).toMatch(/^\d+ +\+\+\+ exited with 0 \+\+\+$/);
  });

  it('traces only the command without -f (signals show whatever -e trace= says)', () => {
    const r = runSh("strace -e trace=write sh -c '/bin/echo a; echo b'");
    expect(lines(r.stderr)).toEqual([
      '--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=4, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---',
      'write(1, "b\\n", 2)                      = 2',
      '+++ exited with 0 +++',
    ]);
  });
});
