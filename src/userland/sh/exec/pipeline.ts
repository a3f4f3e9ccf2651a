// Pipelines of two or more commands (bash's execute_pipeline): each element runs in its own child,
// joined by pipes, in one process group when job control is on. A foreground pipeline is waited
// for here; a background one (`a | b &`) is forked straight from this shell, as bash does, so $!
// is the last element itself. An element that is a simple command execs without forking again.

import type { Pipeline } from '../ast';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { SIGCONT, SIGTERM } from '../../../kernel/abi/signal';
import { forkShell, jobControl, reportStatus, waitForeground } from './fork';

export interface Started {
  readonly pids: number[];
  readonly pgid: number;
}

/** Fork every element of `p`; on a fork failure the pipe ends are closed before rethrowing. */
export function* startPipeline(sh: Shell, p: Pipeline, foreground: boolean): Gen<Started> {
  const jc = jobControl(sh);
  const pids: number[] = [];
  let pgid = 0;
  let prevRead = -1;
  let pipe: readonly [number, number] | undefined;
  const n = p.cmds.length;
  try {
    for (let i = 0; i < n; i++) {
      pipe = undefined;
      if (i < n - 1) {
        const r = yield* sh.sys.pipe2(0);
        if (typeof r === 'number') break;
        pipe = r;
      }
      const input = prevRead;
      const out = pipe;
      const cmd = p.cmds[i]!;
      const pid = yield* forkShell(
        sh,
        function* (child) {
          if (input >= 0) {
            yield* child.sys.dup2(input, 0);
            yield* child.sys.close(input);
            // bash's execute_in_subshell: a piped stdin counts as a redirection (stdin_redir).
            child.stdinRedir++;
          }
          if (out) {
            yield* child.sys.dup2(out[1], 1);
            yield* child.sys.close(out[1]);
            yield* child.sys.close(out[0]);
          }
          child.noErrexit = 0;
          return yield* child.hooks.runCommand(child, cmd, p.text, true);
        },
        { pgid: jc ? pgid : undefined, foreground: jc && foreground },
      );
      if (pgid === 0) pgid = pid;
      pids.push(pid);
      if (input >= 0) yield* sh.sys.close(input);
      prevRead = -1;
      if (pipe) {
        yield* sh.sys.close(pipe[1]);
        prevRead = pipe[0];
        pipe = undefined;
      }
    }
  } catch (e) {
    // bash's terminate_current_pipeline: with job control the started elements get SIGTERM.
    for (const fd of [prevRead, pipe?.[0] ?? -1, pipe?.[1] ?? -1]) if (fd >= 0) yield* sh.sys.close(fd);
    if (jc && pgid > 0) {
      yield* sh.sys.kill(-pgid, SIGTERM);
      yield* sh.sys.kill(-pgid, SIGCONT);
    }
    throw e;
  }
  if (prevRead >= 0) yield* sh.sys.close(prevRead);
  return { pids, pgid };
}

/** A foreground pipeline of two or more commands; returns its status (pipefail aware). */
export function* runMulti(sh: Shell, p: Pipeline): Gen<number> {
  const { pids, pgid } = yield* startPipeline(sh, p, true);
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
