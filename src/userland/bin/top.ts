// top(1) from procps-ng 4.0.2 in batch mode (-b): the summary lines and the task table, sorted by
// %CPU. %CPU is the CPU time a task used between two samples of /proc/PID/schedstat taken an
// interval apart (-d, default 1 s here), relative to that interval and not divided by the
// number of CPUs (Irix mode), so a task held to 20 % by its cgroup shows 20.0.
//
// Simplification: batch mode only (interactive mode is not modelled); -n counts frames; -p PID
// and -u USER filter; 80 columns unless COLUMNS or -w says otherwise.

import type { Command } from '../command';
import type { Gen, Program, Sys } from '../sys';
import { CLOCK_MONOTONIC, CLOCK_REALTIME } from '../sys';
import { Output, STDERR, STDOUT, writeAll } from '../libc/io';
import type { ProcInfo } from '../libc/proc';
import {
  HZ,
  parseLoadavg,
  parseMeminfo,
  parseSystemStat,
  parseUptime,
  readAllProcs,
  readSmall,
} from '../libc/proc';
import { memFigures } from '../libc/meminfo';
import { fixed } from '../libc/fmtnum';
import type { UserDb } from '../libc/pwd';
import { loadUserDb, parseUser, userName } from '../libc/pwd';
import { getenv } from '../libc/execvp';
import { gmtime, strftime } from '../libc/strftime';
import { parseDuration, secondsToNs } from '../libc/duration';

interface Sample {
  readonly procs: ProcInfo[];
  readonly cpu: number[];
  readonly at: number;
  /** CPU time used so far by each pid, in ns. */
  readonly cpuNs: Map<number, number>;
}

function* sample(sys: Sys): Gen<Sample> {
  const t = yield* sys.clock_gettime(CLOCK_MONOTONIC);
  const cpu = parseSystemStat(yield* readSmall(sys, '/proc/stat')).cpu;
  const procs = yield* readAllProcs(sys);
  // CPU time in ns from /proc/PID/schedstat: clock ticks (10 ms) are too coarse for a 0.1 s sample.
  const cpuNs = new Map<number, number>();
  for (const p of procs) {
    const ns = Number((yield* readSmall(sys, `/proc/${p.stat.pid}/schedstat`)).split(' ')[0]);
    cpuNs.set(p.stat.pid, Number.isFinite(ns) && ns > 0 ? ns : ((p.stat.utime + p.stat.stime) / HZ) * 1e9);
  }
  return { procs, cpu, at: t.sec + t.nsec / 1e9, cpuNs };
}

/** procps_uptime_sprint: " 06:41:34 up 5 min,  1 user,  load average: 0.00, 0.00, 0.00". */
export function uptimeLine(now: number, uptime: number, users: number, loads: readonly number[]): string {
  const days = Math.floor(uptime / 86400);
  const hours = Math.floor(uptime / 3600) % 24;
  const mins = Math.floor(uptime / 60) % 60;
  let s = ' ' + strftime('%H:%M:%S', gmtime(now)) + ' up ';
  if (days) s += `${days} ${days > 1 ? 'days' : 'day'}, `;
  s += hours ? `${String(hours).padStart(2)}:${String(mins).padStart(2, '0')}, ` : `${mins} min, `;
  s += `${String(users).padStart(2)} ${users > 1 ? 'users' : 'user'},  load average: `;
  return s + loads.map((l) => fixed(l, 2)).join(', ');
}

/**
 * Logged-in users, approximated without utmp: the terminals that have a session leader (a login
 * shell) on them.
 */
export function countUsers(procs: readonly ProcInfo[]): number {
  const ttys = new Set<number>();
  for (const p of procs) if (p.stat.ttyNr !== 0 && p.stat.session === p.stat.pid) ttys.add(p.stat.ttyNr);
  return ttys.size;
}

function* uptimeText(sys: Sys, procs: readonly ProcInfo[]): Gen<string> {
  const now = yield* sys.clock_gettime(CLOCK_REALTIME);
  const up = parseUptime(yield* readSmall(sys, '/proc/uptime'))[0];
  const loads = parseLoadavg(yield* readSmall(sys, '/proc/loadavg')).loads;
  return uptimeLine(now.sec, up, countUsers(procs), loads);
}

const pct = (x: number): string => fixed(x, 1).padStart(5);

