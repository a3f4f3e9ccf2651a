// Job builtins: jobs, fg, bg, wait, kill (with %job specs, -l tables and -SIG names).

import { ECHILD, ESRCH, strerror } from '../../../kernel/abi/errno';
import { WNOHANG, WUNTRACED, WIFSTOPPED } from '../../../kernel/abi/sched';
import { SIGCONT, SIGNAL_NAMES, SIGTERM } from '../../../kernel/abi/signal';
import { TIOCSPGRP } from '../../../kernel/abi/termios';
import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { exitCode, findJob, jobDone, jobLine, recordStatus } from '../jobs';
import type { Job } from '../jobs';
import { reportStatus } from '../exec/fork';
import type { Builtin } from './util';
import { out } from './util';

export function sigName(n: number): string {
  if (n >= 1 && n <= 31) return SIGNAL_NAMES[n]!;
  if (n >= 34 && n <= 49) return n === 34 ? 'RTMIN' : `RTMIN+${n - 34}`;
  if (n >= 50 && n <= 64) return n === 64 ? 'RTMAX' : `RTMAX-${64 - n}`;
  return '';
}

export function sigNumber(spec: string): number | undefined {
  if (/^\d+$/.test(spec)) {
    const n = Number(spec);
    return n <= 64 ? n : undefined;
  }
  const name = spec.toUpperCase().replace(/^SIG/, '');
  for (let n = 1; n <= 64; n++) if (sigName(n) === name) return n;
  return undefined;
}

function killList(): string {
  const items: string[] = [];
  for (let n = 1; n <= 64; n++) if (sigName(n)) items.push(`${String(n).padStart(2)}) SIG${sigName(n)}`);
  let text = '';
  for (let i = 0; i < items.length; i += 5)
    text += items.slice(i, i + 5).join('\t') + (i + 5 >= items.length ? '\t' : '') + '\n';
  return text;
}

/** Reap finished children without blocking, updating the job table. */
export function* reapJobs(sh: Shell): Gen<void> {
  for (;;) {
    const r = yield* sh.sys.wait4(-1, WNOHANG | WUNTRACED);
    if (typeof r === 'number' || r.pid <= 0) return;
    recordStatus(sh, r.pid, r.status);
  }
}

/**
 * Interactive notices before a prompt: a job that stopped since the last notice (`cat &` reading
 * the terminal: "\n[1]+  Stopped                 cat"), then finished jobs, which are dropped.
 */
export function* notifyJobs(sh: Shell): Gen<void> {
  if (sh.jobs.length === 0) return;
  yield* sh.sys.sched_yield();
  yield* reapJobs(sh);
  let text = '';
  for (const j of [...sh.jobs]) {
    if (j.stopped && !j.stopShown) {
      j.stopShown = true;
      text += `\n${jobLine(sh, j)}\n`;
    }
    if (!jobDone(j)) continue;
    text += jobLine(sh, j) + '\n';
    sh.jobs = sh.jobs.filter((x) => x !== j);
  }
  if (text) yield* sh.sys.write(2, text);
}

export const jobs: Builtin = function* (sh, argv) {
  yield* reapJobs(sh);
  const withPid = argv.includes('-l');
  const onlyPids = argv.includes('-p');
  let text = '';
  for (const j of sh.jobs) {
    text += onlyPids ? `${j.pgid}\n` : jobLine(sh, j, withPid) + '\n';
    if (!onlyPids && j.stopped) j.stopShown = true;
  }
  sh.jobs = sh.jobs.filter((j) => !jobDone(j));
  return (yield* out(sh, 'jobs', text)) ? 0 : 1;
};

function* pickJob(sh: Shell, name: string, spec: string | undefined): Gen<Job | undefined> {
  const j = findJob(sh, spec ?? '%%');
  if (!j) yield* sh.error(`${name}: ${spec ?? 'current'}: no such job`);
  return j;
}

export const fg: Builtin = function* (sh, argv) {
  if (!sh.opt('monitor')) {
    yield* sh.error('fg: no job control');
    return 1;
  }
  const j = yield* pickJob(sh, 'fg', argv[1]);
  if (!j) return 1;
  yield* out(sh, 'fg', j.text + '\n');
  yield* sh.sys.ioctl(0, TIOCSPGRP, j.pgid);
  j.stopped = false;
  yield* sh.sys.kill(-j.pgid, SIGCONT);

  for (let i = 0; i < j.pids.length; i++) {
    if (j.statuses[i] !== undefined && !WIFSTOPPED(j.statuses[i]!)) continue;
    const r = yield* sh.sys.wait4(j.pids[i]!, WUNTRACED);
    if (typeof r !== 'number') recordStatus(sh, r.pid, r.status);
  }
  yield* sh.sys.ioctl(0, TIOCSPGRP, yield* sh.sys.getpgid(0));
  if (j.stopped) {
    j.stopShown = true;
    yield* sh.sys.write(2, `\n${jobLine(sh, j)}\n`);
    return 148;
  }
  sh.jobs = sh.jobs.filter((x) => x !== j);
  const last = j.statuses[j.statuses.length - 1] ?? 0;
  return yield* reportStatus(sh, j.pids[j.pids.length - 1]!, last, j.text);
};

