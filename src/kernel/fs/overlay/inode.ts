// Overlay objects (fs/overlayfs/inode.c, dir.c, readdir.c): what a path in the merged tree is made
// of. A merged directory joins its upper directory (if any) with the same-named directories of
// the lower layers, top first, stopping at an opaque one; a non-directory is the topmost object of
// that name. Whiteouts hide lower names. Objects keep the inode number of their origin across
// copy-up (samefs, xino=off).

import { ENOENT, ENOTEMPTY, EPERM, EROFS, EXDEV } from '../../abi/errno';
import { S_IFDIR, S_IFLNK, S_IFMT } from '../../abi/stat';
import { DirInode, Inode, SymlinkInode } from '../../vfs/inode';
import type { Block, IoResult } from '../../vfs/inode';
import type { OpenFile } from '../../vfs/file';
import type { OverlaySuper } from './super';
import { copyUpDir, copyUpFile, setOrigin } from './copyUp';
import { dropEntry, isOpaque, isWhiteout, makeWhiteout, markImpure, markOpaque } from './whiteout';
import { attrView, leafIno, originFor } from './view';
import { dropStaleImpure, mergedNames } from './readdir';
import { lowersAtPath, redirectOf, setRedirect } from './redirect';

type OvlNode = OvlDir | OvlFile | OvlLink;

export class OvlDir extends DirInode {
  private readonly cache = new Map<string, OvlNode>();

  constructor(
    readonly osb: OverlaySuper,
    ino: number,
    readonly ovlParent: OvlDir | undefined,
    name: string,
    public upper: DirInode | undefined,
    public lowers: DirInode[],
  ) {
    super(osb, ino, 0o755);
    this.name = name;
    if (ovlParent) this.parent = ovlParent;
  }

  override attrSource(): Inode {
    const real = this.upper ?? this.lowers[0];
    if (!real) return this;
    return attrView(real, this.lowers.length > (this.upper ? 0 : 1));
  }

  override size(): number {
    return (this.upper ?? this.lowers[0])?.size() ?? 0;
  }

  /** The lower objects named `name`, top first: directories merge, a non-directory or whiteout stops. */
  private lowerMatches(name: string): Inode[] {
    const out: Inode[] = [];
    for (const lower of this.lowers) {
      const c = lower.lookup(name);
      if (!c) continue;
      if (isWhiteout(c)) break;
      if ((c.mode & S_IFMT) !== S_IFDIR) {
        if (out.length === 0) out.push(c);
        break;
      }
      out.push(c);
      if (isOpaque(c)) break;
    }
    return out;
  }

  private root(): OvlDir {
    return this.ovlParent ? this.ovlParent.root() : this;
  }

  override lookup(name: string): Inode | undefined {
    const node = this.resolve(name);
    if (node) this.cache.set(name, node);
    else this.cache.delete(name);
    return node;
  }

  private resolve(name: string): OvlNode | undefined {
    const up = this.upper?.lookup(name);
    if (isWhiteout(up)) return undefined;
    const cached = this.cache.get(name);
    if (up && !(up instanceof DirInode)) return this.file(name, up, cached, up.mode & S_IFMT, originFor(up));
    const redirect = up instanceof DirInode ? redirectOf(up) : undefined;
    const lowers =
      up && isOpaque(up)
        ? []
        : redirect?.startsWith('/')
          ? lowersAtPath(this.root().lowers, redirect)
          : this.lowerMatches(redirect ?? name);
    const lowerDirs = lowers.filter((l): l is DirInode => l instanceof DirInode);
    if (up && this.upper && lowerDirs[0] && !originFor(up)) {
      // ovl_fix_origin: a merged directory whose upper lacks an origin gets one at lookup.
      setOrigin(lowerDirs[0], up);
      markImpure(this.upper);
    }
    if (up || lowerDirs.length > 0) {
      if (!up && lowerDirs.length !== lowers.length)
        return this.file(name, undefined, cached, lowers[0]!.mode & S_IFMT, lowers[0]);
      if (cached instanceof OvlDir) {
        cached.upper = up as DirInode | undefined;
        cached.lowers = lowerDirs;
        return cached;
      }
      const origin = lowerDirs[0] ?? up!;
      return new OvlDir(this.osb, origin.ino, this, name, up as DirInode | undefined, lowerDirs);
    }
    const lower = lowers[0];
    return lower ? this.file(name, undefined, cached, lower.mode & S_IFMT, lower) : undefined;
  }