function cpuLine(before: number[], after: number[]): string {
  const d = after.slice(0, 8).map((v, i) => Math.max(0, v - (before[i] ?? 0)));
  const total = d.reduce((a, b) => a + b, 0);
  const [us, ni, sy, id, wa, hi, si, st] = d.map((v) => (total ? (v * 100) / total : 0)) as number[];
  const idle = total ? (id ?? 0) : 100;
  return (
    `%Cpu(s):${pct(us ?? 0)} us,${pct(sy ?? 0)} sy,${pct(ni ?? 0)} ni,${pct(idle)} id,` +
    `${pct(wa ?? 0)} wa,${pct(hi ?? 0)} hi,${pct(si ?? 0)} si,${pct(st ?? 0)} st `
  );
}

function memLines(meminfo: Map<string, number>): string {
  const f = memFigures(meminfo);
  const m = (kb: number): string => (fixed(kb / 1024, 1) + ' ').slice(0, 9).padStart(9);
  return (
    `MiB Mem : ${m(f.total)}total, ${m(f.free)}free, ${m(f.used)}used, ${m(f.buffers + f.cached)}buff/cache     \n` +
    `MiB Swap: ${m(f.swapTotal)}total, ${m(f.swapFree)}free, ${m(f.swapUsed)}used. ${m(f.available)}avail Mem \n`
  );
}

function tasksLine(procs: readonly ProcInfo[]): string {
  const count = (states: string): number => procs.filter((p) => states.includes(p.stat.state)).length;
  const n = (v: number): string => String(v).padStart(3);
  const running = count('R');
  const stopped = count('Tt');
  const zombie = count('Z');
  const sleeping = procs.length - running - stopped - zombie;
  return `Tasks: ${n(procs.length)} total, ${n(running)} running, ${n(sleeping)} sleeping, ${n(stopped)} stopped, ${n(zombie)} zombie\n`;
}

/** A KiB amount in a column of `width`, scaled to m/g/t when it does not fit (scale_mem). */
export function scaleMem(kb: number, width: number): string {
  if (String(kb).length <= width) return String(kb).padStart(width);
  let v = kb;
  for (const unit of ['m', 'g', 't', 'p']) {
    v /= 1024;
    const s = fixed(v, v < 10 ? 3 : v < 100 ? 2 : 1) + unit;
    if (s.length <= width) return s.padStart(width);
    const t = String(Math.trunc(v)) + unit;
    if (t.length <= width) return t.padStart(width);
  }
  return String(kb);
}

/** TIME+ "M:SS.hh" from clock ticks. */
export function timePlus(ticks: number): string {
  const cs = Math.floor((ticks * 100) / HZ);
  const secs = Math.floor(cs / 100);
  return `${Math.floor(secs / 60)}:${String(secs % 60).padStart(2, '0')}.${String(cs % 100).padStart(2, '0')}`;
}

export interface TopRow {
  readonly p: ProcInfo;
  readonly cpu: number;
}

/** One task line; `cols` is the screen width. */
export function taskRow(r: TopRow, db: UserDb, memTotal: number, pidWidth: number, cols: number): string {
  const p = r.p;
  let user = userName(db, p.euid);
  if (user.length > 8) user = user.slice(0, 7) + '+';
  const pr = p.stat.priority < -99 ? 'rt' : String(p.stat.priority);
  const cpu = r.cpu >= 999.95 ? fixed(r.cpu, 0).padStart(5) : pct(r.cpu);
  const mem = memTotal ? pct((p.rssKb * 100) / memTotal) : pct(0);
  const head =
    `${String(p.stat.pid).padStart(pidWidth)} ${user.padEnd(8)} ${pr.padStart(3)} ${String(p.stat.nice).padStart(3)} ` +
    `${scaleMem(p.vszKb, 7)} ${scaleMem(p.rssKb, 6)} ${scaleMem(p.shrKb, 6)} ${p.stat.state} ${cpu} ${mem} ` +
    `${timePlus(p.stat.utime + p.stat.stime).padStart(9)} `;
  // top leaves the last screen column empty.
  const room = Math.max(cols - 1 - head.length, 1);
  const comm = p.stat.comm.length > room ? p.stat.comm.slice(0, room - 1) + '+' : p.stat.comm;
  return head + comm;
}

