// Forking and waiting (bash's make_child and wait_for): clone a child that runs a closure on a
// deep copy of the shell, put it in a process group when job control is on, hand it the terminal,
// and decode wait statuses, printing bash's "Killed" / "Terminated" notices.

import { EAGAIN, strerror } from '../../../kernel/abi/errno';
import { WIFSIGNALED, WIFSTOPPED, WTERMSIG, WUNTRACED, WCOREDUMP } from '../../../kernel/abi/sched';
import { SIGINT, SIGPIPE, SIGTERM, SIG_DFL } from '../../../kernel/abi/signal';
import { TIOCSPGRP } from '../../../kernel/abi/termios';
import { AbortLine, ExitShell, LoopControl, ReturnFunc } from '../shell';
import type { Shell } from '../shell';
import type { Gen, Program } from '../../sys';
import { writeAll } from '../../libc/io';
import { addJob, exitCode, jobLine, recordStatus, signalDescription } from '../jobs';
import { resetChildSignals, runExitTrap } from './traps';
import { trampoline } from '../../libc/trampoline';

export interface ForkContext {
  /** Process group to join: 0 = a new group led by the child; undefined = no job control. */
  readonly pgid: number | undefined;
  /** Give the terminal to the group. */
  readonly foreground: boolean;
}

export function jobControl(sh: Shell): boolean {
  return sh.opt('monitor') && !sh.isChild;
}

/** bash's FORKSLEEP_MAX: EAGAIN is retried after sleeping 1, 2, 4 and 8 seconds. */
const FORKSLEEP_MAX = 16;

/** The name bash's sys_error puts first: the script (or function's source), or the shell. */
function errorName(sh: Shell): string {
  return sh.interactive ? sh.arg0.replace(/.*\//, '') : (sh.funcSource ?? sh.arg0);
}

/**
 * Run `body` in a child shell and return the child's pid. Like bash's make_child, EAGAIN is
 * retried with "fork: retry" messages; a fork that still fails abandons the command line with
 * status 254 (EX_NOEXEC | 128), which ends a non-interactive shell.
 */
export function* forkShell(sh: Shell, body: (child: Shell) => Gen<number>, ctx: ForkContext): Gen<number> {
  const child = sh.fork();
  const start = (): Program => trampoline(childMain(child, body, ctx));
  let pid = yield* sh.sys.clone(0, start);
  for (let sleep = 1; pid === -EAGAIN && sleep < FORKSLEEP_MAX; sleep *= 2) {
    yield* writeAll(sh.sys, 2, `${errorName(sh)}: fork: retry: ${strerror(pid)}\n`);
    if ((yield* sh.sys.nanosleep(sleep * 1e9)) < 0) break;
    pid = yield* sh.sys.clone(0, start);
  }
  if (pid < 0) {
    yield* writeAll(sh.sys, 2, `${errorName(sh)}: fork: ${strerror(pid)}\n`);
    throw new AbortLine(254, true);
  }
  if (ctx.pgid !== undefined) {
    const pgid = ctx.pgid === 0 ? pid : ctx.pgid;
    yield* sh.sys.setpgid(pid, pgid);
    if (ctx.foreground) yield* sh.sys.ioctl(0, TIOCSPGRP, pgid);
  }
  return pid;
}

function* childMain(sh: Shell, body: (child: Shell) => Gen<number>, ctx: ForkContext): Gen<number> {
  yield* resetChildSignals(sh);
  sh.bashpid = yield* sh.sys.getpid();
  if (ctx.pgid !== undefined) {
    const me = yield* sh.sys.getpid();
    const pgid = ctx.pgid === 0 ? me : ctx.pgid;
    yield* sh.sys.setpgid(0, pgid);
    if (ctx.foreground) yield* sh.sys.ioctl(0, TIOCSPGRP, pgid);
    for (const sig of [2, 3, 15, 20, 21, 22]) yield* sh.sys.rt_sigaction(sig, SIG_DFL);
  }
  return yield* runChild(sh, body);
}

/** Run a subshell body to completion, with the EXIT trap, and return its exit status. */
export function* runChild(sh: Shell, body: (child: Shell) => Gen<number>): Gen<number> {
  let status: number;
  try {
    status = yield* body(sh);
  } catch (e) {
    status = unwindStatus(sh, e);
  }
  sh.status = status;
  return yield* runExitTrap(sh);
}

/** The exit status for a control-flow exception that reached the top of a (sub)shell. */
export function unwindStatus(sh: Shell, e: unknown): number {
  if (e instanceof ExitShell) return e.status;
  if (e instanceof AbortLine) return e.status;
  if (e instanceof ReturnFunc) return e.status;
  if (e instanceof LoopControl) return sh.status;
  throw e;
}

/** Wait for foreground children; returns their wait statuses (a stopped job goes to the table). */
export function* waitForeground(
  sh: Shell,
  pids: readonly number[],
  pgid: number,
  text: string,
): Gen<number[]> {
  const statuses: number[] = [];
  const jc = jobControl(sh);
  for (const pid of pids) {
    let status = 0;
    for (;;) {
      const r = yield* sh.sys.wait4(pid, jc ? WUNTRACED : 0);
      if (typeof r === 'number') {
        if (r === -4) continue;
        break;
      }
      status = r.status;
      break;
    }
    statuses.push(status);
  }
  if (jc) {
    yield* sh.sys.ioctl(0, TIOCSPGRP, yield* sh.sys.getpgid(0));
    if (statuses.some((s) => WIFSTOPPED(s))) {
      const job = addJob(sh, pgid, [...pids], text);
      pids.forEach((p, i) => recordStatus(sh, p, statuses[i]!));
      job.stopShown = true;
      yield* writeAll(sh.sys, 2, `\n${jobLine(sh, job)}\n`);
    }
  }
  return statuses;
}

/** bash's notice for a foreground job killed by a signal, and the resulting $?. */
export function* reportStatus(
  sh: Shell,
  pid: number,
  status: number,
  text: string,
  report = true,
): Gen<number> {
  if (report && !sh.inComsub && WIFSIGNALED(status)) {
    const sig = WTERMSIG(status);
    const desc = signalDescription(sig) + (WCOREDUMP(status) ? ' (core dumped)' : '');
    if (sig === SIGINT) {
      if (sh.interactive) yield* writeAll(sh.sys, 2, '\n');
    } else if (sig !== SIGPIPE) {
      let msg: string;
      if (sh.interactive || sig === SIGTERM) msg = desc;
      else
        msg = `${sh.funcSource ?? sh.arg0}: line ${sh.line}: ${String(pid).padStart(5)} ${desc.padEnd(24)}${text}`;
      yield* writeAll(sh.sys, 2, msg + '\n');
    }
  }
  return exitCode(status);
}
