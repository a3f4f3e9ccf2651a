// A mounted filesystem instance (struct super_block): its device number, inode allocator and the
// factory for new inodes. tmpfs, proc, devpts, cgroup and overlay each make one per mount.

import { S_IFBLK, S_IFCHR, S_IFDIR, S_IFIFO, S_IFLNK, S_IFMT, S_IFREG, S_IFSOCK } from '../abi/stat';
import { EINVAL } from '../abi/errno';
import type { Inode } from './inode';
import { DeviceInode, DirInode, RegularInode, SymlinkInode } from './inode';
import { FifoInode } from '../ipc/pipe';
import type { KernelCore } from '../core';

export interface StatFsInfo {
  readonly type: number;
  readonly bsize: number;
  readonly blocks: number;
  readonly bfree: number;
  readonly files: number;
  readonly ffree: number;
}

export class SuperBlock {
  private nextIno: number;
  root!: DirInode;
  /** Filesystem-wide mount options shown in mountinfo's last field (e.g. "rw,size=..."). */
  options = 'rw';
  readOnly = false;
  /** Whether files take storage (st_blocks); proc, sysfs and cgroupfs files take none. */
  backed = true;

  constructor(
    readonly kernel: KernelCore,
    readonly fstype: string,
    readonly dev: number,
    readonly magic: number,
    firstIno = 1,
  ) {
    this.nextIno = firstIno;
  }

  /** Kernel time: nanoseconds since the boot second (see clock.ts). */
  now(): number {
    return this.kernel.clock.monotonicNs;
  }

  allocIno(): number {
    return this.nextIno++;
  }

  /** Make an unattached inode of the type in `mode` (S_IFREG|0644, S_IFDIR|0755, ...). */
  makeInode(mode: number, rdev = 0, symlinkTarget = ''): Inode | number {
    const ino = this.allocIno();
    switch (mode & S_IFMT) {
      case S_IFREG:
        return new RegularInode(this, ino, mode);
      case S_IFDIR:
        return new DirInode(this, ino, mode);
      case S_IFLNK:
        return new SymlinkInode(this, ino, symlinkTarget);
      case S_IFCHR:
      case S_IFBLK:
        return new DeviceInode(this, ino, mode, rdev);
      case S_IFIFO:
      case S_IFSOCK:
        return new FifoInode(this, ino, mode);
      default:
        return -EINVAL;
    }
  }

  /** Size limit in bytes (tmpfs: half of RAM by default); 0 for pseudo filesystems. */
  sizeLimit = 0;

  statfs(): StatFsInfo {
    if (this.sizeLimit === 0)
      return { type: this.magic, bsize: 4096, blocks: 0, bfree: 0, files: 0, ffree: 0 };
    let bytes = 0;
    let inodes = 0;
    const seen = new Set<Inode>();
    const walk = (dir: DirInode): void => {
      for (const [, child] of dir.entries) {
        if (seen.has(child)) continue;
        seen.add(child);
        inodes++;
        bytes += Math.ceil(child.size() / 4096) * 4096;
        if (child instanceof DirInode) walk(child);
      }
    };
    walk(this.root);
    const blocks = Math.floor(this.sizeLimit / 4096);
    const files = Math.floor(this.sizeLimit / 8192);
    return {
      type: this.magic,
      bsize: 4096,
      blocks,
      bfree: Math.max(0, blocks - bytes / 4096),
      files,
      ffree: files - inodes,
    };
  }
}
