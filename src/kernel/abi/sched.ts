// clone(2) flags (include/uapi/linux/sched.h) and wait4(2) options and status macros.

export const CSIGNAL = 0x000000ff;
export const CLONE_VM = 0x00000100;
export const CLONE_FS = 0x00000200;
export const CLONE_FILES = 0x00000400;
export const CLONE_SIGHAND = 0x00000800;
export const CLONE_PIDFD = 0x00001000;
export const CLONE_PTRACE = 0x00002000;
export const CLONE_VFORK = 0x00004000;
export const CLONE_PARENT = 0x00008000;
export const CLONE_THREAD = 0x00010000;
export const CLONE_NEWNS = 0x00020000;
export const CLONE_SYSVSEM = 0x00040000;
export const CLONE_SETTLS = 0x00080000;
export const CLONE_PARENT_SETTID = 0x00100000;
export const CLONE_CHILD_CLEARTID = 0x00200000;
export const CLONE_DETACHED = 0x00400000;
export const CLONE_UNTRACED = 0x00800000;
export const CLONE_CHILD_SETTID = 0x01000000;
export const CLONE_NEWCGROUP = 0x02000000;
export const CLONE_NEWUTS = 0x04000000;
export const CLONE_NEWIPC = 0x08000000;
export const CLONE_NEWUSER = 0x10000000;
export const CLONE_NEWPID = 0x20000000;
export const CLONE_NEWNET = 0x40000000;
export const CLONE_IO = 0x80000000;
export const CLONE_NEWTIME = 0x00000080;

export const WNOHANG = 1;
export const WUNTRACED = 2;
export const WCONTINUED = 8;

/** Status word encoding used by wait4: exited (code << 8), signalled (sig | core 0x80), stopped (sig << 8 | 0x7f). */
export const W_EXITCODE = (code: number, sig: number): number => ((code & 0xff) << 8) | sig;
export const W_STOPCODE = (sig: number): number => (sig << 8) | 0x7f;
export const W_CONTINUED = 0xffff;
export const WIFEXITED = (s: number): boolean => (s & 0x7f) === 0;
export const WEXITSTATUS = (s: number): number => (s >> 8) & 0xff;
export const WIFSIGNALED = (s: number): boolean => (s & 0x7f) !== 0 && (s & 0x7f) !== 0x7f;
export const WTERMSIG = (s: number): number => s & 0x7f;
export const WCOREDUMP = (s: number): boolean => (s & 0x80) !== 0;
export const WIFSTOPPED = (s: number): boolean => (s & 0xff) === 0x7f;
export const WSTOPSIG = (s: number): number => (s >> 8) & 0xff;
export const WIFCONTINUED = (s: number): boolean => s === W_CONTINUED;

export const CLONE_NAMES: ReadonlyArray<readonly [number, string]> = [
  [CLONE_VM, 'CLONE_VM'],
  [CLONE_FS, 'CLONE_FS'],
  [CLONE_FILES, 'CLONE_FILES'],
  [CLONE_SIGHAND, 'CLONE_SIGHAND'],
  [CLONE_PIDFD, 'CLONE_PIDFD'],
  [CLONE_PTRACE, 'CLONE_PTRACE'],
  [CLONE_VFORK, 'CLONE_VFORK'],
  [CLONE_PARENT, 'CLONE_PARENT'],
  [CLONE_THREAD, 'CLONE_THREAD'],
  [CLONE_NEWNS, 'CLONE_NEWNS'],
  [CLONE_SYSVSEM, 'CLONE_SYSVSEM'],
  [CLONE_SETTLS, 'CLONE_SETTLS'],
  [CLONE_PARENT_SETTID, 'CLONE_PARENT_SETTID'],
  [CLONE_CHILD_CLEARTID, 'CLONE_CHILD_CLEARTID'],
  [CLONE_DETACHED, 'CLONE_DETACHED'],
  [CLONE_UNTRACED, 'CLONE_UNTRACED'],
  [CLONE_CHILD_SETTID, 'CLONE_CHILD_SETTID'],
  [CLONE_NEWCGROUP, 'CLONE_NEWCGROUP'],
  [CLONE_NEWUTS, 'CLONE_NEWUTS'],
  [CLONE_NEWIPC, 'CLONE_NEWIPC'],
  [CLONE_NEWUSER, 'CLONE_NEWUSER'],
  [CLONE_NEWPID, 'CLONE_NEWPID'],
  [CLONE_NEWNET, 'CLONE_NEWNET'],
  [CLONE_IO, 'CLONE_IO'],
  [CLONE_NEWTIME, 'CLONE_NEWTIME'],
];
