// strace(1) 6.1: trace the system calls of a command (or of running processes with -p), printing
// each as strace does on x86_64 (Linux call names, decoded flags, "= -1 ENOENT (...)", signals,
// "+++ exited with N +++"). With -f, children are traced too.
//
// Like strace's startup_child, the child asks to be traced (PTRACE_TRACEME), stops itself with
// SIGSTOP so the tracer can set its options, and executes the command, which strace found on
// PATH first. Simplification: the kernel's ptrace does not stop tracees at each call; strace reads
// the records the kernel queued (PTRACE_READ_RECORDS) — see kernel/abi/trace.ts.

import type { Command } from '../command';
import { EINTR, strerror } from '../../kernel/abi/errno';
import { O_CLOEXEC, O_CREAT, O_TRUNC, O_WRONLY } from '../../kernel/abi/fcntl';
import { S_IFMT, S_IFREG } from '../../kernel/abi/stat';
import { SIGCHLD, SIGCONT, SIGINT, SIGQUIT, SIGSTOP, SIG_DFL, SIG_IGN } from '../../kernel/abi/signal';
import { WEXITSTATUS, WIFSIGNALED, WTERMSIG, WUNTRACED } from '../../kernel/abi/sched';
import type { TraceBatch } from '../../kernel/abi/trace';
import {
  PTRACE_DETACH,
  PTRACE_O_TRACECLONE,
  PTRACE_O_TRACEEXEC,
  PTRACE_O_TRACEFORK,
  PTRACE_O_TRACEVFORK,
  PTRACE_READ_RECORDS,
  PTRACE_SEIZE,
  PTRACE_SETOPTIONS,
  PTRACE_TRACEME,
} from '../../kernel/abi/trace';
import { isErr } from '../sys';
import type { Gen, Program, Sys } from '../sys';
import { STDERR, STDOUT, warn, writeAll } from '../libc/io';
import { DEFAULT_PATH, getenv } from '../libc/execvp';
import { STRACE_HELP, STRACE_VERSION, parseStraceArgs } from '../strace/options';
import type { StraceOptions } from '../strace/options';
import { TracePrinter } from '../strace/printer';

const HINT = "Try 'strace -h' for more information.";

/** strace's own lookup of the command (it prints the path it will execute). */
function* findCommand(sys: Sys, name: string, envp: readonly string[]): Gen<string | number> {
  if (name.includes('/')) {
    const st = yield* sys.stat(name);
    return isErr(st) ? st : name;
  }
  let first: number | undefined;
  for (const dir of (getenv(envp, 'PATH') ?? DEFAULT_PATH).split(':')) {
    const full = `${dir === '' ? '.' : dir}/${name}`;
    const st = yield* sys.stat(full);
    if (isErr(st)) {
      first ??= st;
      continue;
    }
    if ((st.mode & S_IFMT) === S_IFREG && st.mode & 0o111) return full;
  }
  return first ?? -2;
}

function options(o: StraceOptions): number {
  return o.follow
    ? PTRACE_O_TRACECLONE | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK | PTRACE_O_TRACEEXEC
    : PTRACE_O_TRACEEXEC;
}

/** Fork the command as a tracee; returns its pid or -errno. */
function* startChild(sys: Sys, o: StraceOptions, path: string, envp: readonly string[]): Gen<number> {
  const pid = yield* sys.clone(SIGCHLD, function* (): Program {
    yield* sys.rt_sigaction(SIGINT, SIG_DFL);
    yield* sys.rt_sigaction(SIGQUIT, SIG_DFL);
    yield* sys.ptrace(PTRACE_TRACEME);
    yield* sys.kill(yield* sys.getpid(), SIGSTOP);
    const r = yield* sys.execve(path, o.command, envp);
    yield* warn(sys, `strace: exec: ${strerror(r)}`);
    return 1;
  });
  if (pid < 0) return pid;
  yield* sys.wait4(pid, WUNTRACED);
  yield* sys.ptrace(PTRACE_SETOPTIONS, pid, 0, options(o));
  yield* sys.kill(pid, SIGCONT);
  return pid;
}

/** Read and print records until no tracee is left (or a signal interrupts strace). */
function* traceLoop(sys: Sys, out: number, printer: TracePrinter): Gen<number> {
  for (;;) {
    const batch: TraceBatch | number = yield* sys.ptrace(PTRACE_READ_RECORDS);
    if (typeof batch === 'number') return batch;
    for (const rec of batch.records) printer.handle(rec);
    if (batch.dropped > 0) printer.out += `strace: ${batch.dropped} trace records lost (queue full)\n`;
    if (printer.out) yield* writeAll(sys, out, printer.out);
    printer.out = '';
    if (batch.done) return 0;
  }
}

