// Linux signal numbers (x86_64, signal(7)) and their default actions.

export const SIGHUP = 1;
export const SIGINT = 2;
export const SIGQUIT = 3;
export const SIGILL = 4;
export const SIGTRAP = 5;
export const SIGABRT = 6;
export const SIGBUS = 7;
export const SIGFPE = 8;
export const SIGKILL = 9;
export const SIGUSR1 = 10;
export const SIGSEGV = 11;
export const SIGUSR2 = 12;
export const SIGPIPE = 13;
export const SIGALRM = 14;
export const SIGTERM = 15;
export const SIGSTKFLT = 16;
export const SIGCHLD = 17;
export const SIGCONT = 18;
export const SIGSTOP = 19;
export const SIGTSTP = 20;
export const SIGTTIN = 21;
export const SIGTTOU = 22;
export const SIGURG = 23;
export const SIGXCPU = 24;
export const SIGXFSZ = 25;
export const SIGVTALRM = 26;
export const SIGPROF = 27;
export const SIGWINCH = 28;
export const SIGIO = 29;
export const SIGPWR = 30;
export const SIGSYS = 31;
export const NSIG = 65;

export const SIGNAL_NAMES: readonly string[] = [
  '',
  'HUP',
  'INT',
  'QUIT',
  'ILL',
  'TRAP',
  'ABRT',
  'BUS',
  'FPE',
  'KILL',
  'USR1',
  'SEGV',
  'USR2',
  'PIPE',
  'ALRM',
  'TERM',
  'STKFLT',
  'CHLD',
  'CONT',
  'STOP',
  'TSTP',
  'TTIN',
  'TTOU',
  'URG',
  'XCPU',
  'XFSZ',
  'VTALRM',
  'PROF',
  'WINCH',
  'IO',
  'PWR',
  'SYS',
];

/** strsignal(3) texts, as bash prints them for a job killed by a signal. */
export const SIGNAL_DESCRIPTIONS: readonly string[] = [
  '',
  'Hangup',
  'Interrupt',
  'Quit',
  'Illegal instruction',
  'Trace/breakpoint trap',
  'Aborted',
  'Bus error',
  'Floating point exception',
  'Killed',
  'User defined signal 1',
  'Segmentation fault',
  'User defined signal 2',
  'Broken pipe',
  'Alarm clock',
  'Terminated',
  'Stack fault',
  'Child exited',
  'Continued',
  'Stopped (signal)',
  'Stopped',
  'Stopped (tty input)',
  'Stopped (tty output)',
  'Urgent I/O condition',
  'CPU time limit exceeded',
  'File size limit exceeded',
  'Virtual timer expired',
  'Profiling timer expired',
  'Window changed',
  'I/O possible',
  'Power failure',
  'Bad system call',
];

export type DefaultAction = 'term' | 'core' | 'ign' | 'stop' | 'cont';

export function defaultAction(sig: number): DefaultAction {
  switch (sig) {
    case SIGCHLD:
    case SIGURG:
    case SIGWINCH:
      return 'ign';
    case SIGCONT:
      return 'cont';
    case SIGSTOP:
    case SIGTSTP:
    case SIGTTIN:
    case SIGTTOU:
      return 'stop';
    case SIGQUIT:
    case SIGILL:
    case SIGTRAP:
    case SIGABRT:
    case SIGBUS:
    case SIGFPE:
    case SIGSEGV:
    case SIGXCPU:
    case SIGXFSZ:
    case SIGSYS:
      return 'core';
    default:
      return 'term';
  }
}

/** Signal number from a name such as 'TERM', 'SIGTERM' or '15'; undefined if unknown. */
export function signalFromName(name: string): number | undefined {
  if (/^\d+$/.test(name)) {
    const n = Number(name);
    return n >= 0 && n < NSIG ? n : undefined;
  }
  const upper = name.toUpperCase().replace(/^SIG/, '');
  const i = SIGNAL_NAMES.indexOf(upper);
  return i > 0 ? i : undefined;
}

export const SIG_DFL = 'SIG_DFL';
export const SIG_IGN = 'SIG_IGN';
/** A handler runs synchronously at delivery, like a C handler that sets a flag. */
export type SignalHandler = (sig: number) => void;
export type SigAction = typeof SIG_DFL | typeof SIG_IGN | SignalHandler;

export const SIG_BLOCK = 0;
export const SIG_UNBLOCK = 1;
export const SIG_SETMASK = 2;
