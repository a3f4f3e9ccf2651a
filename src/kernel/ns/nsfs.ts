// nsfs: the pseudo filesystem behind /proc/PID/ns/* (fs/nsfs.c). Following one of those magic links
// lands on an inode whose number is the namespace's; opening it gives a file setns(2) accepts, and
// two processes share a namespace exactly when these inodes are the same.

import { S_IFDIR, S_IFREG } from '../abi/stat';
import type { KernelCore } from '../core';
import { DirInode, Inode } from '../vfs/inode';
import { Mount } from '../vfs/mount';
import type { Path } from '../vfs/mount';
import { SuperBlock } from '../vfs/superblock';
import type { Namespace, NsType } from './nsproxy';

export const NSFS_MAGIC = 0x6e736673;

export class NsInode extends Inode {
  constructor(
    sb: SuperBlock,
    readonly ns: Namespace,
    readonly nsType: NsType,
  ) {
    super(sb, ns.inum, S_IFREG | 0o444);
  }

  size(): number {
    return 0;
  }
}

export class Nsfs {
  private readonly inodes = new WeakMap<Namespace, NsInode>();
  readonly sb: SuperBlock;
  private readonly mount: Mount;

  constructor(k: KernelCore) {
    this.sb = new SuperBlock(k, 'nsfs', 4, NSFS_MAGIC);
    this.sb.root = new DirInode(this.sb, 1, S_IFDIR | 0o555);
    this.mount = new Mount(0, this.sb, this.sb.root, undefined, undefined, 0, 'nsfs', k.initMntNs);
  }

  path(ns: Namespace, type: NsType): Path {
    let inode = this.inodes.get(ns);
    if (!inode) {
      inode = new NsInode(this.sb, ns, type);
      this.inodes.set(ns, inode);
    }
    return { mnt: this.mount, inode };
  }
}
