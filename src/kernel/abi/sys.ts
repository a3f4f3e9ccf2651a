// The Sys interface: everything a user-space program can ask of the kernel (our xv6 user.h).
// It lives with the ABI so the kernel can type its syscall handlers against it; userland/sys.ts
// re-exports it.
//
// A program is a generator. Each method of Sys yields one system-call request to the kernel and
// returns the kernel's answer, so a program reads like C:
//
//   const fd = yield* sys.open(path, O_RDONLY);
//   if (fd < 0) ... strerror(fd) ...
//
// Failures come back as a negated errno (the raw Linux ABI). For calls that return a value other
// than a number, a number result is always an error. `isErr` tells them apart.
//
// Simplification: there is no fork() that duplicates a running program (a generator cannot be
// copied). `clone(flags, child)` is clone(2) as glibc exposes it: the child task starts in a
// function, with copies of the parent's kernel state (fds, cwd, credentials, signal dispositions,
// namespaces). The child must copy any user-space state it shares with the parent by closure.

import type { Dirent, Stat } from './stat';
import type { SigAction } from './signal';
import type { Termios, Winsize } from './termios';
import type { IpcMessage, MsqidDs, SemidDs, ShmidDs } from './ipc';
import type { Datagram, SockAddrIn } from './socket';
import type { RtReply, RtRequest } from './rtnetlink';
import type { TraceBatch } from './trace';

export interface Syscall {
  readonly nr: string;
  readonly args: readonly unknown[];
}

/** A running program: yields syscalls, receives their results, returns its exit status. */
export type Program = Generator<Syscall, number, unknown>;
/** A syscall or a library routine built from syscalls, returning T. */
export type Gen<T> = Generator<Syscall, T, unknown>;
/** The entry point of an executable: main(argc/argv, envp). */
export type Main = (sys: Sys, argv: readonly string[], envp: readonly string[]) => Program;

export interface WaitResult {
  readonly pid: number;
  /** The wait status word (see WIFEXITED and friends in kernel/abi/sched). */
  readonly status: number;
}

export interface Utsname {
  readonly sysname: string;
  readonly nodename: string;
  readonly release: string;
  readonly version: string;
  readonly machine: string;
  readonly domainname: string;
}

export interface Timespec {
  readonly sec: number;
  readonly nsec: number;
}

export interface Rusage {
  /** user and system CPU time in nanoseconds */
  readonly utimeNs: number;
  readonly stimeNs: number;
}

export interface SysInfo {
  readonly uptimeSec: number;
  readonly loads: readonly [number, number, number];
  readonly totalram: number;
  readonly freeram: number;
  readonly sharedram: number;
  readonly bufferram: number;
  readonly totalswap: number;
  readonly freeswap: number;
  readonly procs: number;
}

/** statfs(2): sizes in blocks of bsize bytes. */
export interface StatFs {
  readonly type: number;
  readonly bsize: number;
  readonly blocks: number;
  readonly bfree: number;
  readonly bavail: number;
  readonly files: number;
  readonly ffree: number;
  readonly namelen: number;
}

export const CLOCK_REALTIME = 0;
export const CLOCK_MONOTONIC = 1;
export const CLOCK_BOOTTIME = 7;

export const RUSAGE_SELF = 0;
export const RUSAGE_CHILDREN = -1;

export const SYSLOG_ACTION_READ_ALL = 3;
export const SYSLOG_ACTION_CLEAR = 5;

/** A negated errno returned in place of a result. */
export function isErr(result: unknown): result is number {
  return typeof result === 'number' && result < 0;
}

