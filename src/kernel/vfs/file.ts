// Open file descriptions (struct file) and per-task file descriptor tables (struct files_struct).

import { O_ACCMODE, O_RDONLY, O_WRONLY } from '../abi/fcntl';
import { EBADF, EMFILE } from '../abi/errno';
import type { Inode, IoResult, Block } from './inode';
import type { Mount } from './mount';

/** A character-device driver (struct file_operations of a device). */
export interface Driver {
  open?(file: OpenFile): number;
  read(file: OpenFile, pos: number, count: number): IoResult;
  write(file: OpenFile, pos: number, data: Uint8Array): number | Block;
  ioctl?(file: OpenFile, request: number, arg: unknown): unknown;
  release?(file: OpenFile): void;
}

/**
 * Invariant: refs counts the fd-table slots (across all tasks) pointing here; at 0 the inode's
 * release hook runs (closing the last write end of a pipe wakes its readers).
 */
export class OpenFile {
  pos = 0;
  refs = 0;
  driver: Driver | undefined;
  /** Per-open private state of a driver or pipe end. */
  private_: unknown;
  /** Directory read position for getdents64. */
  dirDone = false;

  constructor(
    readonly inode: Inode,
    readonly mount: Mount | undefined,
    public flags: number,
    /** The path it was opened by, as /proc/PID/fd links show. */
    readonly path: string,
  ) {}

  canRead(): boolean {
    return (this.flags & O_ACCMODE) !== O_WRONLY;
  }

  canWrite(): boolean {
    return (this.flags & O_ACCMODE) !== O_RDONLY;
  }
}

export interface FdEntry {
  readonly file: OpenFile;
  cloexec: boolean;
}

export const NR_OPEN = 1024;

export class FdTable {
  readonly fds = new Map<number, FdEntry>();

  get(fd: number): OpenFile | undefined {
    return this.fds.get(fd)?.file;
  }

  /** Install at the lowest free fd ≥ min. */
  install(file: OpenFile, cloexec: boolean, min = 0): number {
    let fd = min;
    while (this.fds.has(fd)) fd++;
    if (fd >= NR_OPEN) return -EMFILE;
    file.refs++;
    this.fds.set(fd, { file, cloexec });
    return fd;
  }

  /** Install at exactly fd, closing what was there. */
  installAt(fd: number, file: OpenFile, cloexec: boolean): number {
    if (fd < 0 || fd >= NR_OPEN) return -EBADF;
    file.refs++;
    const old = this.fds.get(fd);
    this.fds.set(fd, { file, cloexec });
    if (old) releaseFile(old.file);
    return fd;
  }

  close(fd: number): number {
    const entry = this.fds.get(fd);
    if (!entry) return -EBADF;
    this.fds.delete(fd);
    releaseFile(entry.file);
    return 0;
  }

  closeAll(): void {
    for (const fd of [...this.fds.keys()]) this.close(fd);
  }

  closeOnExec(): void {
    for (const [fd, entry] of [...this.fds]) if (entry.cloexec) this.close(fd);
  }

  /** fork: a copy sharing the same open file descriptions. */
  clone(): FdTable {
    const copy = new FdTable();
    for (const [fd, entry] of this.fds) {
      entry.file.refs++;
      copy.fds.set(fd, { file: entry.file, cloexec: entry.cloexec });
    }
    return copy;
  }
}

export function releaseFile(file: OpenFile): void {
  file.refs--;
  if (file.refs === 0) file.inode.release(file);
}
