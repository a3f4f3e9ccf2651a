// System V IPC (svipc(7)): flags and commands of msgget/msgctl/shmget/shmctl/semget/semctl
// (include/uapi/linux/ipc.h, msg.h, shm.h, sem.h) and the *_ds structures IPC_STAT returns.

export const IPC_PRIVATE = 0;
export const IPC_CREAT = 0o1000;
export const IPC_EXCL = 0o2000;
export const IPC_NOWAIT = 0o4000;

export const IPC_RMID = 0;
export const IPC_SET = 1;
export const IPC_STAT = 2;
export const IPC_INFO = 3;

/** msgctl: stat by index into the kernel's table, and the highest used index. */
export const MSG_STAT = 11;
export const MSG_INFO = 12;
export const SHM_STAT = 13;
export const SHM_INFO = 14;
export const SEM_STAT = 18;
export const SEM_INFO = 19;

/** msgrcv flags. */
export const MSG_NOERROR = 0o10000;
export const MSG_EXCEPT = 0o20000;

/** Default limits (/proc/sys/kernel/msgmni, msgmax, msgmnb, shmmni, semmni, semmsl). */
export const MSGMNI = 32000;
export const MSGMAX = 8192;
export const MSGMNB = 16384;
export const SHMMNI = 4096;
export const SEMMNI = 32000;
export const SEMMSL = 32000;

/** struct ipc_perm, with ids as seen from the caller's user namespace. */
export interface IpcPerm {
  readonly key: number;
  readonly uid: number;
  readonly gid: number;
  readonly cuid: number;
  readonly cgid: number;
  /** Permission bits (low 9 bits of the get call's flags). */
  readonly mode: number;
}

/** What IPC_STAT / *_STAT return for any of the three kinds; times in seconds, 0 when never. */
export interface IpcStat {
  /** The identifier (for *_STAT by index, the id of that slot). */
  readonly id: number;
  readonly perm: IpcPerm;
  readonly ctime: number;
}

/** struct msqid_ds. */
export interface MsqidDs extends IpcStat {
  readonly stime: number;
  readonly rtime: number;
  /** Bytes and messages on the queue, and its byte limit. */
  readonly cbytes: number;
  readonly qnum: number;
  readonly qbytes: number;
  readonly lspid: number;
  readonly lrpid: number;
}

/** struct shmid_ds. */
export interface ShmidDs extends IpcStat {
  readonly segsz: number;
  readonly atime: number;
  readonly dtime: number;
  readonly cpid: number;
  readonly lpid: number;
  readonly nattch: number;
}

/** struct semid_ds. */
export interface SemidDs extends IpcStat {
  readonly otime: number;
  readonly nsems: number;
}

/** A message taken off a queue by msgrcv. */
export interface IpcMessage {
  readonly type: number;
  readonly data: Uint8Array;
}