export interface Sys {
  // files
  open(path: string, flags: number, mode?: number): Gen<number>;
  close(fd: number): Gen<number>;
  /** Returns the bytes read (empty at end of file) or -errno. */
  read(fd: number, count: number): Gen<Uint8Array | number>;
  /** Returns the number of bytes written or -errno. Strings are written as UTF-8. */
  write(fd: number, data: Uint8Array | string): Gen<number>;
  lseek(fd: number, offset: number, whence: number): Gen<number>;
  pread(fd: number, count: number, offset: number): Gen<Uint8Array | number>;
  dup(fd: number): Gen<number>;
  dup2(oldfd: number, newfd: number): Gen<number>;
  fcntl(fd: number, cmd: number, arg?: number): Gen<number>;
  /** Returns [readEnd, writeEnd] or -errno. */
  pipe2(flags: number): Gen<readonly [number, number] | number>;
  ioctl(fd: number, request: number, arg?: unknown): Gen<unknown>;
  stat(path: string): Gen<Stat | number>;
  lstat(path: string): Gen<Stat | number>;
  fstat(fd: number): Gen<Stat | number>;
  /** All remaining entries of an open directory ([] at the end), or -errno. */
  getdents64(fd: number): Gen<Dirent[] | number>;
  access(path: string, mode: number): Gen<number>;
  mkdir(path: string, mode: number): Gen<number>;
  rmdir(path: string): Gen<number>;
  unlink(path: string): Gen<number>;
  rename(oldpath: string, newpath: string): Gen<number>;
  renameat2(oldpath: string, newpath: string, flags: number): Gen<number>;
  link(oldpath: string, newpath: string): Gen<number>;
  symlink(target: string, linkpath: string): Gen<number>;
  readlink(path: string): Gen<string | number>;
  chmod(path: string, mode: number): Gen<number>;
  fchmod(fd: number, mode: number): Gen<number>;
  chown(path: string, uid: number, gid: number): Gen<number>;
  lchown(path: string, uid: number, gid: number): Gen<number>;
  truncate(path: string, length: number): Gen<number>;
  ftruncate(fd: number, length: number): Gen<number>;
  /**
   * Set times: ns since the epoch (approximate) or an exact Timespec; null leaves one unchanged
   * ("UTIME_OMIT"), 'now' sets the current time.
   */
  utimensat(
    path: string,
    atime: number | Timespec | 'now' | null,
    mtime: number | Timespec | 'now' | null,
    flags: number,
  ): Gen<number>;
  mknod(path: string, mode: number, dev: number): Gen<number>;
  umask(mask: number): Gen<number>;
  chdir(path: string): Gen<number>;
  fchdir(fd: number): Gen<number>;
  getcwd(): Gen<string | number>;
  chroot(path: string): Gen<number>;
  setxattr(path: string, name: string, value: Uint8Array, flags: number): Gen<number>;
  lsetxattr(path: string, name: string, value: Uint8Array, flags: number): Gen<number>;
  getxattr(path: string, name: string): Gen<Uint8Array | number>;
  lgetxattr(path: string, name: string): Gen<Uint8Array | number>;
  listxattr(path: string): Gen<string[] | number>;
  llistxattr(path: string): Gen<string[] | number>;
  removexattr(path: string, name: string): Gen<number>;
  mount(source: string, target: string, fstype: string, flags: number, data: string): Gen<number>;
  umount2(target: string, flags: number): Gen<number>;
  sync(): Gen<number>;
  statfs(path: string): Gen<StatFs | number>;

  // processes
  /** Start a child task in `child`; returns its pid in the parent (the child never returns here). */
  clone(flags: number, child: () => Program): Gen<number>;
  /** Replace the program. Returns only on failure, with -errno. */
  execve(path: string, argv: readonly string[], envp: readonly string[]): Gen<number>;
  /** Move the caller into new namespaces (CLONE_NEW* flags). */
  unshare(flags: number): Gen<number>;
  /** Join the namespace an open /proc/PID/ns/* file refers to (nstype 0 or a CLONE_NEW* flag). */
  setns(fd: number, nstype: number): Gen<number>;
  /** Make new_root the root mount of the caller's mount namespace, moving the old root to put_old. */
  pivot_root(newRoot: string, putOld: string): Gen<number>;
  /**
   * ptrace(2), partly (see kernel/abi/trace.ts): PTRACE_TRACEME, PTRACE_SEIZE (data: options),
   * PTRACE_SETOPTIONS, PTRACE_DETACH return 0 or -errno; PTRACE_READ_RECORDS returns a TraceBatch.
   */
  ptrace(request: number, pid?: number, addr?: number, data?: number): Gen<TraceBatch | number>;
  /** exit_group(2): never returns. */
  exit(status: number): Gen<never>;
  wait4(pid: number, options: number): Gen<WaitResult | number>;
  getpid(): Gen<number>;
  getppid(): Gen<number>;
  gettid(): Gen<number>;
  getuid(): Gen<number>;
  geteuid(): Gen<number>;
  getgid(): Gen<number>;
  getegid(): Gen<number>;
  getgroups(): Gen<number[]>;
  setuid(uid: number): Gen<number>;
  setgid(gid: number): Gen<number>;
  setgroups(groups: readonly number[]): Gen<number>;
  setpgid(pid: number, pgid: number): Gen<number>;
  getpgid(pid: number): Gen<number>;
  setsid(): Gen<number>;
  getsid(pid: number): Gen<number>;
  kill(pid: number, sig: number): Gen<number>;
  /** Install a disposition; returns the previous one (or -errno). */
  rt_sigaction(sig: number, action: SigAction): Gen<SigAction | number>;
  /** Change the blocked mask (a Set of signal numbers); returns the old mask. */
  rt_sigprocmask(how: number, set: ReadonlySet<number> | null): Gen<ReadonlySet<number>>;
  /** Sleep until a signal is delivered; returns -EINTR. */
  pause(): Gen<number>;
  nanosleep(ns: number): Gen<number>;
  sched_yield(): Gen<number>;
  /**
   * Not a system call: run in user mode for `ns` nanoseconds of CPU time. Programs that compute
   * (a shell loop, sort) call it so the scheduler can account CPU time and preempt them.
   */
  compute(ns: number): Gen<number>;
  prctl_set_name(name: string): Gen<number>;
  /**
   * Map `length` bytes of anonymous memory, populated at once (MAP_ANONYMOUS|MAP_POPULATE): the
   * memory is charged to the caller's memory cgroup, which may OOM-kill. Returns an address.
   */
  mmap(length: number): Gen<number>;
  munmap(addr: number, length: number): Gen<number>;
  getrusage(who: number): Gen<Rusage>;

