// ipcs(1) from util-linux 2.38.1: show the System V message queues, shared memory segments and
// semaphore arrays of the caller's IPC namespace (-q/-m/-s, default all), as a list (-t times, -p
// pids, -c creators), a summary (-u), the limits (-l), or one object in detail (-i ID).
//
// Simplification: objects are read with *_STAT system calls (util-linux prefers /proc/sysvipc);
// limits are the kernel defaults; semaphore values are always 0 (there is no semop).

import type { Command } from '../command';
import { MSGMAX, MSGMNB, MSGMNI, SEMMNI, SEMMSL, SHMMNI } from '../../kernel/abi/ipc';
import type { Gen, Program, Sys } from '../sys';
import { getopt, tryHelp } from '../libc/getopt';
import { Output, STDOUT, warn } from '../libc/io';
import { groupById, loadUserDb, userById } from '../libc/pwd';
import { ctimeText, ipcList, ipcStat } from '../libc/sysvipc';
import { UlError, parseS32OrErr, ulVersion } from '../libc/ulutil';
import { msgSection, semSection, shmSection } from './ipcs/format';
import type { IpcsFormat, IpcsUnit, Names } from './ipcs/format';
import { IPCS_HELP, IPCS_SPECS } from './ipcs/options';

const PROG = 'ipcs';

interface Request {
  msg: boolean;
  shm: boolean;
  sem: boolean;
  id: number | undefined;
  format: IpcsFormat | 'status' | 'limits';
  unit: IpcsUnit;
}

const detailTime = (sec: number): string => (sec ? ctimeText(sec) : 'Not set').padEnd(26);

function* summary(sys: Sys, r: Request): Gen<string> {
  let out = '';
  if (r.msg) {
    const qs = yield* ipcList(sys, 'msg');
    const bytes = qs.reduce((n, q) => n + q.cbytes, 0);
    out += `------ Messages Status --------\nallocated queues = ${qs.length}\n`;
    out += `used headers = ${qs.reduce((n, q) => n + q.qnum, 0)}\nused space = ${bytes} bytes\n\n`;
  }
  if (r.shm) {
    const ss = yield* ipcList(sys, 'shm');
    const pages = ss.reduce((n, s) => n + Math.ceil(s.segsz / 4096), 0);
    out += `------ Shared Memory Status --------\nsegments allocated ${ss.length}\npages allocated ${pages}\n`;
    out += 'pages resident  0\npages swapped   0\nSwap performance: 0 attempts\t 0 successes\n\n';
  }
  if (r.sem) {
    const ss = yield* ipcList(sys, 'sem');
    out += `------ Semaphore Status --------\nused arrays = ${ss.length}\n`;
    out += `allocated semaphores = ${ss.reduce((n, s) => n + s.nsems, 0)}\n\n`;
  }
  return out;
}

function limits(r: Request): string {
  let out = '';
  if (r.msg)
    out += `------ Messages Limits --------\nmax queues system wide = ${MSGMNI}\nmax size of message (bytes) = ${MSGMAX}\ndefault max size of queue (bytes) = ${MSGMNB}\n\n`;
  if (r.shm)
    out += `------ Shared Memory Limits --------\nmax number of segments = ${SHMMNI}\nmax seg size (kbytes) = 18014398509465599\nmax total shared memory (kbytes) = 18446744073709551612\nmin seg size (bytes) = 1\n\n`;
  if (r.sem)
    out += `------ Semaphore Limits --------\nmax number of arrays = ${SEMMNI}\nmax semaphores per array = ${SEMMSL}\nmax semaphores system wide = 1024000000\nmax ops per semop call = 500\nsemaphore max value = 32767\n\n`;
  return out;
}

function* lists(sys: Sys, r: Request, format: IpcsFormat, names: Names): Gen<string> {
  let out = '';
  if (r.msg) out += msgSection(yield* ipcList(sys, 'msg'), format, r.unit, names) + '\n';
  if (r.shm) out += shmSection(yield* ipcList(sys, 'shm'), format, r.unit, names) + '\n';
  if (r.sem) out += semSection(yield* ipcList(sys, 'sem'), format, names) + '\n';
  return out;
}

