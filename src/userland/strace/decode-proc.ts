// Decoders for process, signal and namespace calls: clone as glibc's fork() or clone() makes it,
// execve with its argv and the count of environment variables, wait4 statuses, sigactions.

import type { TraceSyscall, TraceValue } from '../../kernel/abi/trace';
import type { Decoded, Decoder, DecodeOptions } from './args';
import { addr, failed, field, num, numField, path } from './args';
import { quoteString } from './quote';
import {
  CLONE_NEW_MASK,
  cloneFlags,
  constOf,
  fakeAddress,
  flagsOf,
  namespaceFlags,
  signalName,
  signalSet,
} from './xlat';

const WAIT_OPTIONS = [
  [1, 'WNOHANG'],
  [2, 'WUNTRACED'],
  [8, 'WCONTINUED'],
  [0x20000000, '__WNOTHREAD'],
  [0x40000000, '__WALL'],
  [0x80000000, '__WCLONE'],
] as const;
const SIGPROCMASK_HOW = [
  [0, 'SIG_BLOCK'],
  [1, 'SIG_UNBLOCK'],
  [2, 'SIG_SETMASK'],
] as const;
const PTRACE_REQUESTS = [
  [0, 'PTRACE_TRACEME'],
  [17, 'PTRACE_DETACH'],
  [0x4200, 'PTRACE_SETOPTIONS'],
  [0x4206, 'PTRACE_SEIZE'],
  [0x42ff, 'PTRACE_READ_RECORDS'],
] as const;
const PTRACE_OPTIONS = [
  [0x01, 'PTRACE_O_TRACESYSGOOD'],
  [0x02, 'PTRACE_O_TRACEFORK'],
  [0x04, 'PTRACE_O_TRACEVFORK'],
  [0x08, 'PTRACE_O_TRACECLONE'],
  [0x10, 'PTRACE_O_TRACEEXEC'],
  [0x20, 'PTRACE_O_TRACEVFORKDONE'],
  [0x40, 'PTRACE_O_TRACEEXIT'],
  [0x80, 'PTRACE_O_TRACESECCOMP'],
  [0x100000, 'PTRACE_O_EXITKILL'],
] as const;

/** A wait status as strace prints it in wait4's result. */
export function waitStatus(s: number): string {
  const sig = s & 0x7f;
  if (s === 0xffff) return '[{WIFCONTINUED(s)}]';
  if ((s & 0xff) === 0x7f) return `[{WIFSTOPPED(s) && WSTOPSIG(s) == ${signalName((s >> 8) & 0xff)}}]`;
  if (sig === 0) return `[{WIFEXITED(s) && WEXITSTATUS(s) == ${(s >> 8) & 0xff}}]`;
  return `[{WIFSIGNALED(s) && WTERMSIG(s) == ${signalName(sig)}${s & 0x80 ? ' && WCOREDUMP(s)' : ''}}]`;
}

function sigaction(r: TraceSyscall, v: TraceValue, old: boolean): string {
  const restorer = `sa_restorer=${fakeAddress(r.pid, 3, 'mmap')}`;
  if (v === 'SIG_DFL' && old) return '{sa_handler=SIG_DFL, sa_mask=[], sa_flags=0}';
  const handler = typeof v === 'string' ? v : fakeAddress(r.pid, 4, 'heap');
  return `{sa_handler=${handler}, sa_mask=[], sa_flags=SA_RESTORER, ${restorer}}`;
}

function numbers(v: TraceValue): number[] {
  return Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : [];
}

function clone(r: TraceSyscall): Decoded {
  const flags = num(r, 0);
  if (flags & CLONE_NEW_MASK) {
    return { enter: ['child_stack=NULL', `flags=${cloneFlags(flags | 17)}`] };
  }
  const fork = 0x00200000 | 0x01000000 | 17;
  return {
    enter: ['child_stack=NULL', `flags=${cloneFlags(flags | fork)}`],
    exit: [`child_tidptr=${fakeAddress(r.pid, 5, 'mmap')}`],
  };
}

function execve(r: TraceSyscall, o: DecodeOptions): Decoded {
  const argv = Array.isArray(r.args[1]) ? r.args[1] : [];
  const list = argv.map((a) => quoteString(typeof a === 'string' ? a : '', o.strsize));
  const envc = num(r, 2);
  return {
    enter: [path(r, 0), `[${list.join(', ')}]`, `${addr(r, 6)} /* ${envc} vars */`],
    ...(failed(r) ? {} : { result: '0' }),
  };
}

