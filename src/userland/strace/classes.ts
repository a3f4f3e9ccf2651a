// strace -e trace=SET: system call names and the %classes strace 6.1 groups them in (x86_64
// syscallent flags TF file, TP process, TN network, TS signal, TI ipc, TD desc, TM memory, TC creds).

/** Linux x86_64 system calls strace knows by name (those it would accept in -e trace=). */
const KNOWN = `read write open close stat fstat lstat poll lseek mmap mprotect munmap brk rt_sigaction
rt_sigprocmask rt_sigreturn ioctl pread64 pwrite64 readv writev access pipe select sched_yield mremap
msync mincore madvise shmget shmat shmctl dup dup2 pause nanosleep getitimer alarm setitimer getpid
sendfile socket connect accept sendto recvfrom sendmsg recvmsg shutdown bind listen getsockname
getpeername socketpair setsockopt getsockopt clone fork vfork execve exit wait4 kill uname semget
semop semctl shmdt msgget msgsnd msgrcv msgctl fcntl flock fsync fdatasync truncate ftruncate
getdents getcwd chdir fchdir rename mkdir rmdir creat link unlink symlink readlink chmod fchmod chown
fchown lchown umask gettimeofday getrlimit getrusage sysinfo times ptrace getuid syslog getgid setuid
setgid geteuid getegid setpgid getppid getpgrp setsid setreuid setregid getgroups setgroups setresuid
getresuid setresgid getresgid getpgid setfsuid setfsgid getsid capget capset rt_sigpending
rt_sigtimedwait rt_sigqueueinfo rt_sigsuspend sigaltstack utime mknod uselib personality ustat statfs
fstatfs sysfs getpriority setpriority sched_setparam sched_getparam mlock munlock mlockall munlockall
vhangup pivot_root prctl arch_prctl adjtimex setrlimit chroot sync acct settimeofday mount umount2
swapon swapoff reboot sethostname setdomainname ioperm iopl init_module delete_module quotactl gettid
readahead setxattr lsetxattr fsetxattr getxattr lgetxattr fgetxattr listxattr llistxattr flistxattr
removexattr lremovexattr fremovexattr tkill time futex sched_setaffinity sched_getaffinity
getdents64 set_tid_address restart_syscall fadvise64 timer_create clock_settime clock_gettime
clock_getres clock_nanosleep exit_group epoll_wait epoll_ctl tgkill utimes waitid inotify_init
openat mkdirat mknodat fchownat futimesat newfstatat unlinkat renameat linkat symlinkat readlinkat
fchmodat faccessat pselect6 ppoll unshare set_robust_list get_robust_list splice tee sync_file_range
utimensat epoll_pwait signalfd timerfd_create eventfd fallocate accept4 signalfd4 eventfd2
epoll_create1 dup3 pipe2 inotify_init1 preadv pwritev prlimit64 name_to_handle_at open_by_handle_at
syncfs sendmmsg setns getcpu renameat2 seccomp getrandom memfd_create execveat membarrier copy_file_range
statx rseq pidfd_send_signal open_tree move_mount fsopen fsconfig fsmount fspick pidfd_open clone3
close_range openat2 pidfd_getfd faccessat2 epoll_pwait2 mount_setattr landlock_create_ruleset`;

export const KNOWN_SYSCALLS: ReadonlySet<string> = new Set(KNOWN.split(/\s+/).filter((s) => s !== ''));

const FILE = `open openat stat lstat newfstatat access mkdir rmdir unlink rename renameat2 link symlink
readlink chmod chown lchown truncate utimensat mknodat chdir chroot execve mount umount2 statfs
setxattr lsetxattr getxattr lgetxattr listxattr llistxattr removexattr pivot_root creat mknod
unlinkat mkdirat fchmodat fchownat linkat symlinkat readlinkat faccessat faccessat2 statx swapon
swapoff acct utime utimes`;
const PROCESS =
  'clone clone3 fork vfork execve execveat exit exit_group wait4 waitid kill tkill tgkill unshare';
const NETWORK = `socket connect accept accept4 sendto recvfrom sendmsg recvmsg shutdown bind listen
getsockname getpeername socketpair setsockopt getsockopt sendmmsg`;
const SIGNAL = `kill tkill tgkill rt_sigaction rt_sigprocmask rt_sigreturn rt_sigpending
rt_sigtimedwait rt_sigqueueinfo rt_sigsuspend sigaltstack pause signalfd signalfd4`;
const IPC = 'msgget msgsnd msgrcv msgctl shmget shmat shmdt shmctl semget semop semctl';
const DESC = `read write open openat close fstat newfstatat poll lseek mmap ioctl pread64 pwrite64
readv writev pipe pipe2 dup dup2 dup3 fcntl flock fsync fdatasync ftruncate getdents64 fchdir fchmod
fchown fstatfs fsetxattr fgetxattr flistxattr fremovexattr mknodat utimensat renameat2 setns
socket connect accept accept4 sendto recvfrom sendmsg recvmsg shutdown bind listen getsockname
getpeername setsockopt getsockopt epoll_wait epoll_ctl eventfd2 close_range`;
const MEMORY = 'mmap mprotect munmap brk mremap msync mincore madvise mlock munlock shmat shmdt';
const CREDS = `getuid getgid setuid setgid geteuid getegid setreuid setregid getgroups setgroups
setresuid getresuid setresgid getresgid setfsuid setfsgid capget capset prctl`;

const words = (s: string): readonly string[] => s.split(/\s+/).filter((w) => w !== '');

export const CLASSES: Readonly<Record<string, readonly string[]>> = {
  '%file': words(FILE),
  file: words(FILE),
  '%process': words(PROCESS),
  process: words(PROCESS),
  '%network': words(NETWORK),
  '%net': words(NETWORK),
  network: words(NETWORK),
  '%signal': words(SIGNAL),
  signal: words(SIGNAL),
  '%ipc': words(IPC),
  ipc: words(IPC),
  '%desc': words(DESC),
  desc: words(DESC),
  '%memory': words(MEMORY),
  memory: words(MEMORY),
  '%creds': words(CREDS),
};

/** The set a -e trace= value names, or the first bad element ("invalid system call 'x'"). */
export function parseTraceSet(
  spec: string,
): { readonly set: ReadonlySet<string> | 'all'; readonly negate: boolean } | string {
  let text = spec;
  let negate = false;
  if (text.startsWith('!')) {
    negate = true;
    text = text.slice(1);
  }
  if (text === 'all') return { set: 'all', negate };
  if (text === 'none') return { set: new Set(), negate };
  const set = new Set<string>();
  for (const item of text.split(',')) {
    const cls = Object.hasOwn(CLASSES, item) ? CLASSES[item] : undefined;
    if (cls) for (const n of cls) set.add(n);
    else if (KNOWN_SYSCALLS.has(item)) set.add(item);
    else return item;
  }
  return { set, negate };
}