/** print_msg/print_shm/print_sem: one object in detail; a missing id is only a warning. */
function* detail(sys: Sys, r: Request, id: number): Gen<string | UlError> {
  const kind = r.msg ? 'msg' : r.shm ? 'shm' : 'sem';
  const s = yield* ipcStat(sys, kind, id);
  if (typeof s === 'number') return new UlError(`id ${id} not found`, 0);
  const p = s.perm;
  const mode = '0' + p.mode.toString(8);
  if ('qnum' in s)
    return `\nMessage Queue msqid=${id}\nuid=${p.uid}\tgid=${p.gid}\tcuid=${p.cuid}\tcgid=${p.cgid}\tmode=${mode}\ncbytes=${s.cbytes}\tqbytes=${s.qbytes}\tqnum=${s.qnum}\tlspid=${s.lspid}\tlrpid=${s.lrpid}\nsend_time=${detailTime(s.stime)}\nrcv_time=${detailTime(s.rtime)}\nchange_time=${detailTime(s.ctime)}\n\n`;
  if ('segsz' in s)
    return `\nShared memory Segment shmid=${id}\nuid=${p.uid}\tgid=${p.gid}\tcuid=${p.cuid}\tcgid=${p.cgid}\nmode=${mode}\taccess_perms=${mode}\nbytes=${s.segsz}\tlpid=${s.lpid}\tcpid=${s.cpid}\tnattch=${s.nattch}\natt_time=${detailTime(s.atime)}\ndet_time=${detailTime(s.dtime)}\nchange_time=${detailTime(s.ctime)}\n\n`;
  let out = `\nSemaphore Array semid=${id}\nuid=${p.uid}\t gid=${p.gid}\t cuid=${p.cuid}\t cgid=${p.cgid}\nmode=${mode}, access_perms=${mode}\nnsems = ${s.nsems}\notime = ${detailTime(s.otime)}\nctime = ${detailTime(s.ctime)}\n`;
  out += ['semnum', 'value', 'ncount', 'zcount', 'pid'].map((h) => h.padEnd(10)).join(' ') + '\n';
  for (let i = 0; i < s.nsems; i++) out += [i, 0, 0, 0, 0].map((v) => String(v).padEnd(10)).join(' ') + '\n';
  return out + '\n';
}

function parse(argv: readonly string[]): Request | UlError | 'help' | 'version' {
  const p = getopt(PROG, argv.slice(1), IPCS_SPECS);
  if (!p.ok) return new UlError(`${p.message}\n${tryHelp(PROG)}`);
  const r: Request = {
    msg: false,
    shm: false,
    sem: false,
    id: undefined,
    format: 'default',
    unit: 'default',
  };
  for (const o of p.options) {
    if (o.key === 'h' || o.key === 'V') return o.key === 'h' ? 'help' : 'version';
    if (o.key === 'i') {
      const id = parseS32OrErr(o.value ?? '', 'failed to parse id argument');
      if (id instanceof UlError) return new UlError(`${PROG}: ${id.message}`);
      r.id = id;
    } else if (o.key === 'q' || o.key === 'm' || o.key === 's')
      r[o.key === 'q' ? 'msg' : o.key === 'm' ? 'shm' : 'sem'] = true;
    else if (o.key === 'a') r.msg = r.shm = r.sem = true;
    else if (o.key === 'human' || o.key === 'b') r.unit = o.key === 'b' ? 'bytes' : 'human';
    else
      r.format =
        ({ t: 'time', p: 'pid', c: 'creator', l: 'limits', u: 'status' } as const)[o.key as 't'] ?? r.format;
  }
  return r;
}

function* ipcsMain(sys: Sys, argv: readonly string[]): Program {
  const r = parse(argv);
  const out = new Output(sys, STDOUT);
  if (r === 'help' || r === 'version') {
    out.print(r === 'help' ? IPCS_HELP : ulVersion(PROG));
    return (yield* out.flush()) < 0 ? 1 : 0;
  }
  if (r instanceof UlError) {
    yield* warn(sys, r.message);
    return 1;
  }
  if (r.id !== undefined) {
    if (Number(r.msg) + Number(r.shm) + Number(r.sem) !== 1) {
      yield* warn(sys, `${PROG}: when using an ID, a single resource must be specified`);
      return 1;
    }
    const text = yield* detail(sys, r, r.id);
    if (text instanceof UlError) yield* warn(sys, `${PROG}: ${text.message}`);
    else out.print(text);
    return (yield* out.flush()) < 0 ? 1 : 0;
  }
  if (!r.msg && !r.shm && !r.sem) r.msg = r.shm = r.sem = true;
  const db = yield* loadUserDb(sys);
  const names: Names = { user: (uid) => userById(db, uid)?.name, group: (gid) => groupById(db, gid)?.name };
  out.print('\n');
  if (r.format === 'status') out.print(yield* summary(sys, r));
  else if (r.format === 'limits') out.print(limits(r));
  else out.print(yield* lists(sys, r, r.format, names));
  return (yield* out.flush()) < 0 ? 1 : 0;
}

export const ipcs: Command = {
  summary: 'ipcs - show information on IPC facilities',
  synopsis: 'ipcs [resource-option...] [output-option]\nipcs -m|-q|-s -i <id>',
  description:
    'List the System V message queues (-q), shared memory segments (-m) and semaphore arrays (-s) of this IPC namespace; all three by default.  -t, -p and -c show times, pids and creators, -u a summary, -l the limits, -i ID one object in detail.',
  main: ipcsMain,
};
