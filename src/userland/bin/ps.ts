// ps(1) from procps-ng 4.0.2: a snapshot of the processes in the /proc this process sees (so in a
// new pid namespace with its own /proc mounted, only that namespace's processes).
//
// Simplification: UNIX options -e -A -a -d -f -o -O -p -u -U -C -q -w, BSD a u x w h and a bare
// pid list, and --no-headers/--pid/--ppid/--cols; no sorting, threads, forest or -l/-j formats.

import type { Command } from '../command';
import type { Gen, Program, Sys } from '../sys';
import { CLOCK_REALTIME } from '../sys';
import { Output, STDOUT, STDERR, writeAll } from '../libc/io';
import type { ProcInfo } from '../libc/proc';
import { parseMeminfo, parseSystemStat, parseUptime, readAllProcs, readProc, readSmall } from '../libc/proc';
import type { Column, PsContext } from '../libc/psformat';
import { headerRow, layoutRow, parseFormat, valuesOf } from '../libc/psformat';
import type { UserDb } from '../libc/pwd';
import { loadUserDb, parseUser } from '../libc/pwd';
import { getenv } from '../libc/execvp';
import { TIOCGWINSZ } from '../../kernel/abi/termios';
import type { Winsize } from '../sys';

const USAGE =
  '\nUsage:\n ps [options]\n\n' +
  " Try 'ps --help <simple|list|output|threads|misc|all>'\n" +
  "  or 'ps --help <s|l|o|t|m|a>'\n for additional help text.\n\nFor more details see ps(1).\n";

interface PsOptions {
  all: boolean;
  bsdA: boolean;
  bsdX: boolean;
  unixA: boolean;
  unixD: boolean;
  full: boolean;
  bsdU: boolean;
  noHeaders: boolean;
  formats: string[];
  extraFormats: string[];
  pids: number[];
  ppids: number[];
  uids: number[];
  ruids: number[];
  comms: string[];
  cols?: number;
  selected: boolean;
}

class PsError extends Error {}

function pidList(text: string | undefined, flag: string): number[] {
  if (text === undefined) throw new PsError(`list of process IDs must follow ${flag}`);
  const items = text.split(/[, ]+/).filter((s) => s !== '');
  if (items.length === 0 || items.some((s) => !/^\d+$/.test(s)))
    throw new PsError('process ID list syntax error');
  return items.map(Number);
}

function userList(db: UserDb, text: string | undefined, flag: string): number[] {
  if (text === undefined) throw new PsError(`list of users must follow ${flag}`);
  return text
    .split(/[, ]+/)
    .filter((s) => s !== '')
    .map((s) => {
      const u = parseUser(db, s);
      if (u === undefined) throw new PsError('user name does not exist');
      return u;
    });
}

const WITH_ARG = 'oOpuUCqtg';

function unixOption(o: PsOptions, db: UserDb, letter: string, arg: () => string | undefined): void {
  switch (letter) {
    case 'e':
    case 'A':
      o.all = true;
      break;
    case 'a':
      o.unixA = true;
      break;
    case 'd':
      o.unixD = true;
      break;
    case 'f':
      o.full = true;
      break;
    case 'w':
    case 'x':
    case 'H':
    case 'j':
      break;
    case 'o': {
      const v = arg();
      if (v === undefined) throw new PsError('format specification must follow -o');
      o.formats.push(v);
      break;
    }
    case 'O': {
      const v = arg();
      if (v === undefined) throw new PsError('format specification must follow -O');
      o.extraFormats.push(v);
      break;
    }
    case 'p':
    case 'q':
      o.pids.push(...pidList(arg(), `-${letter}`));
      o.selected = true;
      break;
    case 'u':
      o.uids.push(...userList(db, arg(), '-u'));
      o.selected = true;
      break;
    case 'U':
      o.ruids.push(...userList(db, arg(), '-U'));
      o.selected = true;
      break;
    case 'C': {
      const v = arg();
      if (v === undefined) throw new PsError('list of command names must follow -C');
      o.comms.push(...v.split(','));
      o.selected = true;
      break;
    }
    default:
      throw new PsError('unsupported SysV option');
  }
}

