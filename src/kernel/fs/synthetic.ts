// Building blocks for synthetic filesystems (proc, sys, devpts, cgroup): files whose content is
// generated when opened (like seq_file), directories whose children are computed on lookup, and
// symlinks whose target is computed on readlink. Child inodes are cached by name so st_ino stays
// stable across lookups.

import { EACCES, EINVAL, ENOENT, EPERM } from '../abi/errno';
import { S_IFDIR, S_IFREG } from '../abi/stat';
import { bytesToLatin1, encode } from '../../lib/utf8';
import { DirInode, Inode, SymlinkInode } from '../vfs/inode';
import type { Block, IoResult } from '../vfs/inode';
import type { OpenFile } from '../vfs/file';
import type { SuperBlock } from '../vfs/superblock';
import type { Path } from '../vfs/mount';

export type Generate = () => string;
/** Handle a write of the whole buffer; returns bytes accepted or -errno. */
export type WriteHandler = (text: string) => number;

export class SynthFile extends Inode {
  constructor(
    sb: SuperBlock,
    ino: number,
    perm: number,
    private readonly generate: Generate,
    private readonly onWrite?: WriteHandler,
  ) {
    super(sb, ino, S_IFREG | perm);
  }

  size(): number {
    return 0;
  }

  override open(file: OpenFile): number {
    if (file.canWrite() && !this.onWrite) return -EACCES;
    if (file.canRead()) file.private_ = encode(this.generate());
    return 0;
  }

  override read(file: OpenFile, pos: number, count: number): IoResult {
    const data = file.private_ instanceof Uint8Array ? file.private_ : encode(this.generate());
    return data.slice(pos, pos + count);
  }

  override write(_file: OpenFile, _pos: number, data: Uint8Array): number | Block {
    if (!this.onWrite) return -EINVAL;
    const text = bytesToLatin1(data);
    return this.onWrite(text);
  }

  override truncate(): number {
    return 0;
  }

  override isSettable(): boolean {
    return false;
  }
}

export type MagicTarget = () => Path | number | undefined;

export class SynthLink extends SymlinkInode {
  constructor(
    sb: SuperBlock,
    ino: number,
    private readonly compute: () => string | number,
    private readonly magic?: MagicTarget,
    /** st_size when it is not the target's length (proc's pid links report 0, fd links 64). */
    private readonly fixedSize?: number,
  ) {
    super(sb, ino, '');
  }

  override readlink(): string | number {
    return this.compute();
  }

  override size(): number {
    return this.fixedSize ?? super.size();
  }

  override follow(): Path | number | undefined {
    return this.magic?.();
  }

  override isSettable(): boolean {
    return false;
  }
}

export type ChildFactory = (sb: SuperBlock, ino: number) => Inode;

/** A directory whose entries are listed by `names` and built on first lookup by `make`. */
export class SynthDir extends DirInode {
  private readonly cache = new Map<string, Inode>();

  constructor(
    sb: SuperBlock,
    ino: number,
    perm: number,
    private readonly names: () => string[],
    private readonly make: (name: string) => ChildFactory | undefined,
  ) {
    super(sb, ino, perm);
    this.mode = S_IFDIR | perm;
  }

  override lookup(name: string): Inode | undefined {
    if (!this.names().includes(name)) {
      this.cache.delete(name);
      return undefined;
    }
    let child = this.cache.get(name);
    if (!child) {
      const factory = this.make(name);
      if (!factory) return undefined;
      child = factory(this.sb, this.sb.allocIno());
      if (child instanceof DirInode) {
        child.parent = this;
        child.name = name;
      }
      this.cache.set(name, child);
    }
    return child;
  }

  override list(): Array<[string, Inode]> {
    const out: Array<[string, Inode]> = [];
    for (const name of this.names()) {
      const child = this.lookup(name);
      if (child) out.push([name, child]);
    }
    return out;
  }

  override size(): number {
    return 0;
  }

  override mutable(): number {
    return -ENOENT;
  }

  override create(): Inode | number {
    return -ENOENT;
  }

  override isSettable(): boolean {
    return false;
  }

  override removeDir(): number {
    return -EPERM;
  }
}

/** A static table of children, for fixed directories like /proc/sys/kernel. */
export function fixedDir(perm: number, entries: Record<string, ChildFactory>): ChildFactory {
  return (sb, ino) =>
    new SynthDir(
      sb,
      ino,
      perm,
      () => Object.keys(entries),
      (name) => entries[name],
    );
}

export function roFile(generate: Generate, perm = 0o444): ChildFactory {
  return (sb, ino) => new SynthFile(sb, ino, perm, generate);
}

export function rwFile(generate: Generate, onWrite: WriteHandler, perm = 0o644): ChildFactory {
  return (sb, ino) => new SynthFile(sb, ino, perm, generate, onWrite);
}

export function link(compute: () => string | number, magic?: MagicTarget, size?: number): ChildFactory {
  return (sb, ino) => new SynthLink(sb, ino, compute, magic, size);
}
