// Executing lists, and-or lists, pipelines and background jobs (bash's execute_cmd.c top half).
// `set -e` is checked after each and-or list, except inside conditions; traps run between
// commands. Where a list is the last thing its process runs (bash -c, $( ), ( )), its final
// simple command replaces the process instead of forking, as bash's optimize_fork does.

import type { AndOr, Command, List, Pipeline } from '../ast';
import { ExitShell } from '../shell';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { writeAll } from '../../libc/io';
import { CLOCK_MONOTONIC } from '../../sys';
import { addJob } from '../jobs';
import { forkShell, jobControl } from './fork';
import { runPendingTraps } from './traps';
import { runCompound } from './compound';
import { runSimple } from './simple';
import { runMulti, startPipeline } from './pipeline';
import { applyRedirs, redirectsStdin } from './redirect';
import { O_RDONLY } from '../../../kernel/abi/fcntl';
import { strerror } from '../../../kernel/abi/errno';

type Subshell = Extract<Command, { t: 'subshell' }>;

export function* runList(sh: Shell, list: List): Gen<number> {
  for (const item of list.items) {
    if (item.bg) yield* runBackground(sh, item);
    else yield* runAndOr(sh, item);
    if (sh.pendingSignals.length > 0) yield* runPendingTraps(sh);
  }
  return sh.status;
}

/**
 * Run a list that ends its process: the final simple command is exec'd without a fork when bash
 * would (the list's last and-or list, if it is the whole list or has no && ||; no redirections,
 * `!`, `time`, or EXIT/ERR trap).
 */
export function* runListExec(sh: Shell, list: List): Gen<number> {
  const items = list.items;
  const last = items[items.length - 1];
  // bash forks the last command too once the list has started a background job.
  if (!last || items.some((it) => it.bg) || (last.rest.length > 0 && items.length > 1))
    return yield* runList(sh, list);
  for (let i = 0; i < items.length - 1; i++) {
    const item = items[i]!;
    if (item.bg) yield* runBackground(sh, item);
    else yield* runAndOr(sh, item);
    if (sh.pendingSignals.length > 0) yield* runPendingTraps(sh);
  }
  yield* runAndOr(sh, last, true);
  if (sh.pendingSignals.length > 0) yield* runPendingTraps(sh);
  return sh.status;
}

function* runAndOr(sh: Shell, ao: AndOr, execLast = false): Gen<number> {
  const n = ao.rest.length;
  let status: number;
  let lastRan = n === 0;
  if (n > 0) {
    sh.noErrexit++;
    try {
      status = yield* runPipeline(sh, ao.first);
    } finally {
      sh.noErrexit--;
    }
  } else status = yield* runPipeline(sh, ao.first, execLast);
  let lastBang = ao.first.bang;
  for (let i = 0; i < n; i++) {
    const { op, pipe } = ao.rest[i]!;
    if ((op === '&&') !== (status === 0)) continue;
    const isLast = i === n - 1;
    if (!isLast) sh.noErrexit++;
    try {
      status = yield* runPipeline(sh, pipe, execLast && isLast);
    } finally {
      if (!isLast) sh.noErrexit--;
    }
    lastRan = isLast;
    lastBang = pipe.bang;
  }
  if (status !== 0 && lastRan && !lastBang && sh.opt('errexit') && sh.noErrexit === 0) {
    throw new ExitShell(status);
  }
  return status;
}

/**
 * `X &`: a lone command is forked once (a simple command execs in that child, a `( )` body runs
 * there); a pipeline forks its elements from this shell; anything else runs in a subshell.
 */
function* runBackground(sh: Shell, ao: AndOr): Gen<void> {
  const jc = jobControl(sh);
  const p = ao.first;
  let pids: number[];
  let pgid: number;
  if (ao.rest.length === 0 && !p.timed && p.cmds.length > 1) {
    ({ pids, pgid } = yield* startPipeline(sh, p, false));
  } else {
    const lone = ao.rest.length === 0 && !p.timed ? p.cmds[0] : undefined;
    const devNull = !jc && sh.stdinRedir === 0 && !(lone && 'redirs' in lone && redirectsStdin(lone.redirs));
    const pid = yield* forkShell(
      sh,
      function* (child) {
        child.noErrexit = 0;
        if (devNull) yield* asyncRedirectStdin(child);
        // bash ignores `!` on an asynchronous simple command: `! false & wait $!` gives 1.
        if (lone) return yield* runCommand(child, lone, p.text, true);
        return yield* runAndOr(child, { ...ao, bg: false });
      },
      { pgid: jc ? 0 : undefined, foreground: false },
    );
    pids = [pid];
    pgid = pid;
  }
  const pid = pids[pids.length - 1]!;
  sh.lastBg = pid;
  const job = addJob(sh, pgid, pids, ao.text);
  if (sh.interactive) yield* writeAll(sh.sys, 2, `[${job.id}] ${pid}\n`);
  sh.status = 0;
}