  private file(
    name: string,
    up: Inode | undefined,
    cached: OvlNode | undefined,
    type: number,
    lower?: Inode,
  ): OvlNode {
    const ino = leafIno(up, lower);
    if (
      (cached instanceof OvlFile || cached instanceof OvlLink) &&
      (cached.mode & S_IFMT) === type &&
      cached.ino === ino
    ) {
      if (up) cached.upper = up;
      if (lower) cached.lower = lower;
      return cached;
    }
    if (type === S_IFLNK) return new OvlLink(this.osb, ino, this, name, up, lower);
    return new OvlFile(this.osb, ino, this, name, type | 0o644, up, lower);
  }

  /** The objects in this directory, in readdir order. */
  private entriesNow(withWhiteouts: boolean): Array<[string, Inode]> {
    const layers = this.upper ? [this.upper] : [];
    if (!this.upper || !isOpaque(this.upper)) layers.push(...this.lowers);
    const out: Array<[string, Inode]> = [];
    for (const n of mergedNames(layers)) {
      const node = this.lookup(n);
      // A directory of one layer is read as it is: its whiteouts are listed (and not found).
      const real = node ?? (withWhiteouts && layers.length === 1 ? layers[0]!.lookup(n) : undefined);
      if (real) out.push([n, real]);
    }
    return out;
  }

  override list(): Array<[string, Inode]> {
    const out = this.entriesNow(true);
    if (this.upper && this.lowers.length === 0) dropStaleImpure(this.upper, out);
    return out;
  }

  override mutable(): number {
    return this.osb.upperRoot ? 0 : -EROFS;
  }

  override create(name: string, mode: number, rdev: number, target?: string): Inode | number {
    if (!this.osb.upperRoot) return -EROFS;
    const up = copyUpDir(this);
    const had = up.lookup(name);
    const wasWhiteout = isWhiteout(had);
    dropEntry(up, name);
    const made = up.create(name, mode, rdev, target);
    if (typeof made === 'number') return made;
    // With redirect_dir=on a new directory in a merged one is made opaque (ovl_create_upper).
    const hidden = wasWhiteout || this.lowerMatches(name).length > 0;
    if ((mode & S_IFMT) === S_IFDIR && (hidden || (this.osb.redirectDir && this.lowers.length > 0)))
      markOpaque(made);
    this.cache.delete(name);
    return this.lookup(name) ?? made;
  }

  override detach(name: string): void {
    const up = copyUpDir(this);
    const inLower = this.lowerMatches(name).length > 0;
    dropEntry(up, name);
    if (inLower) makeWhiteout(this.osb, up, name);
    this.cache.delete(name);
    this.touch('mc');
  }

  override rmdirCheck(): number {
    return this.entriesNow(false).length > 0 ? -ENOTEMPTY : 0;
  }

  override removeDir(name: string, child: DirInode): number {
    // Whiteouts left in the upper directory: cleared (merged) or moved away with it (replaced by a
    // whiteout); a directory with nothing below is removed from the upper layer as it is.
    if (child instanceof OvlDir && child.upper?.entries.size && child.lowers.length === 0) {
      if (this.lowerMatches(name).length === 0) return -ENOTEMPTY;
    }
    this.detach(name);
    return 0;
  }

