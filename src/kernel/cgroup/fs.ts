// cgroupfs (cgroup2 and v1 "cgroup" mounts): each cgroup is a directory of interface files plus
// its child cgroups. mkdir creates a cgroup, rmdir removes an empty one (EBUSY otherwise),
// creating a plain file is refused (EACCES), and reads and writes go to the files' handlers.

import { EACCES, EAGAIN, EBUSY, EINVAL } from '../abi/errno';
import { S_IFDIR, S_IFMT, S_IFREG } from '../abi/stat';
import { bytesToLatin1, encode } from '../../lib/utf8';
import type { KernelCore } from '../core';
import type { Task } from '../task/task';
import { DirInode, Inode } from '../vfs/inode';
import type { Block, IoResult } from '../vfs/inode';
import type { OpenFile } from '../vfs/file';
import { SuperBlock } from '../vfs/superblock';
import { anonDev } from '../fs/registry';
import { Cgroup } from './cgroup';
import type { Hierarchy } from './cgroup';
import type { CgroupManager } from './manager';
import { filesOf } from './files';
import type { CgroupFile } from './files';

export const CGROUP_SUPER_MAGIC = 0x27e0eb;
export const CGROUP2_SUPER_MAGIC = 0x63677270;

/** What the interface files need from the kernel. */
export interface CgroupHost {
  readonly manager: CgroupManager;
  /** The task doing the read or write. */
  reader(): Task | undefined;
  /** Limits or freezing changed: the scheduler must look again. */
  changed(): void;
  kill(t: Task): void;
  memoryOf(g: Cgroup): number;
  countTasks(g: Cgroup): number;
  cpus(): number;
}

class CgroupFileInode extends Inode {
  constructor(
    sb: SuperBlock,
    ino: number,
    private readonly file: CgroupFile,
  ) {
    super(sb, ino, S_IFREG | ((file.read ? 0o444 : 0) | (file.write ? 0o200 : 0)));
    if (file.read && file.write) this.mode = S_IFREG | 0o644;
  }

  size(): number {
    return 0;
  }

  override open(f: OpenFile): number {
    if (f.canRead() && this.file.read) {
      const r = this.file.read();
      f.private_ = typeof r === 'number' ? r : encode(r);
    }
    return 0;
  }

  override read(f: OpenFile, pos: number, count: number): IoResult {
    if (!this.file.read) return -EINVAL;
    const data = f.private_;
    if (typeof data === 'number') return data;
    return data instanceof Uint8Array ? data.slice(pos, pos + count) : new Uint8Array(0);
  }

  override write(_f: OpenFile, _pos: number, data: Uint8Array): number | Block {
    if (!this.file.write) return -EINVAL;
    const text = bytesToLatin1(data);
    const r = this.file.write(text);
    return r < 0 ? r : data.length;
  }

  override truncate(): number {
    return 0;
  }

  override isSettable(): boolean {
    return false;
  }
}

export class CgroupDir extends DirInode {
  private readonly fileInodes = new Map<string, Inode>();

  constructor(
    sb: SuperBlock,
    ino: number,
    readonly cgroup: Cgroup,
    private readonly fs: CgroupFs,
  ) {
    super(sb, ino, 0o755);
  }

  private files(): Record<string, CgroupFile> {
    return filesOf(this.fs.host, this.cgroup);
  }

  override lookup(name: string): Inode | undefined {
    const child = this.cgroup.children.get(name);
    if (child) return this.fs.dirOf(child, this);
    const file = this.files()[name];
    if (!file) return undefined;
    let inode = this.fileInodes.get(name);
    if (!inode) {
      inode = new CgroupFileInode(this.sb, this.sb.allocIno(), file);
      this.fileInodes.set(name, inode);
    }
    return inode;
  }

  override list(): Array<[string, Inode]> {
    const names = [...Object.keys(this.files()).sort(), ...this.cgroup.children.keys()];
    return names.map((n) => [n, this.lookup(n)!]);
  }

  override create(name: string, mode: number): Inode | number {
    if ((mode & S_IFMT) !== S_IFDIR) return -EACCES;
    const g = this.cgroup;
    for (let a: Cgroup | undefined = g; a; a = a.parent) {
      let below = 0;
      for (const _ of a.subtree()) below++;
      if (g.depth() + 1 - a.depth() > a.maxDepth || below > a.maxDescendants) return -EAGAIN;
    }
    const child = new Cgroup(g.hierarchy, name, g);
    if (g.type === 'threaded' || g.type === 'domain threaded')
      child.type = g.type === 'threaded' ? 'domain invalid' : 'domain';
    g.children.set(name, child);
    this.touch('mc');
    return this.fs.dirOf(child, this);
  }

  override removeDir(name: string): number {
    const child = this.cgroup.children.get(name);
    if (!child) return 0;
    if (child.children.size > 0 || child.populated()) return -EBUSY;
    for (const t of child.procs) child.procs.delete(t);
    this.cgroup.children.delete(name);
    this.fs.host.manager.invalidate();
    this.touch('mc');
    return 0;
  }

  override rmdirCheck(): number {
    return 0;
  }

  override size(): number {
    return 0;
  }
}

/** One mounted instance of a hierarchy. */
export class CgroupFs {
  readonly sb: SuperBlock;
  private readonly dirs = new WeakMap<Cgroup, CgroupDir>();

  constructor(
    k: KernelCore,
    readonly host: CgroupHost,
    readonly hierarchy: Hierarchy,
    /** The cgroup shown as the root: the mounter's cgroup namespace root (cgroup2 in a container). */
    rootGroup: Cgroup = hierarchy.root,
  ) {
    const v2 = hierarchy.version === 2;
    this.sb = new SuperBlock(
      k,
      v2 ? 'cgroup2' : 'cgroup',
      anonDev(k),
      v2 ? CGROUP2_SUPER_MAGIC : CGROUP_SUPER_MAGIC,
    );
    this.sb.options = v2 ? 'rw,nsdelegate' : `rw,${hierarchy.controllers.join(',')}`;
    this.sb.backed = false;
    this.sb.root = this.dirOf(rootGroup, undefined);
  }

  dirOf(g: Cgroup, parent: CgroupDir | undefined): CgroupDir {
    let dir = this.dirs.get(g);
    if (!dir) {
      dir = new CgroupDir(this.sb, this.sb.allocIno(), g, this);
      if (parent) {
        dir.parent = parent;
        dir.name = g.name;
      }
      this.dirs.set(g, dir);
    }
    return dir;
  }
}