function wait4(r: TraceSyscall): Decoded {
  const pid = numField(r.result, 'pid');
  const status = pid > 0 ? waitStatus(numField(r.result, 'status')) : addr(r, 7);
  return {
    enter: [String(num(r, 0))],
    exit: [status, flagsOf(num(r, 1), WAIT_OPTIONS), 'NULL'],
    ...(failed(r) ? {} : { result: String(pid) }),
  };
}

function timeval(ns: number): string {
  return `{tv_sec=${Math.floor(ns / 1e9)}, tv_usec=${Math.floor((ns % 1e9) / 1000)}}`;
}

const none: Decoder = () => ({ enter: [] });
const one: Decoder = (r) => ({ enter: [String(num(r, 0))] });

export const PROC_DECODERS: Readonly<Record<string, Decoder>> = {
  clone,
  execve,
  wait4,
  unshare: (r) => ({ enter: [namespaceFlags(num(r, 0))] }),
  setns: (r) => ({ enter: [String(num(r, 0)), namespaceFlags(num(r, 1))] }),
  pivot_root: (r) => ({ enter: [path(r, 0), path(r, 1)] }),
  exit: (r) => ({ enter: [String(num(r, 0))], result: '?' }),
  getpid: none,
  getppid: none,
  gettid: none,
  getuid: none,
  geteuid: none,
  getgid: none,
  getegid: none,
  getgroups: (r) => {
    const g = numbers(r.result);
    return {
      enter: ['65536'],
      exit: [failed(r) ? addr(r) : `[${g.join(', ')}]`],
      ...(failed(r) ? {} : { result: String(g.length) }),
    };
  },
  setuid: one,
  setgid: one,
  setgroups: (r) => {
    const g = numbers(r.args[0]);
    return { enter: [String(g.length), g.length ? `[${g.join(', ')}]` : 'NULL'] };
  },
  setpgid: (r) => ({ enter: [String(num(r, 0)), String(num(r, 1))] }),
  getpgid: one,
  setsid: none,
  getsid: one,
  kill: (r) => ({ enter: [String(num(r, 0)), num(r, 1) === 0 ? '0' : signalName(num(r, 1))] }),
  rt_sigaction: (r) => ({
    enter: [signalName(num(r, 0)), sigaction(r, r.args[1], false)],
    exit: [failed(r) || r.result === undefined ? 'NULL' : sigaction(r, r.result, true), '8'],
    ...(failed(r) ? {} : { result: '0' }),
  }),
  rt_sigprocmask: (r) => ({
    enter: [constOf(num(r, 0), SIGPROCMASK_HOW), r.args[1] === null ? 'NULL' : signalSet(numbers(r.args[1]))],
    exit: [signalSet(numbers(r.result)), '8'],
    result: '0',
  }),
  pause: none,
  nanosleep: (r) => {
    const ns = num(r, 0);
    return {
      enter: ['CLOCK_REALTIME', '0', `{tv_sec=${Math.floor(ns / 1e9)}, tv_nsec=${ns % 1e9}}`],
      exit: [addr(r, 8)],
    };
  },
  sched_yield: none,
  prctl_set_name: (r) => ({
    enter: ['PR_SET_NAME', quoteString(typeof r.args[0] === 'string' ? r.args[0] : '')],
  }),
  mmap: (r) => ({
    enter: [
      'NULL',
      String(num(r, 0)),
      'PROT_READ|PROT_WRITE',
      'MAP_PRIVATE|MAP_ANONYMOUS|MAP_POPULATE',
      '-1',
      '0',
    ],
    ...(failed(r) ? {} : { result: '0x' + (typeof r.result === 'number' ? r.result : 0).toString(16) }),
  }),
  munmap: (r) => ({ enter: ['0x' + num(r, 0).toString(16), String(num(r, 1))] }),
  getrusage: (r) => ({
    enter: [num(r, 0) === -1 ? 'RUSAGE_CHILDREN' : 'RUSAGE_SELF'],
    exit: [
      `{ru_utime=${timeval(numField(r.result, 'utimeNs'))}, ru_stime=${timeval(numField(r.result, 'stimeNs'))}, ...}`,
    ],
    result: '0',
  }),
  ptrace: (r) => {
    const req = num(r, 0);
    const args = [constOf(req, PTRACE_REQUESTS, true)];
    if (req === 0) return { enter: args };
    args.push(String(num(r, 1)), 'NULL');
    if (req === 0x4200 || req === 0x4206) args.push(flagsOf(num(r, 3), PTRACE_OPTIONS));
    else args.push(req === 17 ? '0' : addr(r, 10));
    const batch = field(r.result, 'records');
    return { enter: args, ...(Array.isArray(batch) ? { result: String(batch.length) } : {}) };
  },
};