  override renameEntry(fromName: string, toDir: DirInode, toName: string): number {
    if (!(toDir instanceof OvlDir) || toDir.osb !== this.osb) return -EXDEV;
    const node = this.resolve(fromName);
    if (!node) return -ENOENT;
    const merged = node instanceof OvlDir && node.lowers.length > 0;
    if (merged && !this.osb.redirectDir) return -EXDEV;
    const target = toDir.resolve(toName);
    if (!(node instanceof OvlDir) && node.upper && target && !(target instanceof OvlDir)) {
      if (target.upper === node.upper) return 0; // two links to one upper inode: one overlay inode
    }
    const real = node instanceof OvlDir ? copyUpDir(node) : copyUpFile(node);
    const upFrom = copyUpDir(this);
    const upTo = copyUpDir(toDir);
    const inLower = this.lowerMatches(fromName).length > 0;
    const whiteout = upTo.lookup(toName);
    upFrom.detach(fromName);
    if (inLower && isWhiteout(whiteout)) {
      // RENAME_EXCHANGE with the whiteout at the target: it stays behind at the old name.
      upTo.detach(toName);
      upFrom.attach(fromName, whiteout!);
    } else dropEntry(upTo, toName);
    upTo.attach(toName, real);
    if (inLower && !upFrom.lookup(fromName)) makeWhiteout(undefined, upFrom, fromName);
    if (toDir !== this && originFor(real)) markImpure(upTo);
    // A directory moved into a merged one must not show what its new name has below (EXDEV then).
    if (node instanceof OvlDir && !merged && !isOpaque(real) && toDir.lowers.length > 0) markOpaque(real);
    if (merged && node instanceof OvlDir) setRedirect(node, real, fromName, toDir === this);
    this.cache.delete(fromName);
    toDir.cache.delete(toName);
    return 0;
  }

  override linkEntry(name: string, target: Inode): number {
    if (!(target instanceof OvlFile) && !(target instanceof OvlLink)) return -EPERM;
    const real = copyUpFile(target);
    const up = copyUpDir(this);
    dropEntry(up, name);
    up.attach(name, real);
    real.nlink++;
    if (originFor(real)) markImpure(up);
    this.cache.delete(name);
    return 0;
  }

  override setattr(apply: (target: Inode) => number): number {
    if (!this.osb.upperRoot) return -EROFS;
    return apply(copyUpDir(this));
  }
}

export class OvlFile extends Inode {
  constructor(
    readonly osb: OverlaySuper,
    ino: number,
    readonly ovlParent: OvlDir,
    readonly name: string,
    mode: number,
    public upper: Inode | undefined,
    public lower: Inode | undefined,
  ) {
    super(osb, ino, mode);
  }

  private top(): Inode {
    return this.upper ?? this.lower!;
  }

  override attrSource(): Inode {
    return attrView(this.top(), false);
  }

  override dataSource(): Inode {
    return this.top().dataSource();
  }

  size(): number {
    return this.top().size();
  }

  override open(file: OpenFile): number | Block {
    if (file.canWrite()) {
      if (!this.osb.upperRoot) return -EROFS;
      copyUpFile(this);
    }
    return this.top().open(file);
  }

  override release(file: OpenFile): void {
    this.top().release(file);
  }

  override read(file: OpenFile, pos: number, count: number): IoResult {
    return this.top().read(file, pos, count);
  }

  override write(file: OpenFile, pos: number, data: Uint8Array): number | Block {
    return this.top().write(file, pos, data);
  }

  override ioctl(file: OpenFile, request: number, arg: unknown): unknown {
    return this.top().ioctl(file, request, arg);
  }

  override truncate(length: number): number {
    if (!this.osb.upperRoot) return -EROFS;
    return copyUpFile(this).truncate(length);
  }

  override setattr(apply: (target: Inode) => number): number {
    if (!this.osb.upperRoot) return -EROFS;
    return apply(copyUpFile(this));
  }
}

export class OvlLink extends SymlinkInode {
  constructor(
    readonly osb: OverlaySuper,
    ino: number,
    readonly ovlParent: OvlDir,
    readonly name: string,
    public upper: Inode | undefined,
    public lower: Inode | undefined,
  ) {
    super(osb, ino, '');
  }

  override attrSource(): Inode {
    return attrView(this.top(), false);
  }

  private top(): Inode {
    return this.upper ?? this.lower!;
  }

  override readlink(): string | number {
    const top = this.top();
    return top instanceof SymlinkInode ? top.readlink() : -22;
  }

  override setattr(apply: (target: Inode) => number): number {
    if (!this.osb.upperRoot) return -EROFS;
    return apply(copyUpFile(this));
  }
}
