// What ipcs, ipcmk and ipcrm (util-linux 2.38.1 ipcutils.c) share: the three System V IPC kinds
// with their calls, listing every object of a kind (*_INFO for the highest index, then *_STAT per
// index), ctime(3) text, and libc-style keys.
//
// Simplification: objects are read with *_STAT, never from /proc/sysvipc.

import {
  IPC_RMID,
  IPC_STAT,
  MSG_INFO,
  MSG_STAT,
  SEM_INFO,
  SEM_STAT,
  SHM_INFO,
  SHM_STAT,
} from '../../kernel/abi/ipc';
import type { MsqidDs, SemidDs, ShmidDs } from '../../kernel/abi/ipc';
import type { Gen, Sys } from '../sys';
import { gmtime, strftime } from './strftime';

export type IpcKind = 'msg' | 'shm' | 'sem';

/** The object types each kind's stat returns. */
export interface IpcKinds {
  msg: MsqidDs;
  shm: ShmidDs;
  sem: SemidDs;
}

/** *ctl(id, cmd) for a kind. */
export function* ipcctl<K extends IpcKind>(
  sys: Sys,
  kind: K,
  id: number,
  cmd: number,
): Gen<IpcKinds[K] | number> {
  const r =
    kind === 'msg'
      ? yield* sys.msgctl(id, cmd)
      : kind === 'shm'
        ? yield* sys.shmctl(id, cmd)
        : yield* sys.semctl(id, cmd);
  return r as IpcKinds[K] | number;
}

const INFO: Record<IpcKind, readonly [info: number, stat: number]> = {
  msg: [MSG_INFO, MSG_STAT],
  shm: [SHM_INFO, SHM_STAT],
  sem: [SEM_INFO, SEM_STAT],
};

/** Every object of a kind in index order (what ipcs lists and ipcrm -a removes). */
export function* ipcList<K extends IpcKind>(sys: Sys, kind: K): Gen<Array<IpcKinds[K]>> {
  const [info, stat] = INFO[kind];
  const max = yield* ipcctl(sys, kind, 0, info);
  const out: Array<IpcKinds[K]> = [];
  if (typeof max !== 'number') return out;
  for (let i = 0; i <= max; i++) {
    const s = yield* ipcctl(sys, kind, i, stat);
    if (typeof s !== 'number') out.push(s);
  }
  return out;
}

/** IPC_STAT of one id, or -errno. */
export function* ipcStat<K extends IpcKind>(sys: Sys, kind: K, id: number): Gen<IpcKinds[K] | number> {
  return yield* ipcctl(sys, kind, id, IPC_STAT);
}

/** IPC_RMID of one id. */
export function* ipcRemove(sys: Sys, kind: IpcKind, id: number): Gen<number> {
  const r = yield* ipcctl(sys, kind, id, IPC_RMID);
  return typeof r === 'number' ? r : 0;
}

/** ctime(3) without the newline: "Wed Nov 25 07:43:17 2026" (UTC). */
export function ctimeText(sec: number): string {
  return strftime('%a %b %e %H:%M:%S %Y', gmtime(sec));
}

/** printf("%-W.Ps", t ? ctime(&t) + skip : "Not set"): ipcs's time columns. */
export function ipcTime(sec: number, width: number, precision: number, skip = 0): string {
  const text = sec ? (ctimeText(sec) + '\n').slice(skip, skip + precision) : 'Not set';
  return text.padEnd(width);
}

/** key_t as printf("0x%08x") shows it. */
export function keyHex(key: number): string {
  return '0x' + (key >>> 0).toString(16).padStart(8, '0');
}