  // system
  uname(): Gen<Utsname>;
  sethostname(name: string): Gen<number>;
  clock_gettime(clock: number): Gen<Timespec>;
  sysinfo(): Gen<SysInfo>;
  getrandom(count: number): Gen<Uint8Array>;
  syslog(type: number): Gen<string | number>;

  // System V IPC (svipc(7)), per IPC namespace
  msgget(key: number, flags: number): Gen<number>;
  msgsnd(msqid: number, type: number, data: Uint8Array | string, flags: number): Gen<number>;
  /** msgrcv(2): the message taken (type 0: the first; >0: that type; <0: lowest type <= -type). */
  msgrcv(msqid: number, type: number, maxSize: number, flags: number): Gen<IpcMessage | number>;
  /** msgctl(2): IPC_STAT/MSG_STAT give a MsqidDs, MSG_INFO the highest index in use, IPC_RMID 0. */
  msgctl(msqid: number, cmd: number): Gen<MsqidDs | number>;
  shmget(key: number, size: number, flags: number): Gen<number>;
  shmctl(shmid: number, cmd: number): Gen<ShmidDs | number>;
  semget(key: number, nsems: number, flags: number): Gen<number>;
  semctl(semid: number, cmd: number): Gen<SemidDs | number>;

  // network (sockets are files: read, write and close work on them)
  /** socket(domain, type | SOCK_NONBLOCK | SOCK_CLOEXEC, protocol): AF_INET TCP or ICMP ping sockets. */
  socket(domain: number, type: number, protocol: number): Gen<number>;
  bind(fd: number, addr: SockAddrIn): Gen<number>;
  listen(fd: number, backlog: number): Gen<number>;
  /** accept4(2): the connected socket's fd (flags: SOCK_NONBLOCK, SOCK_CLOEXEC). */
  accept(fd: number, flags?: number): Gen<number>;
  connect(fd: number, addr: SockAddrIn): Gen<number>;
  shutdown(fd: number, how: number): Gen<number>;
  getsockname(fd: number): Gen<SockAddrIn | number>;
  getpeername(fd: number): Gen<SockAddrIn | number>;
  /** setsockopt(2) with an integer option value (SO_REUSEADDR; SO_RCVTIMEO in nanoseconds). */
  setsockopt(fd: number, level: number, name: number, value: number): Gen<number>;
  sendto(fd: number, data: Uint8Array, flags: number, addr: SockAddrIn | null): Gen<number>;
  recvfrom(fd: number, count: number, flags: number): Gen<Datagram | number>;
  /** One rtnetlink request (what `ip` sends on a NETLINK_ROUTE socket) and the kernel's answer. */
  rtnetlink(request: RtRequest): Gen<RtReply>;
}

/** Termios and terminal-size (winsize) ioctls return these shapes. */
export type { Termios, Winsize };
