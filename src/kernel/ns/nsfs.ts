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
import { PidNamespace, UserNamespace } from './nsproxy';
import { EINVAL, ENOTTY, EPERM } from '../abi/errno';
import { O_RDONLY } from '../abi/fcntl';
import { OpenFile } from '../vfs/file';

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

  /** ioctl_ns(2): NS_GET_USERNS, NS_GET_PARENT (a new fd) and NS_GET_NSTYPE. */
  override ioctl(_file: OpenFile, request: number): unknown {
    const k = this.sb.kernel;
    const task = k.current;
    if (request === NS_GET_NSTYPE) return NSTYPE_FLAGS[this.nsType];
    let target: Namespace | undefined;
    let type: NsType = 'user';
    if (request === NS_GET_USERNS) {
      target =
        this.ns instanceof UserNamespace
          ? (this.ns.parent ?? undefined)
          : ((this.ns as { owner?: UserNamespace }).owner ?? k.initUser);
    } else if (request === NS_GET_PARENT) {
      if (this.ns instanceof UserNamespace || this.ns instanceof PidNamespace) target = this.ns.parent;
      else return -EINVAL;
      type = this.nsType;
    } else return -ENOTTY;
    if (!target || !task) return -EPERM;
    const p = k.nsfs.path(target, type);
    return task.fds.install(new OpenFile(p.inode, p.mnt, O_RDONLY, `${type}:[${target.inum}]`), true);
  }
}

export const NS_GET_USERNS = 0xb701;
export const NS_GET_PARENT = 0xb702;
export const NS_GET_NSTYPE = 0xb703;

const NSTYPE_FLAGS: Record<NsType, number> = {
  mnt: 0x00020000,
  cgroup: 0x02000000,
  uts: 0x04000000,
  ipc: 0x08000000,
  user: 0x10000000,
  pid: 0x20000000,
  net: 0x40000000,
  time: 0x00000080,
};

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
