// Inodes: the objects every filesystem is made of (include/linux/fs.h `struct inode`).
//
// One class per file type, shared by all filesystems: a filesystem is a SuperBlock plus the inodes
// it creates. Synthetic filesystems (proc, sys, cgroup) subclass these with generated content.
// Directories hold a name → inode map and know their parent and own name (a directory has exactly
// one name), which gives `..` and getcwd without a dentry cache.
// Simplification: no page cache, no block allocation; file data is one byte array per inode.

import { S_IFCHR, S_IFDIR, S_IFLNK, S_IFMT, S_IFREG } from '../abi/stat';
import { EEXIST, EINVAL, EISDIR, ENODATA, ENOENT, ENOTEMPTY, ENOTTY, ENXIO } from '../abi/errno';
import { encode } from '../../lib/utf8';
import type { SuperBlock } from './superblock';
import type { OpenFile } from './file';
import type { Mount } from './mount';
import type { Task } from '../task/task';

/**
 * A blocked operation: the task sleeps on `block` (and/or until `untilNs`, monotonic) and the
 * syscall restarts from the beginning when it is woken.
 */
export interface Block {
  readonly block: WaitQueue | null;
  readonly untilNs?: number;
}

export class WaitQueue {
  readonly waiters = new Set<Task>();
}

export type IoResult = Uint8Array | number | Block;

export const isBlock = (r: unknown): r is Block => typeof r === 'object' && r !== null && 'block' in r;

export abstract class Inode {
  uid = 0;
  gid = 0;
  nlink = 1;
  rdev = 0;
  atimeNs: number;
  mtimeNs: number;
  ctimeNs: number;
  readonly btimeNs: number;
  xattrs: Map<string, Uint8Array> | undefined;

  constructor(
    readonly sb: SuperBlock,
    readonly ino: number,
    public mode: number,
  ) {
    const now = sb.now();
    this.atimeNs = now;
    this.mtimeNs = now;
    this.ctimeNs = now;
    this.btimeNs = now;
  }

  get type(): number {
    return this.mode & S_IFMT;
  }

  abstract size(): number;

  touch(what: 'a' | 'm' | 'c' | 'mc'): void {
    const now = this.sb.now();
    if (what === 'a') this.atimeNs = now;
    if (what === 'm' || what === 'mc') this.mtimeNs = now;
    if (what !== 'a') this.ctimeNs = now;
  }

  /** Called when a file description is opened on this inode (devices, fifos, synthetic files). */
  open(_file: OpenFile): number | Block {
    return 0;
  }

  release(_file: OpenFile): void {}

  read(_file: OpenFile, _pos: number, _count: number): IoResult {
    return -EISDIR;
  }

  write(_file: OpenFile, _pos: number, _data: Uint8Array): number | Block {
    return -EISDIR;
  }

  truncate(_length: number): number {
    return -EINVAL;
  }

  ioctl(_file: OpenFile, _request: number, _arg: unknown): unknown {
    return -ENOTTY;
  }

  getxattr(name: string): Uint8Array | number {
    return this.xattrs?.get(name) ?? -ENODATA;
  }

  setxattr(name: string, value: Uint8Array, flags: number): number {
    const exists = this.xattrs?.has(name) ?? false;
    if (flags === 1 && exists) return -EEXIST; // XATTR_CREATE
    if (flags === 2 && !exists) return -ENODATA; // XATTR_REPLACE
    (this.xattrs ??= new Map()).set(name, value);
    this.touch('c');
    return 0;
  }

  listxattr(): string[] {
    return [...(this.xattrs?.keys() ?? [])];
  }

  removexattr(name: string): number {
    if (!this.xattrs?.delete(name)) return -ENODATA;
    this.touch('c');
    return 0;
  }

  /** Whether attributes may change (chmod, chown, utimes): false on read-only synthetic files. */
  isSettable(): boolean {
    return true;
  }

  /**
   * The inode whose attributes (mode, owner, times, size, xattrs) this one shows: itself, or for an
   * overlay object the layer inode currently on top.
   */
  /** The inode holding the data (an overlay file's upper or lower file: Linux's d_real). */
  dataSource(): Inode {
    return this;
  }

  attrSource(): Inode {
    return this;
  }

  /** Apply an attribute change (chmod, chown, utimes, setxattr): overlays copy up first. */
  setattr(apply: (target: Inode) => number): number {
    return apply(this);
  }
}

export class RegularInode extends Inode {
  data: Uint8Array = new Uint8Array(0);
  length = 0;
  /** `data` is shared with other files (an installed program image): copy before changing it. */
  private shared = false;

  constructor(sb: SuperBlock, ino: number, perm: number) {
    super(sb, ino, S_IFREG | (perm & 0o7777));
  }

  size(): number {
    return this.length;
  }

  override read(_file: OpenFile, pos: number, count: number): IoResult {
    if (pos >= this.length) return new Uint8Array(0);
    return this.data.slice(pos, Math.min(this.length, pos + count));
  }

  override write(_file: OpenFile, pos: number, data: Uint8Array): number {
    const end = pos + data.length;
    this.unshare();
    this.reserve(end);
    this.data.set(data, pos);
    if (end > this.length) this.length = end;
    this.touch('mc');
    return data.length;
  }

  override truncate(length: number): number {
    this.unshare();
    this.reserve(length);
    if (length < this.length) this.data.fill(0, length, this.length);
    this.length = length;
    this.touch('mc');
    return 0;
  }

  /** Replace the whole contents (the installer and tests use this). */
  setBytes(bytes: Uint8Array): void {
    this.shared = false;
    this.data = bytes.slice();
    this.length = bytes.length;
    this.touch('mc');
  }

