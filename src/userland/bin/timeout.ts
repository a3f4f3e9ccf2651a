// timeout(1) from coreutils 9.1: run COMMAND as a child and signal it when DURATION has passed.
// The parent sleeps with nanosleep(2), woken early by SIGCHLD (a handler interrupts the sleep
// with EINTR), and reaps with wait4(WNOHANG). Unless --foreground, timeout makes its own process
// group and signals the whole group, as coreutils does.
//
// Simplification: no setitimer/alarm; the deadline is kept on CLOCK_MONOTONIC instead.

import type { Command } from '../command';
import { EACCES, ENOENT, strerror } from '../../kernel/abi/errno';
import {
  SIGALRM,
  SIGCHLD,
  SIGCONT,
  SIGHUP,
  SIGINT,
  SIGKILL,
  SIGNAL_NAMES,
  SIGQUIT,
  SIGTERM,
  SIG_DFL,
  SIG_IGN,
} from '../../kernel/abi/signal';
import { WEXITSTATUS, WIFEXITED, WIFSIGNALED, WNOHANG, WTERMSIG } from '../../kernel/abi/sched';
import { CLOCK_MONOTONIC } from '../sys';
import type { Gen, Program, Sys } from '../sys';
import { parseArgs, usageError } from '../libc/cmd';
import { has, last, tryHelp } from '../libc/getopt';
import { HELP_OPTS, coreutilsTool } from '../libc/usage';
import { parseDuration } from '../libc/duration';
import { warn } from '../libc/io';
import { execvp } from '../libc/execvp';
import { signalNumber } from '../libc/signame';

const tool = {
  ...coreutilsTool(
    'timeout',
    'Padraig Brady',
    'Usage: timeout [OPTION] DURATION COMMAND [ARG]...\n  or:  timeout [OPTION]\n' +
      'Start COMMAND, and kill it if still running after DURATION.\n\n' +
      'Mandatory arguments to long options are mandatory for short options too.\n' +
      '      --preserve-status\n                 exit with the same status as COMMAND, even when the\n' +
      '                   command times out\n' +
      '      --foreground\n                 when not running timeout directly from a shell prompt,\n' +
      '                   allow COMMAND to read from the TTY and get TTY signals;\n' +
      '                   in this mode, children of COMMAND will not be timed out\n' +
      '  -k, --kill-after=DURATION\n                 also send a KILL signal if COMMAND is still running\n' +
      '                   this long after the initial signal was sent\n' +
      '  -s, --signal=SIGNAL\n                 specify the signal to be sent on timeout;\n' +
      "                   SIGNAL may be a name like 'HUP' or a number;\n" +
      "                   see 'kill -l' for a list of signals\n" +
      '  -v, --verbose  diagnose to stderr any signal sent upon timeout\n' +
      HELP_OPTS +
      "\nDURATION is a floating point number with an optional suffix:\n's' for seconds (the default), 'm' for minutes, 'h' for hours or 'd' for days.\nA duration of 0 disables the associated timeout.\n\n" +
      'Upon timeout, send the TERM signal to COMMAND, if no other SIGNAL specified.\nThe TERM signal kills any process that does not block or catch that signal.\n' +
      "It may be necessary to use the KILL signal, since this signal can't be caught.\n\n" +
      'EXIT status:\n  124  if COMMAND times out, and --preserve-status is not specified\n' +
      '  125  if the timeout command itself fails\n  126  if COMMAND is found but cannot be invoked\n' +
      '  127  if COMMAND cannot be found\n  137  if COMMAND (or timeout itself) is sent the KILL (9) signal (128+9)\n' +
      '  -    the exit status of COMMAND otherwise\n',
  ),
  usageStatus: 125,
};

const SPECS = [
  { key: 'preserve', long: 'preserve-status' },
  { key: 'foreground', long: 'foreground' },
  { key: 'k', short: 'k', long: 'kill-after', arg: true },
  { key: 's', short: 's', long: 'signal', arg: true },
  { key: 'v', short: 'v', long: 'verbose' },
];

const EXIT_TIMEDOUT = 124;
const EXIT_CANCELED = 125;
/** Signals timeout passes on to the command (coreutils install_cleanup). */
const FORWARDED = [SIGALRM, SIGINT, SIGQUIT, SIGHUP, SIGTERM];

/** sig2str: "TERM", "KILL", "EXIT" for 0, "RTMIN+n" for real-time signals. */
function signalName(sig: number): string {
  if (sig === 0) return 'EXIT';
  if (sig < SIGNAL_NAMES.length && SIGNAL_NAMES[sig]) return SIGNAL_NAMES[sig]!;
  return sig >= 34 && sig <= 64 ? (sig <= 49 ? `RTMIN+${sig - 34}` : `RTMAX-${64 - sig}`) : String(sig);
}

interface Run {
  readonly pid: number;
  readonly command: string;
  readonly foreground: boolean;
  readonly verbose: boolean;
}