export const bg: Builtin = function* (sh, argv) {
  if (!sh.opt('monitor')) {
    yield* sh.error('bg: no job control');
    return 1;
  }
  const j = yield* pickJob(sh, 'bg', argv[1]);
  if (!j) return 1;
  j.stopped = false;
  yield* sh.sys.kill(-j.pgid, SIGCONT);
  yield* out(sh, 'bg', `[${j.id}]+ ${j.text} &\n`);
  return 0;
};

export const wait: Builtin = function* (sh, argv) {
  const ids = argv.slice(1).filter((a) => a !== '-n' && a !== '-f');
  if (ids.length === 0) {
    for (const j of sh.jobs) {
      for (let i = 0; i < j.pids.length; i++) {
        if (j.statuses[i] !== undefined) continue;
        const r = yield* sh.sys.wait4(j.pids[i]!, 0);
        if (typeof r !== 'number') recordStatus(sh, r.pid, r.status);
      }
    }
    sh.jobs = sh.jobs.filter((j) => !jobDone(j));
    for (;;) {
      const r = yield* sh.sys.wait4(-1, 0);
      if (typeof r === 'number') break;
    }
    return 0;
  }
  let status = 0;
  for (const id of ids) status = yield* waitOne(sh, id);
  return status;
};

function* waitOne(sh: Shell, id: string): Gen<number> {
  const job = id.startsWith('%') ? findJob(sh, id) : sh.jobs.find((j) => j.pids.includes(Number(id)));
  if (id.startsWith('%') && !job) {
    yield* sh.error(`wait: ${id}: no such job`);
    return 127;
  }
  const pids = job ? (id.startsWith('%') ? job.pids : [Number(id)]) : [Number(id)];
  let last = 127;
  for (const pid of pids) {
    const i = job ? job.pids.indexOf(pid) : -1;
    const known = job && i >= 0 ? job.statuses[i] : undefined;
    if (known !== undefined) {
      last = exitCode(known);
      continue;
    }
    const r = yield* sh.sys.wait4(pid, 0);
    if (typeof r === 'number') {
      if (r === -ECHILD) yield* sh.error(`wait: pid ${id} is not a child of this shell`);
      return 127;
    }
    recordStatus(sh, r.pid, r.status);
    last = exitCode(r.status);
  }
  if (job && jobDone(job)) sh.jobs = sh.jobs.filter((j) => j !== job);
  return last;
}

const KILL_USAGE = 'kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]';

export const kill: Builtin = function* (sh, argv) {
  let sig = SIGTERM;
  let i = 1;
  const a1 = argv[1];
  if (a1 === '-l' || a1 === '-L') {
    if (argv.length === 2) return (yield* out(sh, 'kill', killList())) ? 0 : 1;
    let text = '';
    for (const s of argv.slice(2)) {
      const n = /^\d+$/.test(s) ? Number(s) & 0x7f : sigNumber(s);
      if (
        n === undefined ||
        (/^\d+$/.test(s) ? !sigName(Number(s) > 128 ? Number(s) - 128 : Number(s)) : false)
      ) {
        yield* sh.error(`kill: ${s}: invalid signal specification`);
        return 1;
      }
      text += /^\d+$/.test(s) ? `${sigName(Number(s) > 128 ? Number(s) - 128 : Number(s))}\n` : `${n}\n`;
    }
    return (yield* out(sh, 'kill', text)) ? 0 : 1;
  }
  if (a1 === '-s' || a1 === '-n') {
    const n = argv[2] === undefined ? undefined : sigNumber(argv[2]);
    if (n === undefined) return yield* badSig(sh, argv[2] ?? '');
    sig = n;
    i = 3;
  } else if (a1 !== undefined && a1.startsWith('-') && a1 !== '--' && a1.length > 1) {
    const n = sigNumber(a1.slice(1));
    if (n === undefined) return yield* badSig(sh, a1.slice(1));
    sig = n;
    i = 2;
  }
  if (argv[i] === '--') i++;
  if (i >= argv.length) {
    yield* sh.sys.write(2, `kill: usage: ${KILL_USAGE}\n`);
    return 2;
  }
  let status = 0;
  for (const t of argv.slice(i)) {
    let pid: number;
    if (t.startsWith('%')) {
      const j = findJob(sh, t);
      if (!j) {
        yield* sh.error(`kill: ${t}: no such job`);
        status = 1;
        continue;
      }
      // Without job control a job has no process group of its own: bash signals its processes.
      if (!sh.opt('monitor')) {
        for (const p of j.pids) yield* sh.sys.kill(p, sig);
        continue;
      }
      pid = -j.pgid;
    } else if (/^-?\d+$/.test(t)) pid = Number(t);
    else {
      yield* sh.error(`kill: ${t}: arguments must be process or job IDs`);
      status = 1;
      continue;
    }
    const r = yield* sh.sys.kill(pid, sig);
    if (r < 0) {
      yield* sh.error(
        `kill: (${t.replace(/^%.*/, String(-pid))}) - ${r === -ESRCH ? 'No such process' : strerror(r)}`,
      );
      status = 1;
    }
  }
  return status;
};

function* badSig(sh: Shell, s: string): Gen<number> {
  yield* sh.error(`kill: ${s}: invalid signal specification`);
  return 1;
}
