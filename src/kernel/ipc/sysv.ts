// System V IPC objects of one IPC namespace (svipc(7), ipc/util.c, ipc/msg.c): message queues,
// shared memory segments and semaphore sets, each kind in its own id table. Ids are allocated like
// ipc_idr_alloc(): the slot index cycles upwards through max(in_use*3/2, 64) slots, and the
// sequence number (id = seq * 32768 + index) grows whenever allocation wraps to a lower index.
// Simplification: shared memory cannot be attached (no shmat) and semaphores cannot be operated
// on (no semop); both exist so ipcmk/ipcs/ipcrm can create, list and remove them.

import type { Task } from '../task/task';
import { WaitQueue } from '../vfs/inode';

/** ipc_mni and the index bits of an id (IPCMNI_SHIFT). */
const IPCMNI = 32768;
const MIN_CYCLE = 64;
const SEQ_MAX = 0x7fffffff >> 15;

/** struct kern_ipc_perm: ids are global (initial user namespace) ids. */
export interface KernPerm {
  id: number;
  readonly key: number;
  uid: number;
  gid: number;
  readonly cuid: number;
  readonly cgid: number;
  mode: number;
  ctime: number;
}

export interface IpcObject {
  readonly perm: KernPerm;
}

export class MsgQueue implements IpcObject {
  readonly messages: Array<{ readonly type: number; readonly data: Uint8Array }> = [];
  cbytes = 0;
  stime = 0;
  rtime = 0;
  lspid: Task | undefined;
  lrpid: Task | undefined;
  /** Readers wait for a message, writers for room. */
  readonly readWait = new WaitQueue();
  readonly writeWait = new WaitQueue();

  constructor(
    readonly perm: KernPerm,
    public qbytes: number,
  ) {}
}

export class ShmSegment implements IpcObject {
  atime = 0;
  dtime = 0;
  nattch = 0;

  constructor(
    readonly perm: KernPerm,
    readonly segsz: number,
    readonly cpid: Task,
  ) {}
}

export class SemSet implements IpcObject {
  otime = 0;

  constructor(
    readonly perm: KernPerm,
    readonly nsems: number,
  ) {}
}

/** One kind's id table (struct ipc_ids). */
export class IpcIds<T extends IpcObject> {
  private readonly slots = new Map<number, T>();
  private lastIdx = -1;
  private nextIdx = 0;
  private seq = 0;

  constructor(readonly limit: number) {}

  get inUse(): number {
    return this.slots.size;
  }

  /** Place a new object; returns its id, or -1 when the table is full. */
  add(obj: T): number {
    if (this.slots.size >= this.limit) return -1;
    const max = Math.min(Math.max(Math.floor((this.slots.size * 3) / 2), MIN_CYCLE), IPCMNI);
    const idx = this.freeIndex(max);
    if (idx < 0) return -1;
    if (idx <= this.lastIdx) this.seq = this.seq + 1 >= SEQ_MAX ? 0 : this.seq + 1;
    this.lastIdx = idx;
    this.nextIdx = idx + 1;
    this.slots.set(idx, obj);
    obj.perm.id = this.seq * IPCMNI + idx;
    return obj.perm.id;
  }

  /** idr_alloc_cyclic(0, max): the first free index from the cursor, wrapping to 0. */
  private freeIndex(max: number): number {
    for (let i = this.nextIdx; i < max; i++) if (!this.slots.has(i)) return i;
    for (let i = 0; i < Math.min(this.nextIdx, max); i++) if (!this.slots.has(i)) return i;
    return -1;
  }

  byId(id: number): T | undefined {
    const obj = id < 0 ? undefined : this.slots.get(id % IPCMNI);
    return obj && obj.perm.id === id ? obj : undefined;
  }

  byIndex(idx: number): T | undefined {
    return this.slots.get(idx);
  }

  byKey(key: number): T | undefined {
    for (const obj of this.slots.values()) if (obj.perm.key === key) return obj;
    return undefined;
  }

  remove(obj: T): void {
    this.slots.delete(obj.perm.id % IPCMNI);
  }

  /** ipc_get_maxidx(): the highest index in use, -1 if none. */
  maxIndex(): number {
    let max = -1;
    for (const i of this.slots.keys()) if (i > max) max = i;
    return max;
  }

  all(): T[] {
    return [...this.slots.values()];
  }
}

/** The System V IPC objects of one IPC namespace; a new namespace starts empty. */
export class SysvIpc {
  readonly msg = new IpcIds<MsgQueue>(32000);
  readonly shm = new IpcIds<ShmSegment>(4096);
  readonly sem = new IpcIds<SemSet>(32000);
}
