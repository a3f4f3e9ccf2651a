// System V IPC system calls (svipc(7)): msgget/msgsnd/msgrcv/msgctl, shmget/shmctl and
// semget/semctl over the caller's IPC namespace (ipc/util.c ipcget/ipcperms, ipc/msg.c).

import { E2BIG, EACCES, EAGAIN, EEXIST, EINVAL, ENOENT, ENOMSG, ENOSPC, EPERM } from '../abi/errno';
import {
  IPC_CREAT,
  IPC_EXCL,
  IPC_INFO,
  IPC_NOWAIT,
  IPC_PRIVATE,
  IPC_RMID,
  IPC_STAT,
  MSGMAX,
  MSGMNB,
  MSG_EXCEPT,
  MSG_INFO,
  MSG_NOERROR,
  MSG_STAT,
  SEMMSL,
  SEM_INFO,
  SEM_STAT,
  SHM_INFO,
  SHM_STAT,
} from '../abi/ipc';
import type { IpcMessage, IpcPerm, MsqidDs, SemidDs, ShmidDs } from '../abi/ipc';
import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import { capable } from '../ns/capable';
import { idIn } from '../ns/idmap';
import type { Block } from '../vfs/inode';
import { MsgQueue, SemSet, ShmSegment } from '../ipc/sysv';
import { encode } from '../../lib/utf8';
import type { IpcIds, IpcObject, KernPerm } from '../ipc/sysv';

const S_IRUGO = 0o444;
const S_IWUGO = 0o222;
const SHMMAX = Number.MAX_SAFE_INTEGER;

function ipcOf(t: Task) {
  return t.ns.ipc.sysv;
}

function capableIpc(k: KernelCore, t: Task): boolean {
  return capable(t, t.ns.ipc.owner ?? k.initUser);
}

/** ipcperms(): 0 if the caller may access with `flag`'s permission bits. */
function ipcperms(k: KernelCore, t: Task, p: KernPerm, flag: number): number {
  const requested = (flag >> 6) | (flag >> 3) | flag;
  let granted = p.mode;
  const c = t.cred;
  if (c.euid === p.cuid || c.euid === p.uid) granted >>= 6;
  else if ([c.egid, ...c.groups].some((g) => g === p.cgid || g === p.gid)) granted >>= 3;
  return requested & ~granted & 0o7 && !capableIpc(k, t) ? -EACCES : 0;
}

function newPerm(k: KernelCore, t: Task, key: number, flags: number): KernPerm {
  const c = t.cred;
  const now = k.clock.realtime().sec;
  return {
    id: -1,
    key,
    uid: c.euid,
    gid: c.egid,
    cuid: c.euid,
    cgid: c.egid,
    mode: flags & 0o777,
    ctime: now,
  };
}

/** ipcget(): find by key or create, with IPC_CREAT/IPC_EXCL and permission checks. */
function ipcget<T extends IpcObject>(
  k: KernelCore,
  t: Task,
  ids: IpcIds<T>,
  key: number,
  flags: number,
  create: (perm: KernPerm) => T | number,
  check: (obj: T) => number,
): number {
  const existing = key === IPC_PRIVATE ? undefined : ids.byKey(key);
  if (!existing) {
    if (key !== IPC_PRIVATE && !(flags & IPC_CREAT)) return -ENOENT;
    const obj = create(newPerm(k, t, key, flags));
    if (typeof obj === 'number') return obj;
    const id = ids.add(obj);
    return id < 0 ? -ENOSPC : id;
  }
  if (flags & IPC_CREAT && flags & IPC_EXCL) return -EEXIST;
  const bad = check(existing) || ipcperms(k, t, existing.perm, flags);
  return bad < 0 ? bad : existing.perm.id;
}

