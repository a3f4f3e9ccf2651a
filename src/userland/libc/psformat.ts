// ps's output columns (procps-ng 4.0.2 ps/output.c): the format keywords with their headers,
// widths and justification, the value of each for a process, and show_one_proc's layout rule: a
// value wider than its column pushes the following columns right, and later columns take the
// space back where they can.
//
// Simplification: only the commonly used keywords; no forest (-H) art, no signal masks.

import type { ProcInfo } from './proc';
import { HZ, argsOf, ttyName } from './proc';
import type { UserDb } from './pwd';
import { groupName, userName } from './pwd';
import { gmtime, strftime } from './strftime';

export interface PsContext {
  /** Seconds since boot (from /proc/uptime). */
  readonly uptime: number;
  /** Boot time, seconds since the epoch (btime of /proc/stat). */
  readonly btime: number;
  /** Current time, seconds since the epoch. */
  readonly now: number;
  /** MemTotal in kB. */
  readonly memTotal: number;
  readonly db: UserDb;
  /** Digits of /proc/sys/kernel/pid_max. */
  readonly pidWidth: number;
}

/** L: left, R: right, U: unlimited (text that may run to the end of the line), N: user name. */
export type Justify = 'L' | 'R' | 'U' | 'N';

interface Spec {
  readonly head: string;
  readonly width: number;
  readonly justify: Justify;
  readonly pidmax?: boolean;
  readonly value: (p: ProcInfo, c: PsContext) => string;
}

const two = (n: number): string => String(n).padStart(2, '0');

function elapsed(p: ProcInfo, c: PsContext): number {
  const t = Math.floor(c.uptime * HZ) - p.stat.starttime;
  return t > 0 ? t / HZ : 0;
}

/** [[dd-]hh:]mm:ss */
export function formatEtime(seconds: number): string {
  let t = Math.floor(seconds);
  const ss = t % 60;
  t = Math.floor(t / 60);
  const mm = t % 60;
  t = Math.floor(t / 60);
  const hh = t % 24;
  const dd = Math.floor(t / 24);
  return (dd ? `${dd}-` : '') + (dd || hh ? `${two(hh)}:` : '') + `${two(mm)}:${two(ss)}`;
}

/** [dd-]hh:mm:ss of CPU time. */
export function formatCputime(seconds: number): string {
  let t = Math.floor(seconds);
  const ss = t % 60;
  t = Math.floor(t / 60);
  const mm = t % 60;
  t = Math.floor(t / 60);
  const hh = t % 24;
  const dd = Math.floor(t / 24);
  return (dd ? `${dd}-` : '') + `${two(hh)}:${two(mm)}:${two(ss)}`;
}

const ticks = (p: ProcInfo): number => p.stat.utime + p.stat.stime;
const startSec = (p: ProcInfo, c: PsContext): number => c.btime + Math.floor(p.stat.starttime / HZ);

function pcpu(p: ProcInfo, c: PsContext): string {
  const jiffies = Math.floor(elapsed(p, c) * HZ);
  const v = jiffies ? Math.floor((ticks(p) * 1000) / jiffies) : 0;
  return v > 999 ? String(Math.floor(v / 10)) : `${Math.floor(v / 10)}.${v % 10}`;
}

function pmem(p: ProcInfo, c: PsContext): string {
  const v = c.memTotal ? Math.min(999, Math.floor((p.rssKb * 1000) / c.memTotal)) : 0;
  return `${String(Math.floor(v / 10)).padStart(2)}.${v % 10}`;
}

function stime(p: ProcInfo, c: PsContext): string {
  const now = gmtime(c.now);
  const t = gmtime(startSec(p, c));
  const fmt = now.year !== t.year ? '%Y' : now.yday !== t.yday ? '%b%d' : '%H:%M';
  return strftime(fmt, t);
}

function start(p: ProcInfo, c: PsContext): string {
  const t = startSec(p, c);
  const s = strftime('%a %b %d %H:%M:%S %Y', gmtime(t));
  return t + 86400 > c.now ? s.slice(11, 19) : '  ' + s.slice(4, 10);
}

function stat(p: ProcInfo): string {
  const s = p.stat;
  let out = s.state;
  if (s.nice < 0) out += '<';
  if (s.nice > 0) out += 'N';
  if (p.lockedKb) out += 'L';
  if (s.session === s.pid) out += 's';
  if (s.numThreads > 1) out += 'l';
  if (s.pgrp === s.tpgid) out += '+';
  return out;
}