interface TopOptions {
  frames: number;
  delay: number;
  pids: number[];
  uid: number | undefined;
  width: number | undefined;
}

function parseTopArgs(argv: readonly string[], db: UserDb): TopOptions | string {
  const o: TopOptions = { frames: Infinity, delay: 1, pids: [], uid: undefined, width: undefined };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const letter = a.replace(/^-/, '')[0];
    const inline = a.replace(/^-/, '').slice(1);
    const value = (): string | undefined => (inline !== '' ? inline : argv[++i]);
    if (letter === 'b' || letter === 'c' || letter === 'i' || letter === 'S' || letter === 'H') continue;
    if (letter === 'n') o.frames = Number(value());
    else if (letter === 'd') o.delay = parseDuration(value() ?? '') ?? NaN;
    else if (letter === 'p') o.pids.push(...(value() ?? '').split(',').map(Number));
    else if (letter === 'u' || letter === 'U') o.uid = parseUser(db, value() ?? '') ?? -1;
    else if (letter === 'w') o.width = Number(inline || 512);
    else return `top: unknown option '${letter ?? a}'`;
    if (!Number.isFinite(o.delay) || o.frames < 1 || Number.isNaN(o.frames) || o.uid === -1)
      return `top: bad argument to -${letter}`;
  }
  return o;
}

const TOP_USAGE = '\nUsage:\n  top -hv | -bcEeHiOSs1 -d secs -n max -u|U user -p pid(s) -o field -w [cols]\n';

function* topMain(sys: Sys, argv: readonly string[], envp: readonly string[]): Program {
  const db = yield* loadUserDb(sys);
  const o = parseTopArgs(argv, db);
  if (typeof o === 'string') {
    yield* writeAll(sys, STDERR, o + TOP_USAGE);
    return 1;
  }
  const pidMax = (yield* readSmall(sys, '/proc/sys/kernel/pid_max')).trim();
  const pidWidth = Math.max(5, pidMax === '' ? 7 : pidMax.length);
  const columns = Number(getenv(envp, 'COLUMNS'));
  const cols = o.width ?? (Number.isInteger(columns) && columns > 0 ? columns : 80);
  const out = new Output(sys, STDOUT);
  let prev = yield* sample(sys);
  for (let frame = 0; frame < o.frames; frame++) {
    yield* sys.nanosleep(secondsToNs(o.delay));
    const cur = yield* sample(sys);
    const dt = Math.max(cur.at - prev.at, 1e-9);
    const before = prev.cpuNs;
    const meminfo = parseMeminfo(yield* readSmall(sys, '/proc/meminfo'));
    const rows: TopRow[] = cur.procs
      .filter(
        (p) =>
          (o.pids.length === 0 || o.pids.includes(p.stat.pid)) && (o.uid === undefined || p.euid === o.uid),
      )
      .map((p) => {
        const now = cur.cpuNs.get(p.stat.pid) ?? 0;
        const used = now - (before.get(p.stat.pid) ?? now);
        return { p, cpu: (used / 1e9 / dt) * 100 };
      })
      .sort((a, b) => b.cpu - a.cpu || a.p.stat.pid - b.p.stat.pid);
    if (frame > 0) out.print('\n');
    out.print('top -' + (yield* uptimeText(sys, cur.procs)) + '\n');
    out.print(tasksLine(cur.procs) + cpuLine(prev.cpu, cur.cpu) + '\n' + memLines(meminfo) + '\n');
    const head = `${'PID'.padStart(pidWidth)} USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND`;
    out.print(head + '\n');
    const memTotal = meminfo.get('MemTotal') ?? 0;
    for (const r of rows) yield* out.write(taskRow(r, db, memTotal, pidWidth, cols) + '\n');
    yield* out.flush();
    prev = cur;
  }
  return (yield* out.flush()) < 0 ? 1 : 0;
}

export const top: Command = {
  summary: 'top - display Linux processes',
  synopsis: 'top -b [-n max] [-d secs] [-p pid,...] [-u user] [-w cols]',
  description:
    'Batch mode (-b): print the system summary (uptime and load, tasks, CPU states, memory and swap) and the task table sorted by %CPU, measured over a short interval.  -n sets the number of frames, -d the delay between them, -p and -u filter the tasks.',
  main: topMain,
};
