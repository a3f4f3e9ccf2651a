// Executing lists, and-or lists, pipelines and background jobs (bash's execute_cmd.c top half).
// `set -e` is checked after each and-or list, except inside conditions; traps run between
// commands.

import type { AndOr, Command, List, Pipeline } from '../ast';
import { ExitShell } from '../shell';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { writeAll } from '../../libc/io';
import { CLOCK_MONOTONIC } from '../../sys';
import { addJob } from '../jobs';
import { forkShell, jobControl, reportStatus, waitForeground } from './fork';
import { runPendingTraps } from './traps';
import { runCompound } from './compound';
import { runSimple } from './simple';

export function* runList(sh: Shell, list: List): Gen<number> {
  for (const item of list.items) {
    if (item.bg) yield* runBackground(sh, item);
    else yield* runAndOr(sh, item);
    if (sh.pendingSignals.length > 0) yield* runPendingTraps(sh);
  }
  return sh.status;
}

function* runAndOr(sh: Shell, ao: AndOr): Gen<number> {
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
  } else status = yield* runPipeline(sh, ao.first);
  let lastBang = ao.first.bang;
  for (let i = 0; i < n; i++) {
    const { op, pipe } = ao.rest[i]!;
    if ((op === '&&') !== (status === 0)) continue;
    const isLast = i === n - 1;
    if (!isLast) sh.noErrexit++;
    try {
      status = yield* runPipeline(sh, pipe);
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

function* runBackground(sh: Shell, ao: AndOr): Gen<void> {
  const jc = jobControl(sh);
  const pid = yield* forkShell(
    sh,
    function* (child) {
      child.noErrexit = 0;
      return yield* runAndOr(child, { ...ao, bg: false });
    },
    { pgid: jc ? 0 : undefined, foreground: false },
  );
  sh.lastBg = pid;
  const job = addJob(sh, pid, [pid], ao.text);
  if (sh.interactive) yield* writeAll(sh.sys, 2, `[${job.id}] ${pid}\n`);
  sh.status = 0;
}

export function* runPipeline(sh: Shell, p: Pipeline): Gen<number> {
  const t0 = p.timed ? yield* sh.sys.clock_gettime(CLOCK_MONOTONIC) : undefined;
  let status: number;
  if (p.cmds.length === 1) {
    if (p.bang) sh.noErrexit++;
    try {
      status = yield* runCommand(sh, p.cmds[0]!, p.text);
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

/** A pipeline of two or more commands: every element runs in its own child. */
function* runMulti(sh: Shell, p: Pipeline): Gen<number> {
  const jc = jobControl(sh);
  const pids: number[] = [];
  let pgid = 0;
  let prevRead = -1;
  const n = p.cmds.length;
  for (let i = 0; i < n; i++) {
    let pipe: readonly [number, number] | undefined;
    if (i < n - 1) {
      const r = yield* sh.sys.pipe2(0);
      if (typeof r === 'number') break;
      pipe = r;
    }
    const input = prevRead;
    const cmd = p.cmds[i]!;
    const pid = yield* forkShell(
      sh,
      function* (child) {
        if (input >= 0) {
          yield* child.sys.dup2(input, 0);
          yield* child.sys.close(input);
        }
        if (pipe) {
          yield* child.sys.dup2(pipe[1], 1);
          yield* child.sys.close(pipe[1]);
          yield* child.sys.close(pipe[0]);
        }
        child.noErrexit = 0;
        return yield* runCommand(child, cmd, p.text, true);
      },
      { pgid: jc ? pgid : undefined, foreground: jc },
    );
    if (pgid === 0) pgid = pid;
    pids.push(pid);
    if (input >= 0) yield* sh.sys.close(input);
    if (pipe) {
      yield* sh.sys.close(pipe[1]);
      prevRead = pipe[0];
    }
  }
  if (prevRead >= 0 && pids.length < n) yield* sh.sys.close(prevRead);
  const statuses = yield* waitForeground(sh, pids, pgid, p.text);
  const codes: number[] = [];
  for (let i = 0; i < statuses.length; i++) {
    codes.push(yield* reportStatus(sh, pids[i]!, statuses[i]!, p.text, i === statuses.length - 1));
  }
  sh.pipestatus = codes;
  if (sh.opt('pipefail')) {
    for (let i = codes.length - 1; i >= 0; i--) if (codes[i] !== 0) return codes[i]!;
    return 0;
  }
  return codes[codes.length - 1] ?? 0;
}

/** Run one command; `forked` means this process already is a child that may exec directly. */
export function* runCommand(sh: Shell, cmd: Command, text: string, forked = false): Gen<number> {
  sh.line = cmd.line;
  if (cmd.t === 'simple') return yield* runSimple(sh, cmd, text, forked);
  const status = yield* runCompound(sh, cmd, text);
  sh.status = status;
  return status;
}

export { ExitShell };