const num = (f: (p: ProcInfo) => number) => (p: ProcInfo) => String(f(p));
const pid = (head: string, f: (p: ProcInfo) => number): Spec => ({
  head,
  width: 5,
  justify: 'R',
  pidmax: true,
  value: num(f),
});
const user = (p: ProcInfo, c: PsContext): string => userName(c.db, p.euid);
const comm = (p: ProcInfo): string => p.stat.comm;
const args = (p: ProcInfo): string => argsOf(p);
const tty = (p: ProcInfo): string => ttyName(p.stat.ttyNr);
const time = (p: ProcInfo): string => formatCputime(ticks(p) / HZ);

export const FORMAT_SPECS: Readonly<Record<string, Spec>> = {
  '%cpu': { head: '%CPU', width: 4, justify: 'R', value: pcpu },
  '%mem': { head: '%MEM', width: 4, justify: 'R', value: pmem },
  args: { head: 'COMMAND', width: 27, justify: 'U', value: args },
  bsdtime: {
    head: 'TIME',
    width: 6,
    justify: 'R',
    value: (p) =>
      `${String(Math.floor(ticks(p) / HZ / 60)).padStart(3)}:${two(Math.floor(ticks(p) / HZ) % 60)}`,
  },
  c: {
    head: 'C',
    width: 2,
    justify: 'R',
    value: (p, c) => {
      const j = Math.floor(elapsed(p, c) * HZ);
      return String(Math.min(99, j ? Math.floor((ticks(p) * 100) / j) : 0)).padStart(2);
    },
  },
  cmd: { head: 'CMD', width: 27, justify: 'U', value: args },
  comm: { head: 'COMMAND', width: 15, justify: 'U', value: comm },
  command: { head: 'COMMAND', width: 27, justify: 'U', value: args },
  cputime: { head: 'TIME', width: 8, justify: 'R', value: time },
  egid: { head: 'EGID', width: 5, justify: 'R', value: num((p) => p.egid) },
  etime: { head: 'ELAPSED', width: 11, justify: 'R', value: (p, c) => formatEtime(elapsed(p, c)) },
  etimes: { head: 'ELAPSED', width: 7, justify: 'R', value: (p, c) => String(Math.floor(elapsed(p, c))) },
  euid: { head: 'EUID', width: 5, justify: 'R', value: num((p) => p.euid) },
  euser: { head: 'EUSER', width: 8, justify: 'N', value: user },
  gid: { head: 'GID', width: 5, justify: 'R', value: num((p) => p.egid) },
  group: { head: 'GROUP', width: 8, justify: 'N', value: (p, c) => groupName(c.db, p.egid) },
  lstart: {
    head: 'STARTED',
    width: 24,
    justify: 'R',
    value: (p, c) => strftime('%a %b %e %H:%M:%S %Y', gmtime(startSec(p, c))),
  },
  ni: { head: 'NI', width: 3, justify: 'R', value: num((p) => p.stat.nice) },
  nice: { head: 'NI', width: 3, justify: 'R', value: num((p) => p.stat.nice) },
  nlwp: { head: 'NLWP', width: 4, justify: 'R', value: num((p) => p.stat.numThreads) },
  pcpu: { head: '%CPU', width: 4, justify: 'R', value: pcpu },
  pgid: pid('PGID', (p) => p.stat.pgrp),
  pgrp: pid('PGRP', (p) => p.stat.pgrp),
  pid: pid('PID', (p) => p.stat.pid),
  pmem: { head: '%MEM', width: 4, justify: 'R', value: pmem },
  ppid: pid('PPID', (p) => p.stat.ppid),
  pri: { head: 'PRI', width: 3, justify: 'R', value: num((p) => 39 - p.stat.priority) },
  psr: { head: 'PSR', width: 3, justify: 'R', value: num((p) => p.stat.processor) },
  rss: { head: 'RSS', width: 5, justify: 'R', value: num((p) => p.rssKb) },
  rsz: { head: 'RSZ', width: 5, justify: 'R', value: num((p) => p.rssKb) },
  ruid: { head: 'RUID', width: 5, justify: 'R', value: num((p) => p.ruid) },
  ruser: { head: 'RUSER', width: 8, justify: 'N', value: (p, c) => userName(c.db, p.ruid) },
  s: { head: 'S', width: 1, justify: 'L', value: (p) => p.stat.state },
  sess: pid('SESS', (p) => p.stat.session),
  session: pid('SESS', (p) => p.stat.session),
  sid: pid('SID', (p) => p.stat.session),
  start: { head: 'STARTED', width: 8, justify: 'R', value: start },
  start_time: { head: 'START', width: 5, justify: 'R', value: stime },
  stat: { head: 'STAT', width: 4, justify: 'L', value: stat },
  state: { head: 'S', width: 1, justify: 'L', value: (p) => p.stat.state },
  stime: { head: 'STIME', width: 5, justify: 'R', value: stime },
  tgid: pid('TGID', (p) => p.stat.pid),
  time: { head: 'TIME', width: 8, justify: 'R', value: time },
  tname: { head: 'TTY', width: 8, justify: 'L', value: tty },
  tpgid: pid('TPGID', (p) => p.stat.tpgid),
  tt: { head: 'TT', width: 8, justify: 'L', value: tty },
  tty: { head: 'TT', width: 8, justify: 'L', value: tty },
  ucmd: { head: 'CMD', width: 15, justify: 'U', value: comm },
  uid: { head: 'UID', width: 5, justify: 'R', value: num((p) => p.euid) },
  uid_hack: { head: 'UID', width: 8, justify: 'N', value: user },
  uname: { head: 'USER', width: 8, justify: 'N', value: user },
  user: { head: 'USER', width: 8, justify: 'N', value: user },
  vsz: { head: 'VSZ', width: 6, justify: 'R', value: num((p) => p.vszKb) },
  vsize: { head: 'VSZ', width: 6, justify: 'R', value: num((p) => p.vszKb) },
};