  /** Take `bytes` as the contents without copying; the first change copies them (copy on write). */
  shareBytes(bytes: Uint8Array): void {
    this.data = bytes;
    this.length = bytes.length;
    this.shared = true;
    this.touch('mc');
  }

  private unshare(): void {
    if (!this.shared) return;
    this.data = this.data.slice(0, this.length);
    this.shared = false;
  }

  /** Current contents (a view; copy before keeping). */
  bytes(): Uint8Array {
    return this.data.subarray(0, this.length);
  }

  private reserve(size: number): void {
    if (size <= this.data.length) return;
    const grown = new Uint8Array(Math.max(size, this.data.length * 2, 64));
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
}

export class DirInode extends Inode {
  readonly entries = new Map<string, Inode>();
  /** The parent directory (itself for a filesystem root). Invariant: parent.entries.get(name) === this. */
  parent: DirInode = this;
  name = '';

  constructor(sb: SuperBlock, ino: number, perm: number) {
    super(sb, ino, S_IFDIR | (perm & 0o7777));
    this.nlink = 2;
  }

  size(): number {
    return 40 + this.entries.size * 20;
  }

  /** Find a child; synthetic directories override this to generate children on demand. */
  lookup(name: string): Inode | undefined {
    return this.entries.get(name);
  }

  /** The children, in the order readdir returns them. */
  list(): Array<[string, Inode]> {
    return [...this.entries];
  }

  /** Whether create/mkdir/unlink/rename are allowed here at all (EPERM/EACCES in synthetic dirs). */
  mutable(): number {
    return 0;
  }

  /** Create a child of the given type; filesystems may override (cgroupfs mkdir creates a cgroup). */
  create(name: string, mode: number, rdev: number, symlinkTarget?: string): Inode | number {
    const inode = this.sb.makeInode(mode, rdev, symlinkTarget);
    if (typeof inode === 'number') return inode;
    this.attach(name, inode);
    return inode;
  }

  attach(name: string, inode: Inode): void {
    this.entries.set(name, inode);
    if (inode instanceof DirInode) {
      inode.parent = this;
      inode.name = name;
      this.nlink++;
    }
    this.touch('mc');
  }

  detach(name: string): void {
    const inode = this.entries.get(name);
    if (!inode) return;
    this.entries.delete(name);
    if (inode instanceof DirInode) this.nlink--;
    this.touch('mc');
  }

  /** rename(2) within this filesystem: move `fromName` here to `toName` in `toDir`. */
  renameEntry(fromName: string, toDir: DirInode, toName: string): number {
    const src = this.lookup(fromName);
    if (!src) return -ENOENT;
    const dst = toDir.lookup(toName);
    if (dst) {
      toDir.detach(toName);
      dst.nlink -= dst instanceof DirInode ? 2 : 1;
    }
    this.detach(fromName);
    toDir.attach(toName, src);
    src.touch('c');
    return 0;
  }

  /** link(2): a new name for `target` here. */
  linkEntry(name: string, target: Inode): number {
    this.attach(name, target);
    target.nlink++;
    target.touch('c');
    return 0;
  }

  /** Whether rmdir may remove this directory: ENOTEMPTY unless empty (cgroupfs decides itself). */
  rmdirCheck(): number {
    return this.list().length > 0 ? -ENOTEMPTY : 0;
  }

  /** Remove a child directory: filesystems may refuse (cgroupfs: EBUSY). */
  removeDir(name: string, _child: DirInode): number {
    this.detach(name);
    return 0;
  }

  override read(): IoResult {
    return -EISDIR;
  }
}

export class SymlinkInode extends Inode {
  constructor(
    sb: SuperBlock,
    ino: number,
    public target: string,
  ) {
    super(sb, ino, S_IFLNK | 0o777);
  }

  /** The link's target (or -errno); procfs links compute it on demand. */
  readlink(): string | number {
    return this.target;
  }

  /**
   * A "magic" link (proc(5): /proc/PID/fd/N, ns/*, cwd, root, exe) leads straight to an object
   * instead of through its text; undefined for ordinary links.
   */
  follow(): { mnt: Mount; inode: Inode } | number | undefined {
    return undefined;
  }

  size(): number {
    const target = this.readlink();
    return typeof target === 'number' ? 0 : encode(target).length;
  }

  override read(): IoResult {
    return -EINVAL;
  }
}

/** Character and block devices: reads and writes go to the driver registered for rdev. */
export class DeviceInode extends Inode {
  constructor(sb: SuperBlock, ino: number, mode: number, rdev: number) {
    super(sb, ino, mode);
    this.rdev = rdev;
  }

  size(): number {
    return 0;
  }

  override open(file: OpenFile): number {
    const driver = this.sb.kernel.devices.get(this.rdev, (this.mode & S_IFMT) === S_IFCHR);
    if (!driver) return -ENXIO;
    file.driver = driver;
    return driver.open?.(file) ?? 0;
  }

  override read(file: OpenFile, pos: number, count: number): IoResult {
    return file.driver?.read(file, pos, count) ?? -EINVAL;
  }

  override write(file: OpenFile, pos: number, data: Uint8Array): number | Block {
    return file.driver?.write(file, pos, data) ?? -EINVAL;
  }

  override ioctl(file: OpenFile, request: number, arg: unknown): unknown {
    return file.driver?.ioctl?.(file, request, arg) ?? -ENOTTY;
  }

  override release(file: OpenFile): void {
    file.driver?.release?.(file);
  }

  override truncate(): number {
    return 0;
  }
}