function bsdOption(o: PsOptions, letter: string): void {
  switch (letter) {
    case 'a':
      o.bsdA = true;
      break;
    case 'x':
      o.bsdX = true;
      break;
    case 'u':
      o.bsdU = true;
      break;
    case 'h':
      o.noHeaders = true;
      break;
    case 'w':
    case 'e':
    case 'f':
      break;
    default:
      throw new PsError('unsupported option (BSD syntax)');
  }
}

function longOption(o: PsOptions, db: UserDb, argv: readonly string[], i: number): number {
  const a = argv[i]!;
  const eq = a.indexOf('=');
  const name = eq < 0 ? a : a.slice(0, eq);
  let used = 0;
  const arg = (): string | undefined => (eq >= 0 ? a.slice(eq + 1) : ((used = 1), argv[i + 1]));
  if (name === '--no-headers' || name === '--no-heading') o.noHeaders = true;
  else if (name === '--format') o.formats.push(arg() ?? '');
  else if (['--cols', '--columns', '--width'].includes(name)) o.cols = Number(arg());
  else if (name === '--deselect' || name === '--headers') return i;
  else if (name === '--pid') o.pids.push(...pidList(arg(), '--pid'));
  else if (name === '--ppid') o.ppids.push(...pidList(arg(), '--ppid'));
  else if (name === '--user') o.uids.push(...userList(db, arg(), '--user'));
  else throw new PsError('unknown gnu long option');
  if (['--pid', '--ppid', '--user'].includes(name)) o.selected = true;
  return i + used;
}

export function parsePsArgs(argv: readonly string[], db: UserDb): PsOptions {
  const o: PsOptions = {
    all: false,
    bsdA: false,
    bsdX: false,
    unixA: false,
    unixD: false,
    full: false,
    bsdU: false,
    noHeaders: false,
    formats: [],
    extraFormats: [],
    pids: [],
    ppids: [],
    uids: [],
    ruids: [],
    comms: [],
    selected: false,
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      i = longOption(o, db, argv, i);
    } else if (a.startsWith('-')) {
      for (let j = 1; j < a.length; j++) {
        const letter = a[j]!;
        const rest = a.slice(j + 1);
        let consumed = false;
        unixOption(o, db, letter, () => {
          consumed = true;
          if (rest !== '') return rest;
          i++;
          return argv[i];
        });
        if (consumed && WITH_ARG.includes(letter)) break;
      }
    } else if (/^\d[\d,]*$/.test(a)) {
      o.pids.push(...pidList(a, 'p'));
      o.selected = true;
    } else {
      for (const letter of a) bsdOption(o, letter);
    }
  }
  return o;
}

function wanted(o: PsOptions, p: ProcInfo, self: ProcInfo | null): boolean {
  if (o.all || (o.bsdA && o.bsdX)) return true;
  const s = p.stat;
  if (o.pids.includes(s.pid) || o.ppids.includes(s.ppid) || o.uids.includes(p.euid)) return true;
  if (o.ruids.includes(p.ruid) || o.comms.includes(s.comm)) return true;
  if (o.unixA) return s.ttyNr !== 0 && s.session !== s.pid;
  if (o.unixD) return s.session !== s.pid;
  if (o.bsdA) return s.ttyNr !== 0;
  if (o.bsdX) return p.euid === self?.euid;
  if (o.selected) return false;
  return p.euid === self?.euid && s.ttyNr === self.stat.ttyNr;
}

