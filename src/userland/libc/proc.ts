// Reading /proc as procps's library (libproc2) does: /proc/PID/stat, status and cmdline, and the
// system files /proc/meminfo, /proc/uptime, /proc/loadavg and /proc/stat. Formats are Linux 6.x's
// (proc(5)); times are in clock ticks of USER_HZ = 100.
//
// Simplification: the tty name is derived from the device number alone (pts, tty, ttyS, console),
// where procps also looks at /proc/PID/fd links and /proc/tty/drivers.

import { O_DIRECTORY, O_RDONLY } from '../../kernel/abi/fcntl';
import { decode } from '../../lib/utf8';
import type { Gen, Sys } from '../sys';
import { isErr } from '../sys';
import { readFile, readText } from './io';

/** Clock ticks per second in /proc (USER_HZ). */
export const HZ = 100;

/** The fields of /proc/PID/stat the tools use (proc(5) numbering in comments). */
export interface ProcStat {
  readonly pid: number; // 1
  readonly comm: string; // 2
  readonly state: string; // 3
  readonly ppid: number; // 4
  readonly pgrp: number; // 5
  readonly session: number; // 6
  readonly ttyNr: number; // 7
  readonly tpgid: number; // 8
  readonly utime: number; // 14
  readonly stime: number; // 15
  readonly cutime: number; // 16
  readonly cstime: number; // 17
  readonly priority: number; // 18
  readonly nice: number; // 19
  readonly numThreads: number; // 20
  readonly starttime: number; // 22
  readonly vsize: number; // 23, bytes
  readonly rss: number; // 24, pages
  readonly processor: number; // 39
}

/** Parse /proc/PID/stat. comm may hold spaces and parentheses, so split at the last ')'. */
export function parseStat(text: string): ProcStat | null {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 0 || close < open) return null;
  const rest = text
    .slice(close + 2)
    .trim()
    .split(' ');
  // rest[0] is field 3 (state), so field N is rest[N - 3].
  const f = (n: number): number => Number(rest[n - 3] ?? 0);
  return {
    pid: Number(text.slice(0, open).trim()),
    comm: text.slice(open + 1, close),
    state: rest[0] ?? '?',
    ppid: f(4),
    pgrp: f(5),
    session: f(6),
    ttyNr: f(7),
    tpgid: f(8),
    utime: f(14),
    stime: f(15),
    cutime: f(16),
    cstime: f(17),
    priority: f(18),
    nice: f(19),
    numThreads: f(20),
    starttime: f(22),
    vsize: f(23),
    rss: f(24),
    processor: f(39),
  };
}

/** /proc/PID/status as a map of field name → value text (tabs and the trailing ' kB' kept). */
export function parseStatus(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) map.set(line.slice(0, colon), line.slice(colon + 1).trim());
  }
  return map;
}

/** The n-th whitespace-separated number of a status field ("Uid:\t0\t0\t0\t0"), or the fallback. */
export function statusNumber(status: Map<string, string>, key: string, index = 0, fallback = 0): number {
  const words = (status.get(key) ?? '').split(/\s+/);
  const n = Number(words[index]);
  return words[index] !== undefined && words[index] !== '' && Number.isFinite(n) ? n : fallback;
}

/** /proc/PID/cmdline: NUL-separated arguments (a trailing NUL ends the last). */
export function parseCmdline(bytes: Uint8Array): string[] {
  if (bytes.length === 0) return [];
  const text = decode(bytes);
  const parts = text.split('\0');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

/** /proc/meminfo: field → value in kB (or a plain count for HugePages_*). */
export function parseMeminfo(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^([^:]+):\s+(\d+)/.exec(line);
    if (m) map.set(m[1]!, Number(m[2]));
  }
  return map;
}

/** /proc/uptime: [seconds since boot, idle seconds]. */
export function parseUptime(text: string): [number, number] {
  const [up, idle] = text.trim().split(/\s+/);
  return [Number(up ?? 0) || 0, Number(idle ?? 0) || 0];
}

export interface LoadAvg {
  readonly loads: [number, number, number];
  readonly running: number;
  readonly total: number;
}

/** /proc/loadavg: "0.57 0.44 0.24 2/97 9610". */
export function parseLoadavg(text: string): LoadAvg {
  const w = text.trim().split(/\s+/);
  const [running, total] = (w[3] ?? '0/0').split('/');
  return {
    loads: [Number(w[0]) || 0, Number(w[1]) || 0, Number(w[2]) || 0],
    running: Number(running) || 0,
    total: Number(total) || 0,
  };
}

