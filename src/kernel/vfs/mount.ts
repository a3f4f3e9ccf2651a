// Mounts and mount namespaces (fs/mount.h, mount_namespaces(7)).
//
// A Mount attaches a filesystem's (sub)tree at a mountpoint inode of its parent mount. A mount
// namespace is the tree of mounts a task sees. Path walking crosses from a mountpoint inode into
// the mount on it via `Mount.children`.
// Invariant: children.get(inode) is the mount whose mountpoint is `inode` in this mount; mounting
// twice on one path stacks: the second mount's mountpoint is the first one's root.

import type { DirInode, Inode } from './inode';
import type { SuperBlock } from './superblock';
import type { UserNamespace } from '../ns/nsproxy';

export type Propagation = 'private' | 'shared' | 'slave' | 'unbindable';

export class Mount {
  readonly children = new Map<Inode, Mount>();
  propagation: Propagation = 'private';
  /** For a mount on a non-directory (a bind-mounted file): the directory and name it sits at. */
  leaf: { dir: DirInode; name: string } | undefined;
  peerGroup = 0;
  masterGroup = 0;

  constructor(
    readonly id: number,
    readonly sb: SuperBlock,
    /** Root of this mount within its filesystem (not the fs root for bind mounts of a subdir). */
    readonly root: DirInode | Inode,
    public parent: Mount | undefined,
    public mountpoint: Inode | undefined,
    /** MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC | MS_*ATIME (per-mount flags). */
    public flags: number,
    readonly source: string,
    public ns: MountNamespace,
  ) {}
}

export class MountNamespace {
  root!: Mount;

  constructor(
    readonly inum: number,
    /** The user namespace that owns it (undefined: the initial one). */
    readonly owner?: UserNamespace,
  ) {}

  /** All mounts in tree order (parents before children), as /proc/PID/mountinfo lists them. */
  mounts(): Mount[] {
    const out: Mount[] = [];
    const visit = (m: Mount): void => {
      out.push(m);
      const kids = [...m.children.values()].sort((a, b) => a.id - b.id);
      for (const c of kids) visit(c);
    };
    visit(this.root);
    return out;
  }
}

/** A location in the mount tree: struct path { vfsmount, dentry }. */
export interface Path {
  readonly mnt: Mount;
  readonly inode: Inode;
}