/** struct ipc_perm as the caller's user namespace sees it. */
function userPerm(t: Task, p: KernPerm): IpcPerm {
  const u = t.ns.user;
  return {
    key: p.key,
    uid: idIn(u, p.uid, 'uid'),
    gid: idIn(u, p.gid, 'gid'),
    cuid: idIn(u, p.cuid, 'uid'),
    cgid: idIn(u, p.cgid, 'gid'),
    mode: p.mode,
  };
}

function pidOf(t: Task, who: Task | undefined): number {
  return who ? who.pidIn(t.pidns) : 0;
}

/** The object a *ctl call names: by id, or by index for *_STAT; with IPC_STAT's read check. */
function lookup<T extends IpcObject>(
  k: KernelCore,
  t: Task,
  ids: IpcIds<T>,
  id: number,
  byIndex: boolean,
): T | number {
  const obj = byIndex ? ids.byIndex(id) : ids.byId(id);
  if (!obj) return -EINVAL;
  const bad = ipcperms(k, t, obj.perm, S_IRUGO);
  return bad < 0 ? bad : obj;
}

/** IPC_RMID: only the owner, the creator or a capable caller. */
function mayRemove(k: KernelCore, t: Task, p: KernPerm): boolean {
  return t.cred.euid === p.uid || t.cred.euid === p.cuid || capableIpc(k, t);
}

export function sysMsgget(k: KernelCore, t: Task, key: number, flags: number): number {
  return ipcget(
    k,
    t,
    ipcOf(t).msg,
    key,
    flags,
    (perm) => new MsgQueue(perm, MSGMNB),
    () => 0,
  );
}

export function sysMsgctl(k: KernelCore, t: Task, id: number, cmd: number): MsqidDs | number {
  const ids = ipcOf(t).msg;
  if (cmd === MSG_INFO || cmd === IPC_INFO) return Math.max(ids.maxIndex(), 0);
  if (cmd !== IPC_STAT && cmd !== MSG_STAT && cmd !== IPC_RMID) return -EINVAL;
  if (cmd === IPC_RMID) {
    const q = ids.byId(id);
    if (!q) return -EINVAL;
    if (!mayRemove(k, t, q.perm)) return -EPERM;
    ids.remove(q);
    k.wakeAll(q.readWait);
    k.wakeAll(q.writeWait);
    return 0;
  }
  const q = lookup(k, t, ids, id, cmd === MSG_STAT);
  if (typeof q === 'number') return q;
  return {
    id: q.perm.id,
    perm: userPerm(t, q.perm),
    ctime: q.perm.ctime,
    ...{ stime: q.stime, rtime: q.rtime, cbytes: q.cbytes, qnum: q.messages.length, qbytes: q.qbytes },
    ...{ lspid: pidOf(t, q.lspid), lrpid: pidOf(t, q.lrpid) },
  };
}

export function sysMsgsnd(
  k: KernelCore,
  t: Task,
  id: number,
  type: number,
  data: Uint8Array | string,
  flags: number,
): number | Block {
  const bytes = typeof data === 'string' ? encode(data) : data;
  if (type < 1 || bytes.length > MSGMAX) return -EINVAL;
  const q = ipcOf(t).msg.byId(id);
  if (!q) return -EINVAL;
  const bad = ipcperms(k, t, q.perm, S_IWUGO);
  if (bad < 0) return bad;
  if (q.cbytes + bytes.length > q.qbytes || q.messages.length + 1 > q.qbytes)
    return flags & IPC_NOWAIT ? -EAGAIN : { block: q.writeWait };
  q.messages.push({ type, data: bytes.slice() });
  q.cbytes += bytes.length;
  q.lspid = t;
  q.stime = k.clock.realtime().sec;
  k.wakeAll(q.readWait);
  return 0;
}

/** find_msg(): the message msgrcv's type argument selects, or -1. */
function findMessage(q: MsgQueue, type: number, flags: number): number {
  if (type === 0) return q.messages.length > 0 ? 0 : -1;
  if (type > 0) return q.messages.findIndex((m) => (flags & MSG_EXCEPT ? m.type !== type : m.type === type));
  let best = -1;
  q.messages.forEach((m, i) => {
    if (m.type <= -type && (best < 0 || m.type < q.messages[best]!.type)) best = i;
  });
  return best;
}