/** Exit like the traced command: its status, or the same signal (strace kills itself with it). */
function* exitLike(sys: Sys, status: number): Gen<number> {
  if (!WIFSIGNALED(status)) return WEXITSTATUS(status);
  const sig = WTERMSIG(status);
  yield* sys.rt_sigaction(sig, SIG_DFL);
  yield* sys.kill(yield* sys.getpid(), sig);
  return 128 + sig;
}

function* runCommand(sys: Sys, o: StraceOptions, out: number, envp: readonly string[]): Gen<number> {
  const path = yield* findCommand(sys, o.command[0]!, envp);
  if (typeof path === 'number') {
    yield* warn(sys, `strace: Can't stat '${o.command[0]!}': ${strerror(path)}`);
    return 1;
  }
  yield* sys.rt_sigaction(SIGINT, SIG_IGN);
  yield* sys.rt_sigaction(SIGQUIT, SIG_IGN);
  const pid = yield* startChild(sys, o, path, envp);
  if (pid < 0) {
    yield* warn(sys, `strace: fork: ${strerror(pid)}`);
    return 1;
  }
  const printer = new TracePrinter({
    follow: o.follow,
    toFile: o.output !== undefined,
    shows: o.shows,
    strsize: o.strsize,
  });
  yield* traceLoop(sys, out, printer);
  const w = yield* sys.wait4(pid, 0);
  return isErr(w) ? 0 : yield* exitLike(sys, w.status);
}

function* attach(sys: Sys, o: StraceOptions, out: number): Gen<number> {
  let interrupted = false;
  yield* sys.rt_sigaction(SIGINT, () => {
    interrupted = true;
  });
  for (const pid of o.pids) {
    const r = yield* sys.ptrace(PTRACE_SEIZE, pid, 0, options(o));
    if (typeof r === 'number' && r < 0) {
      yield* warn(sys, `strace: attach: ptrace(PTRACE_SEIZE, ${pid}): ${strerror(r)}`);
      return 1;
    }
    yield* warn(sys, `strace: Process ${pid} attached`);
  }
  const printer = new TracePrinter({
    follow: o.follow,
    toFile: o.output !== undefined,
    shows: o.shows,
    strsize: o.strsize,
  });
  const r = yield* traceLoop(sys, out, printer);
  if (r === -EINTR || interrupted) {
    for (const pid of o.pids) {
      yield* sys.ptrace(PTRACE_DETACH, pid);
      yield* warn(sys, `strace: Process ${pid} detached`);
    }
  }
  return 0;
}

function* main(sys: Sys, argv: readonly string[], envp: readonly string[]): Program {
  const args = parseStraceArgs(argv.slice(1));
  if (args.kind === 'error') {
    yield* warn(sys, args.hint ? `${args.message}\n${HINT}` : args.message);
    return 1;
  }
  if (args.kind !== 'run') {
    yield* writeAll(sys, STDOUT, args.kind === 'help' ? STRACE_HELP : STRACE_VERSION);
    return 0;
  }
  const o = args.options;
  let out = STDERR;
  if (o.output !== undefined) {
    out = yield* sys.open(o.output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666);
    if (out < 0) {
      yield* warn(sys, `strace: Can't fopen '${o.output}': ${strerror(out)}`);
      return 1;
    }
  }
  return o.command.length > 0 ? yield* runCommand(sys, o, out, envp) : yield* attach(sys, o, out);
}

export const strace: Command = {
  main,
  summary: 'strace - trace system calls and signals',
  synopsis: 'strace [-f] [-e trace=SET] [-o FILE] [-s STRSIZE] { -p PID | PROG [ARGS] }',
  description:
    'Runs PROG (or attaches to PID) and prints every system call it makes, with its arguments and result, ' +
    'and the signals it receives, one line each, to standard error (or FILE with -o). -f follows the ' +
    'children it creates (lines then start with [pid N]); -e trace=NAME,NAME or a class such as %file, ' +
    '%process, %network, %signal, %ipc, %desc, %memory shows only those calls; -s sets how many bytes of ' +
    'strings are shown (default 32). strace exits with the status of PROG.',
};
