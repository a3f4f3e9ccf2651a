// The system call table: every call of the Sys interface, its handler, and how fully it is
// modelled (gVisor's linux64.go idea). `npm run` tooling can print this as "what is modelled".

import type { Sys } from '../abi/sys';
import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import { sysClone } from '../task/clone';
import { sysExecve } from '../task/exec';
import { sysPtrace } from '../trace/ptrace';
import * as file from './file';
import * as namei from './namei';
import * as attr from './attr';
import * as proc from './process';
import * as system from './system';
import * as mount from './mount';
import { xattrs } from './xattr';
import * as ns from './namespace';
import * as memory from './memory';
import * as ipc from './sysvipc';
import * as net from '../net/syscalls';

export type SupportLevel = 'full' | 'partial';

export interface SyscallEntry {
  readonly handler: (k: KernelCore, t: Task, ...args: never[]) => unknown;
  readonly level: SupportLevel;
  readonly note?: string;
}

const full = (handler: SyscallEntry['handler']): SyscallEntry => ({ handler, level: 'full' });
const partial = (handler: SyscallEntry['handler'], note: string): SyscallEntry => ({
  handler,
  level: 'partial',
  note,
});

export const SYSCALL_TABLE: Readonly<Record<keyof Sys, SyscallEntry>> = {
  open: full(file.sysOpen),
  close: full(file.sysClose),
  read: full(file.sysRead),
  write: full(file.sysWrite),
  lseek: full(file.sysLseek),
  pread: full(file.sysPread),
  dup: full(file.sysDup),
  dup2: full(file.sysDup2),
  fcntl: partial(file.sysFcntl, 'F_DUPFD, F_GETFD/SETFD, F_GETFL/SETFL only; no locks'),
  pipe2: full(file.sysPipe2),
  ioctl: partial(file.sysIoctl, 'terminal ioctls (TCGETS/TCSETS*, TIOC[GS]PGRP, TIOC[GS]WINSZ, TIOCSCTTY)'),
  stat: full(attr.sysStat),
  lstat: full(attr.sysLstat),
  fstat: full(file.sysFstat),
  getdents64: partial(file.sysGetdents64, 'returns all entries in one call'),
  access: full(attr.sysAccess),
  mkdir: full(namei.sysMkdir),
  rmdir: full(namei.sysRmdir),
  unlink: full(namei.sysUnlink),
  rename: full(namei.sysRename),
  renameat2: partial(namei.sysRenameat2, 'RENAME_NOREPLACE only'),
  link: full(namei.sysLink),
  symlink: full(namei.sysSymlink),
  readlink: full(attr.sysReadlink),
  chmod: full(attr.sysChmod),
  fchmod: full(attr.sysFchmod),
  chown: full(attr.sysChown),
  lchown: full(attr.sysLchown),
  truncate: full(attr.sysTruncate),
  ftruncate: full(attr.sysFtruncate),
  utimensat: full(attr.sysUtimensat),
  mknod: full(namei.sysMknod),
  umask: full(attr.sysUmask),
  chdir: full(attr.sysChdir),
  fchdir: full(attr.sysFchdir),
  getcwd: full(attr.sysGetcwd),
  chroot: full(attr.sysChroot),
  setxattr: full(xattrs.setxattr),
  lsetxattr: full(xattrs.lsetxattr),
  getxattr: full(xattrs.getxattr),
  lgetxattr: full(xattrs.lgetxattr),
  listxattr: full(xattrs.listxattr),
  llistxattr: full(xattrs.llistxattr),
  removexattr: full(xattrs.removexattr),
  mount: partial(mount.sysMount, 'no mount propagation between peers; no MS_MOVE'),
  umount2: full(mount.sysUmount2),
  sync: full(system.sysSync),
  statfs: partial(attr.sysStatfs, 'sizes are nominal'),
  clone: partial(
    sysClone,
    'processes and CLONE_NEW* namespaces; no threads, no CLONE_FILES/CLONE_FS sharing',
  ),
  unshare: full(ns.sysUnshare),
  setns: full(ns.sysSetns),
  pivot_root: full(ns.sysPivotRoot),
  execve: full(sysExecve),
  ptrace: partial(
    sysPtrace,
    'TRACEME, SEIZE, SETOPTIONS (follow clone/fork), DETACH; tracees do not stop: records queue in the kernel (bounded, drops counted) and the tracer reads them with PTRACE_READ_RECORDS',
  ),
  exit: full(proc.sysExit),
  wait4: full(proc.sysWait4),
  getpid: full(proc.sysGetpid),
  getppid: full(proc.sysGetppid),
  gettid: full(proc.sysGettid),
  getuid: full(proc.sysGetuid),
  geteuid: full(proc.sysGeteuid),
  getgid: full(proc.sysGetgid),
  getegid: full(proc.sysGetegid),
  getgroups: full(proc.sysGetgroups),
  setuid: partial(proc.sysSetuid, 'no saved set-user-ID'),
  setgid: partial(proc.sysSetgid, 'no saved set-group-ID'),
  setgroups: full(proc.sysSetgroups),
  setpgid: full(proc.sysSetpgid),
  getpgid: full(proc.sysGetpgid),
  setsid: full(proc.sysSetsid),
  getsid: full(proc.sysGetsid),
  kill: full(proc.sysKill),
  rt_sigaction: partial(proc.sysRtSigaction, 'handlers are synchronous callbacks; no SA_RESTART or siginfo'),
  rt_sigprocmask: full(proc.sysRtSigprocmask),
  pause: full(proc.sysPause),
  nanosleep: full(proc.sysNanosleep),
  sched_yield: full(proc.sysSchedYield),
  compute: partial(() => 0, 'not a system call: user-mode CPU time, accounted by the scheduler'),
  prctl_set_name: full(proc.sysPrctlSetName),
  mmap: partial(memory.sysMmap, 'anonymous, populated mappings only: the memory is charged at once'),
  munmap: full(memory.sysMunmap),
  getrusage: partial(proc.sysGetrusage, 'CPU times only'),
  uname: full(system.sysUname),
  sethostname: full(system.sysSethostname),
  clock_gettime: partial(system.sysClockGettime, 'CLOCK_REALTIME, CLOCK_MONOTONIC, CLOCK_BOOTTIME'),
  sysinfo: full(system.sysSysinfo),
  getrandom: full(system.sysGetrandom),
  syslog: partial(system.sysSyslog, 'READ_ALL, READ_CLEAR, CLEAR'),
  msgget: full(ipc.sysMsgget),
  msgsnd: full(ipc.sysMsgsnd),
  msgrcv: full(ipc.sysMsgrcv),
  msgctl: partial(ipc.sysMsgctl, 'IPC_STAT, MSG_STAT, MSG_INFO, IPC_RMID; no IPC_SET'),
  shmget: partial(ipc.sysShmget, 'segments cannot be attached (no shmat)'),
  shmctl: partial(ipc.sysShmctl, 'IPC_STAT, SHM_STAT, SHM_INFO, IPC_RMID'),
  semget: partial(ipc.sysSemget, 'semaphore sets cannot be operated on (no semop)'),
  semctl: partial(ipc.sysSemctl, 'IPC_STAT, SEM_STAT, SEM_INFO, IPC_RMID'),
  socket: partial(net.sysSocket, 'AF_INET only: TCP stream sockets and ICMP ping sockets'),
  bind: full(net.sysBind),
  listen: partial(net.sysListen, 'no backlog limit'),
  accept: full(net.sysAccept),
  connect: partial(net.sysConnect, 'the handshake completes at once; no non-blocking connect'),
  shutdown: full(net.sysShutdown),
  getsockname: full(net.sysGetsockname),
  getpeername: full(net.sysGetpeername),
  setsockopt: partial(net.sysSetsockopt, 'SO_REUSEADDR, SO_RCVTIMEO (in ns)'),
  sendto: partial(net.sysSendto, 'ICMP echo requests, or data on a connected TCP socket'),
  recvfrom: partial(net.sysRecvfrom, 'echo replies and IP_RECVERR-style errors; TCP data'),
  rtnetlink: partial(
    net.sysRtnetlink,
    'typed requests instead of netlink messages: links, IPv4 addresses, main-table routes, nsid lookup',
  ),
};