function formatList(o: PsOptions): string[] {
  if (o.formats.length > 0) return o.formats;
  if (o.bsdU) return ['user,pid,pcpu,pmem,vsz,rss,tname,stat,start_time,bsdtime,args'];
  if (o.full) return ['uid_hack,pid,ppid,c,stime,tname,time,cmd'];
  if (o.bsdA || o.bsdX) return ['pid,tname,stat,bsdtime,args'];
  if (o.extraFormats.length > 0) return ['pid', ...o.extraFormats, 'tname,time,comm'];
  return ['pid,tname,time,ucmd'];
}

function* context(sys: Sys, db: UserDb): Gen<PsContext> {
  const pidMax = (yield* readSmall(sys, '/proc/sys/kernel/pid_max')).trim();
  const now = yield* sys.clock_gettime(CLOCK_REALTIME);
  return {
    uptime: parseUptime(yield* readSmall(sys, '/proc/uptime'))[0],
    btime: parseSystemStat(yield* readSmall(sys, '/proc/stat')).btime,
    now: now.sec,
    memTotal: parseMeminfo(yield* readSmall(sys, '/proc/meminfo')).get('MemTotal') ?? 0,
    db,
    pidWidth: pidMax === '' ? 7 : pidMax.length,
  };
}

/** Output width: unlimited when stdout is not a terminal (unless COLUMNS says otherwise), as procps. */
function* screenWidth(sys: Sys, envp: readonly string[], o: PsOptions): Gen<number> {
  const columns = Number(getenv(envp, 'COLUMNS'));
  const ws = yield* sys.ioctl(STDOUT, TIOCGWINSZ);
  const tty = typeof ws === 'object' && ws !== null && (ws as Winsize).cols > 0;
  let width = tty ? (ws as Winsize).cols : 2 * 64 * 1024;
  if (tty && o.cols && o.cols > 0) width = o.cols;
  if (Number.isInteger(columns) && columns > 0) width = columns;
  return width;
}

function* psMain(sys: Sys, argv: readonly string[], envp: readonly string[]): Program {
  // procps-ng refuses to run without a procfs (a fresh chroot, /proc unmounted), with status 47.
  if ((yield* readProc(sys, 'self')) === null) {
    yield* writeAll(sys, STDERR, 'Error, do this: mount -t proc proc /proc\n');
    return 47;
  }
  const db = yield* loadUserDb(sys);
  let o: PsOptions;
  let cols: Column[] = [];
  const ctx = yield* context(sys, db);
  try {
    o = parsePsArgs(argv, db);
    for (const f of formatList(o)) {
      const c = parseFormat(f, ctx.pidWidth);
      if ('unknown' in c) throw new PsError(`unknown user-defined format specifier "${c.unknown}"`);
      cols = [...cols, ...c];
    }
  } catch (e) {
    if (!(e instanceof PsError)) throw e;
    yield* writeAll(sys, STDERR, `error: ${e.message}\n${USAGE}`);
    return 1;
  }
  const width = yield* screenWidth(sys, envp, o);
  const self = yield* readProc(sys, 'self');
  const out = new Output(sys, STDOUT);
  const head = headerRow(cols, width);
  if (head !== null && !o.noHeaders) out.print(head + '\n');
  let shown = 0;
  for (const p of yield* readAllProcs(sys)) {
    if (!wanted(o, p, self)) continue;
    yield* out.write(layoutRow(cols, valuesOf(cols, p, ctx), width) + '\n');
    shown++;
  }
  yield* out.flush();
  return shown === 0 ? 1 : 0;
}

export const ps: Command = {
  summary: 'ps - report a snapshot of the current processes.',
  synopsis: 'ps [options]',
  description:
    'List the processes in /proc.  Without options, those of the current terminal.  -e all processes, -f full format, -o FORMAT user-defined columns (pid ppid pgid sid tty comm args user uid stat etime time %cpu %mem rss vsz nlwp ni pri psr lstart...), -p PIDS, -u USERS, --no-headers; BSD style: ps aux.',
  main: psMain,
};
