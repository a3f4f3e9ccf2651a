// The strace line formatter against lines real strace 6.1 printed on Debian 12 (x86_64).
import { describe, expect, it } from 'vitest';
import type { TraceRecord, TraceSyscall } from '../../../src/userland/strace/format';
import {
  classify,
  completeCalls,
  explain,
  formatCall,
  formatEnter,
  formatExit,
  formatResumed,
  formatSignal,
} from '../../../src/userland/strace/format';

const enc = (s: string): { bytes: Uint8Array; length: number } => {
  const bytes = new TextEncoder().encode(s);
  return { bytes, length: bytes.length };
};

function call(
  sys: string,
  name: string,
  args: TraceSyscall['args'],
  result: TraceSyscall['result'],
  extra: Partial<TraceSyscall> = {},
): TraceSyscall {
  return {
    type: 'syscall',
    phase: 'call',
    seq: 1,
    pid: 42,
    comm: 'x',
    time: 0,
    sys,
    name,
    args,
    result,
    ...extra,
  };
}

describe('formatCall', () => {
  it('prints open as openat with AT_FDCWD and flags', () => {
    expect(formatCall(call('open', 'openat', ['/etc/ld.so.cache', 0o2000000], 3))).toBe(
      'openat(AT_FDCWD, "/etc/ld.so.cache", O_RDONLY|O_CLOEXEC) = 3',
    );
    expect(formatCall(call('open', 'openat', ['/dev/null', 0o1101, 0o666], 3))).toBe(
      'openat(AT_FDCWD, "/dev/null", O_WRONLY|O_CREAT|O_TRUNC, 0666) = 3',
    );
  });
  it('prints errors with the errno name and text', () => {
    expect(formatCall(call('open', 'openat', ['/usr/lib/locale/locale-archive', 0o2000000], -2))).toBe(
      'openat(AT_FDCWD, "/usr/lib/locale/locale-archive", O_RDONLY|O_CLOEXEC) = -1 ENOENT (No such file or directory)',
    );
  });
  it('cuts buffers at 32 bytes with octal escapes', () => {
    const data = new Uint8Array([
      0x7f,
      0x45,
      0x4c,
      0x46,
      2,
      1,
      1,
      3,
      ...new Array<number>(8).fill(0),
      3,
      0,
      0x3e,
      0,
      1,
      0,
      0,
      0,
      0x10,
      0x74,
      2,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
    ]);
    expect(formatCall(call('read', 'read', [3, 832], { bytes: data, length: 832 }))).toBe(
      'read(3, "\\177ELF\\2\\1\\1\\3\\0\\0\\0\\0\\0\\0\\0\\0\\3\\0>\\0\\1\\0\\0\\0\\20t\\2\\0\\0\\0\\0\\0"..., 832) = 832',
    );
    expect(formatCall(call('write', 'write', [1, enc('hi\n')], 3))).toBe('write(1, "hi\\n", 3) = 3');
  });
  it('prints clone as fork or with namespace flags', () => {
    expect(formatCall(call('clone', 'clone', [0, { fn: true }], 8382))).toMatch(
      /^clone\(child_stack=NULL, flags=CLONE_CHILD_CLEARTID\|CLONE_CHILD_SETTID\|SIGCHLD, child_tidptr=0x7f[0-9a-f]+\) = 8382$/,
    );
    expect(formatCall(call('clone', 'clone', [0x6c020000, { fn: true }], 1234))).toBe(
      'clone(child_stack=NULL, flags=CLONE_NEWNS|CLONE_NEWUTS|CLONE_NEWIPC|CLONE_NEWPID|CLONE_NEWNET|SIGCHLD) = 1234',
    );
    expect(formatCall(call('unshare', 'unshare', [0x20020000], 0))).toBe(
      'unshare(CLONE_NEWNS|CLONE_NEWPID) = 0',
    );
  });
  it('prints mount and pivot_root', () => {
    expect(formatCall(call('mount', 'mount', ['proc', '/proc', 'proc', 14, ''], 0))).toBe(
      'mount("proc", "/proc", "proc", MS_NOSUID|MS_NODEV|MS_NOEXEC, NULL) = 0',
    );
    expect(formatCall(call('mount', 'mount', ['none', '/', '', 0x44000, ''], 0))).toBe(
      'mount("none", "/", NULL, MS_REC|MS_PRIVATE, NULL) = 0',
    );
    expect(formatCall(call('pivot_root', 'pivot_root', ['.', '.'], 0))).toBe('pivot_root(".", ".") = 0');
  });
  it('prints execve, wait4 and exit_group', () => {
    expect(formatCall(call('execve', 'execve', ['/usr/bin/true', ['true'], 39], undefined))).toMatch(
      /^execve\("\/usr\/bin\/true", \["true"\], 0x7ffd[0-9a-f]+ \/\* 39 vars \*\/\) = 0$/,
    );
    expect(formatCall(call('wait4', 'wait4', [8382, 0], { pid: 8382, status: 0 }))).toBe(
      'wait4(8382, [{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL) = 8382',
    );
    expect(formatCall(call('exit', 'exit_group', [0], undefined, { noReturn: true }))).toBe(
      'exit_group(0) = ?',
    );
  });
  it('prints stat as newfstatat', () => {
    const st = { mode: 0o100755, size: 43888, rdev: 0 };
    expect(formatCall(call('stat', 'newfstatat', ['/usr/bin/sleep'], st))).toBe(
      'newfstatat(AT_FDCWD, "/usr/bin/sleep", {st_mode=S_IFREG|0755, st_size=43888, ...}, 0) = 0',
    );
    expect(formatCall(call('fstat', 'newfstatat', [3], { mode: 0o100644, size: 41723 }))).toBe(
      'newfstatat(3, "", {st_mode=S_IFREG|0644, st_size=41723, ...}, AT_EMPTY_PATH) = 0',
    );
  });
});

