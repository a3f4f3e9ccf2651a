// ipcs(1)'s sections (util-linux 2.38.1 ipcs.c do_msg/do_shm/do_sem): one title, a header and a row
// per object for each output format, printf widths and all, trailing blanks included.

import type { MsqidDs, SemidDs, ShmidDs } from '../../../kernel/abi/ipc';
import type { IpcPerm } from '../../../kernel/abi/ipc';
import { ipcTime, keyHex } from '../../libc/sysvipc';
import { ulHumanSize } from '../../libc/ulutil';

export type IpcsFormat = 'default' | 'time' | 'pid' | 'creator';
export type IpcsUnit = 'default' | 'bytes' | 'human';

/** Names for uids and gids (getpwuid/getgrgid), undefined when unknown. */
export interface Names {
  user(uid: number): string | undefined;
  group(gid: number): string | undefined;
}

const l = (v: string | number, w: number): string => String(v).padEnd(w);
const r = (v: string | number, w: number): string => String(v).padStart(w);
const oct = (mode: number): string => (mode & 0o777).toString(8);

/** "%-Wd %-10.10s" with the owner's name, or "%-Wd %-10u" without one. */
function idOwner(id: number, uid: number, names: Names, w: number): string {
  const name = names.user(uid);
  return `${l(id, w)} ${name === undefined ? l(uid, 10) : l(name.slice(0, 10), 10)}`;
}

/** ipc_print_perms(): the creator/owner line. */
export function permsLine(id: number, p: IpcPerm, names: Names): string {
  const u = (uid: number): string => l(names.user(uid) ?? uid, 10);
  const g = (gid: number): string => l(names.group(gid) ?? gid, 10);
  return `${l(id, 10)} ${l(oct(p.mode), 10)} ${u(p.cuid)} ${g(p.cgid)} ${u(p.uid)} ${g(p.gid)}\n`;
}

function size(unit: IpcsUnit, n: number, width: number, end: string): string {
  return unit === 'human' ? r(ulHumanSize(n), 6) + end : l(n, width);
}

const MSG_TITLES: Record<IpcsFormat, string> = {
  default: '------ Message Queues --------',
  time: '------ Message Queues Send/Recv/Change Times --------',
  pid: '------ Message Queues PIDs --------',
  creator: '------ Message Queues Creators/Owners --------',
};

export function msgSection(
  list: readonly MsqidDs[],
  format: IpcsFormat,
  unit: IpcsUnit,
  names: Names,
): string {
  let out = MSG_TITLES[format] + '\n';
  if (format === 'time')
    out += `${l('msqid', 8)} ${l('owner', 10)} ${l('send', 20)} ${l('recv', 20)} ${l('change', 20)}\n`;
  else if (format === 'pid')
    out += `${l('msqid', 10)} ${l('owner', 10)} ${l('lspid', 10)} ${l('lrpid', 10)}\n`;
  else if (format === 'creator')
    out += ['msqid', 'perms', 'cuid', 'cgid', 'uid', 'gid'].map((h) => l(h, 10)).join(' ') + '\n';
  else
    out += `${l('key', 10)} ${l('msqid', 10)} ${l('owner', 10)} ${l('perms', 10)} ${l(unit === 'human' ? 'size' : 'used-bytes', 12)} ${l('messages', 12)}\n`;
  for (const q of list) {
    if (format === 'creator') out += permsLine(q.id, q.perm, names);
    else if (format === 'time')
      out += `${idOwner(q.id, q.perm.uid, names, 8)} ${ipcTime(q.stime, 20, 16, 4)} ${ipcTime(q.rtime, 20, 16, 4)} ${ipcTime(q.ctime, 20, 16, 4)}\n`;
    else if (format === 'pid')
      out += `${idOwner(q.id, q.perm.uid, names, 8)}  ${r(q.lspid, 5)}     ${r(q.lrpid, 5)}\n`;
    else
      out += `${keyHex(q.perm.key)} ${idOwner(q.id, q.perm.uid, names, 10)} ${l(oct(q.perm.mode), 10)} ${size(unit, q.cbytes, 12, '      ')} ${l(q.qnum, 12)}\n`;
  }
  return out;
}

