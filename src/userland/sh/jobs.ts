// The job table (bash's jobs.c): background and stopped pipelines, their process group, the
// status of each process, and the texts `jobs` and the completion notices print:
// `[1]+  Done                    sleep 1`, `[1]+  Stopped                 sleep 100`.

import {
  WEXITSTATUS,
  WIFEXITED,
  WIFSIGNALED,
  WIFSTOPPED,
  WCOREDUMP,
  WSTOPSIG,
  WTERMSIG,
} from '../../kernel/abi/sched';
import { SIGNAL_DESCRIPTIONS } from '../../kernel/abi/signal';
import type { Shell } from './shell';

export interface Job {
  readonly id: number;
  readonly pgid: number;
  readonly pids: number[];
  /** Wait status per pid; undefined while running. */
  readonly statuses: Array<number | undefined>;
  readonly text: string;
  stopped: boolean;
  /** The current stop has been shown (a notice, `jobs`): bash's J_NOTIFIED for stopped jobs. */
  stopShown: boolean;
  /** Reported as Done/Killed to the user (interactive) — then removed. */
  notified: boolean;
}

/** The shell's $? for a wait status. */
export function exitCode(status: number): number {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  if (WIFSTOPPED(status)) return 128 + WSTOPSIG(status);
  return 0;
}

export function signalDescription(sig: number): string {
  return SIGNAL_DESCRIPTIONS[sig] ?? `Unknown signal ${sig}`;
}

export function jobDone(j: Job): boolean {
  return j.statuses.every((s) => s !== undefined && !WIFSTOPPED(s));
}

/**
 * "Running", "Stopped", "Done", "Exit 3", "Killed", ... as `jobs` shows. A stopped job is
 * "Stopped" whichever signal stopped it (SIGTSTP, SIGSTOP, SIGTTIN, SIGTTOU) outside POSIX mode.
 */
export function jobState(j: Job): string {
  if (j.stopped) return 'Stopped';
  if (!jobDone(j)) return 'Running';
  const last = j.statuses[j.statuses.length - 1] ?? 0;
  if (WIFSIGNALED(last)) return signalDescription(WTERMSIG(last)) + (WCOREDUMP(last) ? ' (core dumped)' : '');
  const code = WEXITSTATUS(last);
  return code === 0 ? 'Done' : `Exit ${code}`;
}

/** The current (+) and previous (-) jobs. */
export function currentJobs(sh: Shell): { cur: Job | undefined; prev: Job | undefined } {
  const stopped = sh.jobs.filter((j) => j.stopped);
  const order = [...stopped, ...sh.jobs.filter((j) => !j.stopped)];
  const byRecency = (list: Job[]): Job[] => [...list].sort((a, b) => b.id - a.id);
  const sorted = [...byRecency(stopped), ...byRecency(order.filter((j) => !j.stopped))];
  return { cur: sorted[0], prev: sorted[1] };
}

export function jobLine(sh: Shell, j: Job, withPid = false): string {
  const { cur, prev } = currentJobs(sh);
  const mark = j === cur ? '+' : j === prev ? '-' : ' ';
  const pid = withPid ? `${j.pgid} ` : '';
  return `[${j.id}]${mark}  ${pid}${jobState(j).padEnd(24)}${j.text}${jobDone(j) || j.stopped ? '' : ' &'}`;
}

export function addJob(sh: Shell, pgid: number, pids: number[], text: string): Job {
  const id = sh.jobs.reduce((m, j) => Math.max(m, j.id), 0) + 1;
  const job: Job = {
    id,
    pgid,
    pids,
    statuses: pids.map(() => undefined),
    text,
    stopped: false,
    stopShown: false,
    notified: false,
  };
  sh.jobs.push(job);
  return job;
}

/** Record a wait status for whichever job owns `pid`. */
export function recordStatus(sh: Shell, pid: number, status: number): Job | undefined {
  for (const j of sh.jobs) {
    const i = j.pids.indexOf(pid);
    if (i < 0) continue;
    j.statuses[i] = status;
    if (WIFSTOPPED(status)) {
      if (!j.stopped) j.stopShown = false;
      j.stopped = true;
    } else if (j.statuses.every((s) => s !== undefined && !WIFSTOPPED(s))) j.stopped = false;
    return j;
  }
  return undefined;
}

/** Find a job from a %spec: %1 %+ %% %- %name %?text, or a pid. */
export function findJob(sh: Shell, spec: string): Job | undefined {
  const { cur, prev } = currentJobs(sh);
  if (spec === '' || spec === '%' || spec === '%%' || spec === '%+') return cur;
  if (spec === '%-') return prev;
  if (/^%\d+$/.test(spec)) return sh.jobs.find((j) => j.id === Number(spec.slice(1)));
  if (spec.startsWith('%?')) return sh.jobs.find((j) => j.text.includes(spec.slice(2)));
  if (spec.startsWith('%')) return sh.jobs.find((j) => j.text.startsWith(spec.slice(1)));
  return undefined;
}
