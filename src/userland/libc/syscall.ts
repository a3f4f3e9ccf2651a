// The user-space side of the system-call boundary: each Sys method is a tiny generator that yields
// a request and hands back the kernel's answer. There is one instance per kernel boot, but it is
// stateless: the kernel knows which task yielded.

import type { Gen, Sys, Syscall } from '../sys';

/** Every Sys method; the kernel's syscall table must implement each one (a test checks this). */
export const SYSCALL_NAMES = [
  'open',
  'close',
  'read',
  'write',
  'lseek',
  'pread',
  'dup',
  'dup2',
  'fcntl',
  'pipe2',
  'ioctl',
  'stat',
  'lstat',
  'fstat',
  'getdents64',
  'access',
  'mkdir',
  'rmdir',
  'unlink',
  'rename',
  'renameat2',
  'link',
  'symlink',
  'readlink',
  'chmod',
  'fchmod',
  'chown',
  'lchown',
  'truncate',
  'ftruncate',
  'utimensat',
  'mknod',
  'umask',
  'chdir',
  'fchdir',
  'getcwd',
  'chroot',
  'setxattr',
  'lsetxattr',
  'getxattr',
  'lgetxattr',
  'listxattr',
  'llistxattr',
  'removexattr',
  'mount',
  'umount2',
  'sync',
  'statfs',
  'clone',
  'unshare',
  'setns',
  'pivot_root',
  'execve',
  'exit',
  'wait4',
  'getpid',
  'getppid',
  'gettid',
  'getuid',
  'geteuid',
  'getgid',
  'getegid',
  'getgroups',
  'setuid',
  'setgid',
  'setgroups',
  'setpgid',
  'getpgid',
  'setsid',
  'getsid',
  'kill',
  'rt_sigaction',
  'rt_sigprocmask',
  'pause',
  'nanosleep',
  'sched_yield',
  'compute',
  'prctl_set_name',
  'getrusage',
  'uname',
  'sethostname',
  'clock_gettime',
  'sysinfo',
  'getrandom',
  'syslog',
] as const satisfies ReadonlyArray<keyof Sys>;

function stub(nr: string): (...args: unknown[]) => Gen<unknown> {
  return function* (...args: unknown[]): Gen<unknown> {
    const request: Syscall = { nr, args };
    return yield request;
  };
}

export function createSys(): Sys {
  const sys: Record<string, unknown> = {};
  for (const nr of SYSCALL_NAMES) sys[nr] = stub(nr);
  return sys as unknown as Sys;
}