export function sysMsgrcv(
  k: KernelCore,
  t: Task,
  id: number,
  type: number,
  maxSize: number,
  flags: number,
): IpcMessage | number | Block {
  if (maxSize < 0) return -EINVAL;
  const q = ipcOf(t).msg.byId(id);
  if (!q) return -EINVAL;
  const bad = ipcperms(k, t, q.perm, S_IRUGO);
  if (bad < 0) return bad;
  const i = findMessage(q, type, flags);
  if (i < 0) return flags & IPC_NOWAIT ? -ENOMSG : { block: q.readWait };
  const m = q.messages[i]!;
  if (m.data.length > maxSize && !(flags & MSG_NOERROR)) return -E2BIG;
  q.messages.splice(i, 1);
  q.cbytes -= m.data.length;
  q.lrpid = t;
  q.rtime = k.clock.realtime().sec;
  k.wakeAll(q.writeWait);
  return { type: m.type, data: m.data.slice(0, maxSize) };
}

export function sysShmget(k: KernelCore, t: Task, key: number, size: number, flags: number): number {
  return ipcget(
    k,
    t,
    ipcOf(t).shm,
    key,
    flags,
    (perm) => (size < 1 || size > SHMMAX ? -EINVAL : new ShmSegment(perm, size, t)),
    (seg) => (size > seg.segsz ? -EINVAL : 0),
  );
}

export function sysShmctl(k: KernelCore, t: Task, id: number, cmd: number): ShmidDs | number {
  const ids = ipcOf(t).shm;
  if (cmd === SHM_INFO || cmd === IPC_INFO) return Math.max(ids.maxIndex(), 0);
  if (cmd === IPC_RMID) return removeObject(k, t, ids, id);
  if (cmd !== IPC_STAT && cmd !== SHM_STAT) return -EINVAL;
  const s = lookup(k, t, ids, id, cmd === SHM_STAT);
  if (typeof s === 'number') return s;
  return {
    id: s.perm.id,
    perm: userPerm(t, s.perm),
    ctime: s.perm.ctime,
    ...{ segsz: s.segsz, atime: s.atime, dtime: s.dtime, nattch: s.nattch },
    ...{ cpid: pidOf(t, s.cpid), lpid: 0 },
  };
}

export function sysSemget(k: KernelCore, t: Task, key: number, nsems: number, flags: number): number {
  if (nsems < 0 || nsems > SEMMSL) return -EINVAL;
  return ipcget(
    k,
    t,
    ipcOf(t).sem,
    key,
    flags,
    (perm) => (nsems === 0 ? -EINVAL : new SemSet(perm, nsems)),
    (set) => (nsems > set.nsems ? -EINVAL : 0),
  );
}

export function sysSemctl(k: KernelCore, t: Task, id: number, cmd: number): SemidDs | number {
  const ids = ipcOf(t).sem;
  if (cmd === SEM_INFO || cmd === IPC_INFO) return Math.max(ids.maxIndex(), 0);
  if (cmd === IPC_RMID) return removeObject(k, t, ids, id);
  if (cmd !== IPC_STAT && cmd !== SEM_STAT) return -EINVAL;
  const s = lookup(k, t, ids, id, cmd === SEM_STAT);
  if (typeof s === 'number') return s;
  return { id: s.perm.id, perm: userPerm(t, s.perm), ctime: s.perm.ctime, otime: s.otime, nsems: s.nsems };
}

function removeObject<T extends IpcObject>(k: KernelCore, t: Task, ids: IpcIds<T>, id: number): number {
  const obj = ids.byId(id);
  if (!obj) return -EINVAL;
  if (!mayRemove(k, t, obj.perm)) return -EPERM;
  ids.remove(obj);
  return 0;
}