export interface SystemStat {
  /** The aggregate "cpu" line: user nice system idle iowait irq softirq steal guest guest_nice. */
  readonly cpu: number[];
  /** Per-CPU lines cpu0, cpu1, ... */
  readonly cpus: number[][];
  /** Boot time in seconds since the epoch. */
  readonly btime: number;
}

/** /proc/stat. */
export function parseSystemStat(text: string): SystemStat {
  let cpu: number[] = [];
  const cpus: number[][] = [];
  let btime = 0;
  for (const line of text.split('\n')) {
    const w = line.split(/\s+/);
    if (w[0] === 'cpu') cpu = w.slice(1).map(Number);
    else if (w[0] !== undefined && /^cpu\d+$/.test(w[0])) cpus.push(w.slice(1).map(Number));
    else if (w[0] === 'btime') btime = Number(w[1]) || 0;
  }
  return { cpu, cpus, btime };
}

/** The tty name for a tty_nr device number, without "/dev/" ("pts/0", "tty1"), or "?" for none. */
export function ttyName(ttyNr: number): string {
  if (ttyNr === 0) return '?';
  const major = (ttyNr >> 8) & 0xfff;
  const minor = (ttyNr & 0xff) | ((ttyNr >> 12) & 0xfff00);
  if (major >= 136 && major <= 143) return `pts/${(major - 136) * 256 + minor}`;
  if (major === 4) return minor < 64 ? `tty${minor}` : `ttyS${minor - 64}`;
  if (major === 5 && minor === 1) return 'console';
  if (major === 5 && minor === 0) return 'tty';
  return '?';
}

/** The numeric entries of /proc, ascending: the processes visible in this /proc. */
export function* listPids(sys: Sys): Gen<number[]> {
  const fd = yield* sys.open('/proc', O_RDONLY | O_DIRECTORY);
  if (fd < 0) return [];
  const pids: number[] = [];
  for (;;) {
    const entries = yield* sys.getdents64(fd);
    if (typeof entries === 'number' || entries.length === 0) break;
    for (const e of entries) if (/^\d+$/.test(e.name)) pids.push(Number(e.name));
  }
  yield* sys.close(fd);
  return pids.sort((a, b) => a - b);
}

/** One process as the tools see it. */
export interface ProcInfo {
  readonly stat: ProcStat;
  readonly status: Map<string, string>;
  readonly cmdline: string[];
  readonly euid: number;
  readonly ruid: number;
  readonly egid: number;
  /** Resident set in kB (VmRSS; 0 for kernel threads). */
  readonly rssKb: number;
  /** Virtual size in kB (VmSize). */
  readonly vszKb: number;
  /** Shared resident memory in kB (RssFile + RssShmem). */
  readonly shrKb: number;
  readonly lockedKb: number;
}

/** Read /proc/PID/{stat,status,cmdline}; null if the process has gone. */
export function* readProc(sys: Sys, pid: number | 'self'): Gen<ProcInfo | null> {
  const statText = yield* readText(sys, `/proc/${pid}/stat`);
  if (isErr(statText)) return null;
  const stat = parseStat(statText as string);
  if (!stat) return null;
  const statusText = yield* readText(sys, `/proc/${pid}/status`);
  const status = parseStatus(isErr(statusText) ? '' : (statusText as string));
  const cmd = yield* readFile(sys, `/proc/${pid}/cmdline`);
  const cmdline = isErr(cmd) ? [] : parseCmdline(cmd as Uint8Array);
  const kb = (key: string): number => statusNumber(status, key);
  return {
    stat,
    status,
    cmdline,
    ruid: statusNumber(status, 'Uid', 0),
    euid: statusNumber(status, 'Uid', 1),
    egid: statusNumber(status, 'Gid', 1),
    rssKb: status.has('VmRSS') ? kb('VmRSS') : stat.rss * 4,
    vszKb: status.has('VmSize') ? kb('VmSize') : Math.floor(stat.vsize / 1024),
    shrKb: kb('RssFile') + kb('RssShmem'),
    lockedKb: kb('VmLck'),
  };
}

/** Every visible process, in pid order. */
export function* readAllProcs(sys: Sys): Gen<ProcInfo[]> {
  const out: ProcInfo[] = [];
  for (const pid of yield* listPids(sys)) {
    const p = yield* readProc(sys, pid);
    if (p) out.push(p);
  }
  return out;
}

/** The command line as ps shows it: the arguments joined by spaces, or "[comm]" when empty. */
export function argsOf(p: ProcInfo): string {
  return p.cmdline.length > 0 ? p.cmdline.join(' ') : `[${p.stat.comm}]`;
}

/** Read a /proc or /sys text file; the empty string if it cannot be read. */
export function* readSmall(sys: Sys, path: string): Gen<string> {
  const t = yield* readText(sys, path);
  return isErr(t) ? '' : (t as string);
}