/**
 * Without job control (a script, a subshell) an asynchronous command that does not redirect its
 * standard input itself reads /dev/null, not the terminal (bash's async_redirect_stdin).
 */
function* asyncRedirectStdin(sh: Shell): Gen<void> {
  const fd = yield* sh.sys.open('/dev/null', O_RDONLY);
  if (fd < 0) {
    yield* writeAll(
      sh.sys,
      2,
      `${sh.prefix()}cannot redirect standard input from /dev/null: ${strerror(fd)}\n`,
    );
  } else if (fd > 0) {
    yield* sh.sys.dup2(fd, 0);
    yield* sh.sys.close(fd);
  }
}

/** Whether `p`, the last thing this process runs, may exec its command without forking. */
function canExec(sh: Shell, p: Pipeline): boolean {
  const cmd = p.cmds[0]!;
  return (
    p.cmds.length === 1 &&
    !p.bang &&
    !p.timed &&
    cmd.t === 'simple' &&
    cmd.redirs.length === 0 &&
    !sh.traps.has('EXIT') &&
    !sh.traps.has('ERR')
  );
}

export function* runPipeline(sh: Shell, p: Pipeline, exec = false): Gen<number> {
  const t0 = p.timed ? yield* sh.sys.clock_gettime(CLOCK_MONOTONIC) : undefined;
  let status: number;
  if (p.cmds.length === 1) {
    if (p.bang) sh.noErrexit++;
    try {
      status = yield* runCommand(sh, p.cmds[0]!, p.text, exec && canExec(sh, p));
    } finally {
      if (p.bang) sh.noErrexit--;
    }
    sh.pipestatus = [status];
  } else status = yield* runMulti(sh, p);
  if (p.bang) status = status === 0 ? 1 : 0;
  sh.status = status;
  if (t0) yield* printTimes(sh, t0);
  return status;
}

function* printTimes(sh: Shell, t0: { sec: number; nsec: number }): Gen<void> {
  const t1 = yield* sh.sys.clock_gettime(CLOCK_MONOTONIC);
  const real = t1.sec - t0.sec + (t1.nsec - t0.nsec) / 1e9;
  const fmt = (s: number): string => `${Math.floor(s / 60)}m${(s % 60).toFixed(3)}s`;
  const ru = yield* sh.sys.getrusage(-1);
  yield* writeAll(
    sh.sys,
    2,
    `\nreal\t${fmt(real)}\nuser\t${fmt(ru.utimeNs / 1e9)}\nsys\t${fmt(ru.stimeNs / 1e9)}\n`,
  );
}

/**
 * Run one command. `forked` means this process is a child made for this command alone: a simple
 * command may exec directly, and a `( )` runs its body here instead of forking again.
 */
export function* runCommand(sh: Shell, cmd: Command, text: string, forked = false): Gen<number> {
  sh.line = cmd.line;
  if (cmd.t === 'simple') return yield* runSimple(sh, cmd, text, forked);
  const status =
    forked && cmd.t === 'subshell' ? yield* subshellBody(sh, cmd) : yield* runCompound(sh, cmd, text);
  sh.status = status;
  return status;
}

/** The body of `( list )` in its own child: a lone simple command (or `( )`) needs no further fork. */
function* subshellBody(sh: Shell, cmd: Subshell): Gen<number> {
  if (!(yield* applyRedirs(sh, cmd.redirs, null))) return 1;
  if (redirectsStdin(cmd.redirs)) sh.stdinRedir++;
  const items = cmd.body.items;
  const only = items.length === 1 ? items[0]! : undefined;
  const p = only && !only.bg && only.rest.length === 0 ? only.first : undefined;
  const lone = p && p.cmds.length === 1 && !p.bang && !p.timed ? p.cmds[0]! : undefined;
  if (p && lone && (lone.t === 'simple' || lone.t === 'subshell')) {
    const status = yield* runCommand(sh, lone, p.text, true);
    sh.pipestatus = [status];
    return status;
  }
  return yield* runListExec(sh, cmd.body);
}

export { ExitShell };
