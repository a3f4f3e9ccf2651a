// System call tracing records (what ptrace(2) lets strace see) and the partial ptrace ABI.
//
// A record is a copy taken when the event happens: strings, numbers, the first bytes of buffers
// (up to TRACE_BYTES_MAX, so strace -s N works for N up to that), plain copies of small structs,
// and for calls on a file descriptor the path of that file. It never holds live kernel objects.
//
// Simplification: a traced task does not stop at each syscall (no syscall-enter/exit stops, no
// PTRACE_SYSCALL/PTRACE_GET_SYSCALL_INFO loop). The kernel queues records for the tracer, which
// reads them in batches with PTRACE_READ_RECORDS (a request of this model, not of Linux).

/** ptrace(2) requests understood here. */
export const PTRACE_TRACEME = 0;
export const PTRACE_DETACH = 17;
export const PTRACE_SETOPTIONS = 0x4200;
export const PTRACE_SEIZE = 0x4206;
/** This model's request: take the queued records (blocks until there are some or no tracee lives). */
export const PTRACE_READ_RECORDS = 0x42ff;

export const PTRACE_O_TRACESYSGOOD = 0x01;
export const PTRACE_O_TRACEFORK = 0x02;
export const PTRACE_O_TRACEVFORK = 0x04;
export const PTRACE_O_TRACECLONE = 0x08;
export const PTRACE_O_TRACEEXEC = 0x10;
export const PTRACE_O_TRACEEXIT = 0x40;
export const PTRACE_O_EXITKILL = 0x100000;
/** Options that make children of a tracee tracees too (strace -f). */
export const PTRACE_O_FOLLOW = PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACECLONE;

/** Bytes of a buffer argument or result kept in a record. */
export const TRACE_BYTES_MAX = 1024;
/** Records queued per tracer before new ones are dropped (and counted). */
export const TRACE_QUEUE_MAX = 50_000;

/** The first bytes of a buffer and its full length. */
export interface TraceBytes {
  readonly bytes: Uint8Array;
  readonly length: number;
}

/** A function argument (a signal handler, clone's child entry): only its presence is kept. */
export interface TraceFunction {
  readonly fn: true;
}

export type TraceValue =
  | number
  | string
  | boolean
  | null
  | undefined
  | TraceBytes
  | TraceFunction
  | readonly TraceValue[]
  | { readonly [key: string]: TraceValue };

interface RecordBase {
  /** Order of the event among all records of the kernel. */
  readonly seq: number;
  /** Global (initial pid namespace) pid of the task. */
  readonly pid: number;
  readonly comm: string;
  /** Virtual monotonic time of the event, ns. */
  readonly time: number;
}

/**
 * One system call. `call`: it completed without blocking (one line). `enter`: it blocked — the
 * line starts ("read(0, " … "<unfinished ...>"). `exit`: a blocked call completed ("<... read
 * resumed>"), with the same args as its `enter`.
 */
export interface TraceSyscall extends RecordBase {
  readonly type: 'syscall';
  readonly phase: 'call' | 'enter' | 'exit';
  /** The Linux system call a glibc program makes for it ('openat' for our open). */
  readonly name: string;
  /** The model's Sys method ('open'). */
  readonly sys: string;
  readonly args: readonly TraceValue[];
  /**
   * The result: a number (negative: -errno), or a copy of a structured result. Absent on
   * `enter`, and for calls that do not return (exit).
   */
  readonly result?: TraceValue;
  /** The call never returned to the task (exit, or the task was killed while blocked). */
  readonly noReturn?: boolean;
  /** For a call on a file descriptor (args[0]): the path of that file when the call started. */
  readonly fdPath?: string;
  /** For a file-creating call that succeeded (open, socket, dup…): the path of the new fd. */
  readonly newFdPath?: string;
}

/** A signal sent to a traced task ("--- SIGCHLD {si_signo=SIGCHLD, ...} ---"). */
export interface TraceSignal extends RecordBase {
  readonly type: 'signal';
  readonly sig: number;
  /** si_code: 'SI_USER', 'SI_KERNEL', 'CLD_EXITED', 'CLD_KILLED', 'CLD_DUMPED', 'CLD_STOPPED'... */
  readonly code: string;
  /** The sender (SI_USER) or the child (CLD_*), as a pid in the receiver's pid namespace. */
  readonly fromPid?: number;
  readonly fromUid?: number;
  /** CLD_*: the child's exit code or signal. */
  readonly status?: number;
  /** CLD_*: the child's CPU times, in clock ticks (1/100 s). */
  readonly utime?: number;
  readonly stime?: number;
}

/** The task is gone ("+++ exited with 0 +++", "+++ killed by SIGKILL +++"). */
export interface TraceExit extends RecordBase {
  readonly type: 'exit';
  /** The wait status word. */
  readonly status: number;
}

/** A task became a tracee (strace: "Process 1234 attached"); `parent` is the tracee it came from. */
export interface TraceAttach extends RecordBase {
  readonly type: 'attach';
  readonly parent?: number;
}

export type TraceRecord = TraceSyscall | TraceSignal | TraceExit | TraceAttach;

/** What PTRACE_READ_RECORDS returns. */
export interface TraceBatch {
  readonly records: readonly TraceRecord[];
  /** Records dropped since the last read because the queue was full. */
  readonly dropped: number;
  /** No tracee is left: this is the last batch. */
  readonly done: boolean;
}

/** The Linux system call glibc makes for each Sys method (x86_64, glibc 2.36), where it differs. */
export const LINUX_SYSCALL_NAMES: Readonly<Record<string, string>> = {
  open: 'openat',
  pread: 'pread64',
  stat: 'newfstatat',
  lstat: 'newfstatat',
  fstat: 'newfstatat',
  mknod: 'mknodat',
  exit: 'exit_group',
  nanosleep: 'clock_nanosleep',
  prctl_set_name: 'prctl',
  accept: 'accept4',
  rtnetlink: 'sendmsg',
};

export function linuxSyscallName(sys: string): string {
  return LINUX_SYSCALL_NAMES[sys] ?? sys;
}