/** One column of a chosen format. */
export interface Column {
  readonly key: string;
  readonly head: string;
  readonly width: number;
  readonly justify: Justify;
}

/**
 * Parse a -o list ("pid,comm", "pid=X", "comm:20"); returns the columns or the keyword that is
 * unknown.
 */
export function parseFormat(list: string, pidWidth: number): Column[] | { unknown: string } {
  const cols: Column[] = [];
  // Items are split at commas (and at spaces before any '='); a header after '=' runs to the next comma.
  const items = list.split(',').flatMap((item) => {
    const eq = item.indexOf('=');
    const names = (eq < 0 ? item : item.slice(0, eq)).split(' ');
    if (eq >= 0) names[names.length - 1] += item.slice(eq);
    return names;
  });
  for (const item of items) {
    if (item === '') continue;
    const eq = item.indexOf('=');
    const namePart = eq < 0 ? item : item.slice(0, eq);
    const [name, widthText] = namePart.split(':') as [string, string | undefined];
    const spec = FORMAT_SPECS[name];
    if (!spec) return { unknown: name };
    let width = spec.pidmax ? Math.max(pidWidth, spec.head.length) : spec.width;
    if (widthText !== undefined && /^\d+$/.test(widthText)) width = Number(widthText);
    const head = eq < 0 ? spec.head : item.slice(eq + 1);
    if (eq >= 0) width = Math.max(width, head.length);
    cols.push({ key: name, head, width, justify: spec.justify });
  }
  return cols;
}

/** The header line (or null when every header is empty, as with -o pid=). */
export function headerRow(cols: readonly Column[], screenCols: number): string | null {
  if (cols.every((c) => c.head === '')) return null;
  return layoutRow(
    cols,
    cols.map((c) => c.head),
    screenCols,
  );
}

/** The values of one process. */
export function valuesOf(cols: readonly Column[], p: ProcInfo, c: PsContext): string[] {
  return cols.map((col) => FORMAT_SPECS[col.key]?.value(p, c) ?? '');
}

/** show_one_proc: lay out one row of values. */
export function layoutRow(cols: readonly Column[], values: readonly string[], screenCols: number): string {
  let correct = 0;
  let actual = 0;
  let dospace = 0;
  let line = '';
  for (let i = 0; i < cols.length; i++) {
    const col = cols[i]!;
    const last = i === cols.length - 1;
    let text = values[i] ?? '';
    if (col.justify === 'U' || col.justify === 'N') {
      let room = col.width;
      if (last) {
        const tmp = correct - actual;
        room = tmp < 1 ? screenCols - actual - dospace : screenCols - Math.max(correct, actual);
      }
      if (col.justify === 'N' && text.length > room) text = room >= 1 ? text.slice(0, room - 1) + '+' : text;
      else if (text.length > room) text = text.slice(0, Math.max(room, 0));
    }
    const leftpad = col.justify === 'R' ? Math.max(col.width - text.length, 0) : 0;
    let space = correct - actual + leftpad;
    if (space < 1) space = dospace;
    line += ' '.repeat(space) + text;
    if (last) break;
    actual += space + text.length;
    correct += col.width + 1;
    dospace = 1;
  }
  return line;
}