function* send(sys: Sys, run: Run, sig: number): Gen<void> {
  if (run.verbose) yield* warn(sys, `timeout: sending signal ${signalName(sig)} to command ‘${run.command}’`);
  yield* sys.kill(run.pid, sig);
  if (run.foreground) return;
  // Signal the whole group; timeout itself ignores it meanwhile (unless it is KILL).
  const old = sig === SIGKILL ? SIG_DFL : yield* sys.rt_sigaction(sig, SIG_IGN);
  yield* sys.kill(0, sig);
  if (sig !== SIGKILL && typeof old !== 'number') yield* sys.rt_sigaction(sig, old);
  if (sig !== SIGKILL && sig !== SIGCONT) {
    yield* sys.kill(run.pid, SIGCONT);
    yield* sys.kill(0, SIGCONT);
  }
}

function* nowNs(sys: Sys): Gen<number> {
  const t = yield* sys.clock_gettime(CLOCK_MONOTONIC);
  return t.sec * 1e9 + t.nsec;
}

/** Wait for the child, signalling it at the deadlines. Returns [wait status, timed out]. */
function* supervise(sys: Sys, run: Run, durations: [number, number], term: number): Gen<[number, boolean]> {
  const received: number[] = [];
  for (const sig of FORWARDED) yield* sys.rt_sigaction(sig, (s: number) => void received.push(s));
  yield* sys.rt_sigaction(SIGCHLD, () => undefined);
  let timedOut = false;
  let signal = term;
  const first = durations[0];
  let killAfter = durations[1];
  let deadline = first > 0 ? (yield* nowNs(sys)) + first * 1e9 : Infinity;
  for (;;) {
    const w = yield* sys.wait4(run.pid, WNOHANG);
    if (typeof w !== 'number' && w.pid === run.pid) return [w.status, timedOut];
    if (typeof w === 'number' && w < 0) return [0, timedOut];
    for (const s of received.splice(0)) {
      if (s === SIGALRM) deadline = 0;
      else yield* send(sys, run, s);
    }
    const now = yield* nowNs(sys);
    if (now >= deadline) {
      timedOut = true;
      yield* send(sys, run, signal);
      signal = SIGKILL;
      deadline = killAfter > 0 ? now + killAfter * 1e9 : Infinity;
      killAfter = 0;
      continue;
    }
    yield* sys.nanosleep(deadline === Infinity ? 86400e9 : Math.max(1, Math.ceil(deadline - now)));
  }
}

function* timeoutMain(sys: Sys, argv: readonly string[], envp: readonly string[]): Program {
  const args = yield* parseArgs(sys, tool, argv, SPECS, { stopAtOperand: true });
  if (typeof args === 'number') return args;
  const o = args.options;
  let term = SIGTERM;
  const s = last(o, 's');
  if (s !== undefined) {
    term = signalNumber(s);
    if (term < 0) return yield* usageError(sys, tool, `timeout: ‘${s}’: invalid signal`);
  }
  const kText = last(o, 'k');
  const killAfter = kText === undefined ? 0 : parseDuration(kText);
  if (killAfter === undefined)
    return yield* usageError(sys, tool, `timeout: invalid time interval ‘${kText}’`);
  if (args.operands.length < 2) {
    yield* warn(sys, tryHelp('timeout'));
    return EXIT_CANCELED;
  }
  const [durText, command, ...rest] = args.operands as [string, string, ...string[]];
  const duration = parseDuration(durText);
  if (duration === undefined)
    return yield* usageError(sys, tool, `timeout: invalid time interval ‘${durText}’`);
  const foreground = has(o, 'foreground');
  if (!foreground) yield* sys.setpgid(0, 0);
  const pid = yield* sys.clone(SIGCHLD, function* () {
    const err = yield* execvp(sys, command, [command, ...rest], envp);
    yield* warn(sys, `timeout: failed to run command ‘${command}’: ${strerror(err)}`);
    return err === -ENOENT ? 127 : err === -EACCES ? 126 : 126;
  });
  if (pid < 0) {
    yield* warn(sys, `timeout: fork system call failed: ${strerror(pid)}`);
    return EXIT_CANCELED;
  }
  const run: Run = { pid, command, foreground, verbose: has(o, 'v') };
  const [status, timedOut] = yield* supervise(sys, run, [duration, killAfter], term);
  let preserve = has(o, 'preserve');
  let code = 0;
  if (WIFEXITED(status)) code = WEXITSTATUS(status);
  else if (WIFSIGNALED(status)) {
    const sig = WTERMSIG(status);
    if (!timedOut) {
      // Die the way the command did.
      yield* sys.rt_sigaction(sig, SIG_DFL);
      yield* sys.kill(yield* sys.getpid(), sig);
    }
    if (timedOut && sig === SIGKILL) preserve = true;
    code = 128 + sig;
  }
  return timedOut && !preserve ? EXIT_TIMEDOUT : code;
}

export const timeout: Command = {
  summary: 'timeout - run a command with a time limit',
  synopsis: 'timeout [OPTION] DURATION COMMAND [ARG]...',
  description:
    "Start COMMAND, and kill it if still running after DURATION (a number with an optional suffix s, m, h or d; 0 disables the timeout).  -s SIGNAL chooses the signal (TERM by default), -k DURATION also sends KILL this long after the first signal, --preserve-status exits with the command's status even when it times out, --foreground does not signal the command's children.  Exit status 124 if the command timed out, 125 if timeout itself failed, 126 if the command cannot be invoked, 127 if it cannot be found.",
  main: timeoutMain,
};