const SHM_TITLES: Record<IpcsFormat, string> = {
  default: '------ Shared Memory Segments --------',
  time: '------ Shared Memory Attach/Detach/Change Times --------',
  pid: '------ Shared Memory Creator/Last-op PIDs --------',
  creator: '------ Shared Memory Segment Creators/Owners --------',
};

export function shmSection(
  list: readonly ShmidDs[],
  format: IpcsFormat,
  unit: IpcsUnit,
  names: Names,
): string {
  let out = SHM_TITLES[format] + '\n';
  if (format === 'time')
    out += `${l('shmid', 10)} ${l('owner', 10)} ${l('attached', 20)} ${l('detached', 20)} ${l('changed', 20)}\n`;
  else if (format === 'pid') out += `${l('shmid', 10)} ${l('owner', 10)} ${l('cpid', 10)} ${l('lpid', 10)}\n`;
  else if (format === 'creator')
    out += ['shmid', 'perms', 'cuid', 'cgid', 'uid', 'gid'].map((h) => l(h, 10)).join(' ') + '\n';
  else
    out += `${l('key', 10)} ${l('shmid', 10)} ${l('owner', 10)} ${l('perms', 10)} ${l(unit === 'human' ? 'size' : 'bytes', 10)} ${l('nattch', 10)} ${l('status', 12)}\n`;
  for (const s of list) {
    if (format === 'creator') out += permsLine(s.id, s.perm, names);
    else if (format === 'time')
      out += `${idOwner(s.id, s.perm.uid, names, 10)} ${ipcTime(s.atime, 20, 16, 4)} ${ipcTime(s.dtime, 20, 16, 4)} ${ipcTime(s.ctime, 20, 16, 4)}\n`;
    else if (format === 'pid')
      out += `${idOwner(s.id, s.perm.uid, names, 10)} ${l(s.cpid, 10)} ${l(s.lpid, 10)}\n`;
    else
      out += `${keyHex(s.perm.key)} ${idOwner(s.id, s.perm.uid, names, 10)} ${l(oct(s.perm.mode), 10)} ${size(unit, s.segsz, 10, '    ')} ${l(s.nattch, 10)} ${l(' ', 6)} ${l(' ', 6)}\n`;
  }
  return out;
}

const SEM_TITLES: Record<IpcsFormat, string> = {
  default: '------ Semaphore Arrays --------',
  time: '------ Semaphore Operation/Change Times --------',
  pid: '',
  creator: '------ Semaphore Arrays Creators/Owners --------',
};

export function semSection(list: readonly SemidDs[], format: IpcsFormat, names: Names): string {
  if (format === 'pid') return '';
  let out = SEM_TITLES[format] + '\n';
  if (format === 'time')
    out += `${l('semid', 8)} ${l('owner', 10)} ${l('last-op', 26)} ${l('last-changed', 26)}\n`;
  else if (format === 'creator')
    out += ['semid', 'perms', 'cuid', 'cgid', 'uid', 'gid'].map((h) => l(h, 10)).join(' ') + '\n';
  else out += `${l('key', 10)} ${l('semid', 10)} ${l('owner', 10)} ${l('perms', 10)} ${l('nsems', 10)}\n`;
  for (const s of list) {
    if (format === 'creator') out += permsLine(s.id, s.perm, names);
    else if (format === 'time')
      out += `${idOwner(s.id, s.perm.uid, names, 8)}  ${ipcTime(s.otime, 26, 24)} ${ipcTime(s.ctime, 26, 24)}\n`;
    else
      out += `${keyHex(s.perm.key)} ${idOwner(s.id, s.perm.uid, names, 10)} ${l(oct(s.perm.mode), 10)} ${l(s.nsems, 10)}\n`;
  }
  return out;
}