describe('blocked calls, signals and exits', () => {
  it('splits a blocked call into enter and resumed halves', () => {
    const rec = call('wait4', 'wait4', [-1, 0], { pid: 10874, status: 0 }, { phase: 'exit' });
    expect(formatEnter(rec)).toBe('wait4(-1, ');
    expect(formatResumed(rec)).toBe('<... wait4 resumed>[{WIFEXITED(s) && WEXITSTATUS(s) == 0}], 0, NULL)');
  });
  it('prints SIGCHLD and exit lines', () => {
    expect(
      formatSignal({
        type: 'signal',
        seq: 1,
        pid: 1,
        comm: 'sh',
        time: 0,
        sig: 17,
        code: 'CLD_EXITED',
        fromPid: 8382,
        fromUid: 0,
        status: 0,
        utime: 0,
        stime: 0,
      }),
    ).toBe(
      '--- SIGCHLD {si_signo=SIGCHLD, si_code=CLD_EXITED, si_pid=8382, si_uid=0, si_status=0, si_utime=0, si_stime=0} ---',
    );
    expect(formatExit({ type: 'exit', seq: 1, pid: 1, comm: 'sh', time: 0, status: 0 })).toBe(
      '+++ exited with 0 +++',
    );
    expect(formatExit({ type: 'exit', seq: 1, pid: 1, comm: 'sh', time: 0, status: 9 })).toBe(
      '+++ killed by SIGKILL +++',
    );
  });
  it('pairs enter and exit records', () => {
    const recs: TraceRecord[] = [
      call('wait4', 'wait4', [-1, 0], undefined, { phase: 'enter', seq: 1 }),
      call('getpid', 'getpid', [], 7, { pid: 7, seq: 2 }),
      call('wait4', 'wait4', [-1, 0], { pid: 7, status: 0 }, { phase: 'exit', seq: 3 }),
    ];
    const out = completeCalls(recs);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ phase: 'call', seq: 1, sys: 'wait4' });
  });
});

describe('classify and explain', () => {
  it('explains a container clone, an overlay mount, pivot_root and a cgroup.procs write', () => {
    const clone = call('clone', 'clone', [0x6c020000], 1234);
    expect(classify(clone)).toBe('namespace');
    expect(explain(clone)).toBe(
      'creates a process (pid 1234) in new pid, mount, UTS, IPC and network namespaces',
    );
    const mount = call(
      'mount',
      'mount',
      ['overlay', '/m', 'overlay', 0, 'lowerdir=/a:/b,upperdir=/u,workdir=/w'],
      0,
    );
    expect(classify(mount)).toBe('mount');
    expect(explain(mount)).toContain('overlay');
    expect(explain(call('pivot_root', 'pivot_root', ['.', '.'], 0))).toMatch(
      /^makes \. the new root filesystem/,
    );
    const w = call('write', 'write', [3, enc('1234')], 4, {
      fdPath: '/sys/fs/cgroup/system.slice/docker-abc.scope/cgroup.procs',
    });
    expect(classify(w)).toBe('cgroup');
    expect(explain(w)).toBe(
      'writes pid 1234 into cgroup.procs: moves it into cgroup /system.slice/docker-abc.scope',
    );
    expect(classify(call('write', 'write', [1, enc('x')], 1, { fdPath: '/dev/pts/0' }))).toBeUndefined();
  });
});
