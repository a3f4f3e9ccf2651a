// The copying engine of cp and mv (coreutils copy.c, reduced): regular files by read/write,
// directories recursively, symlinks as symlinks when not dereferencing, FIFOs and devices with
// mknod, and with "preserve" the mode, owner, times and extended attributes.
//
// Simplification: no sparse files, reflinks, hard-link preservation or backups.

import { EEXIST, strerror } from '../../kernel/abi/errno';
import { O_CREAT, O_RDONLY, O_TRUNC, O_WRONLY } from '../../kernel/abi/fcntl';
import type { Stat } from '../../kernel/abi/stat';
import { S_IFMT, isBlk, isChr, isDir, isFifo, isLnk, isReg, isSock } from '../../kernel/abi/stat';
import { AT_SYMLINK_NOFOLLOW } from '../../kernel/abi/fcntl';
import type { Gen, Sys } from '../sys';
import type { Output } from './io';
import { warn, writeAll } from './io';
import { quoteaf } from './quote';
import { childPath, compareNames, readDir } from './walk';

export interface CopyOpts {
  readonly prog: 'cp' | 'mv';
  readonly recursive: boolean;
  /** Follow symlinks in the tree (cp -L); the command-line operand is decided by the caller. */
  readonly deref: boolean;
  readonly preserve: boolean;
  readonly xattrs: boolean;
  readonly verbose: Output | null;
  readonly umask: number;
}

function* copyData(sys: Sys, src: string, dest: string, st: Stat, o: CopyOpts): Gen<boolean> {
  const inFd = yield* sys.open(src, O_RDONLY);
  if (inFd < 0) return yield* failed(sys, o, `cannot open ${quoteaf(src)} for reading`, inFd);
  const outFd = yield* sys.open(dest, O_WRONLY | O_CREAT | O_TRUNC, st.mode & 0o777 & ~o.umask);
  if (outFd < 0) {
    yield* sys.close(inFd);
    return yield* failed(sys, o, `cannot create regular file ${quoteaf(dest)}`, outFd);
  }
  let ok = true;
  for (;;) {
    const chunk = yield* sys.read(inFd, 65536);
    if (typeof chunk === 'number') {
      ok = yield* failed(sys, o, `error reading ${quoteaf(src)}`, chunk);
      break;
    }
    if (chunk.length === 0) break;
    const w = yield* writeAll(sys, outFd, chunk);
    if (w < 0) {
      ok = yield* failed(sys, o, `error writing ${quoteaf(dest)}`, w);
      break;
    }
    yield* sys.compute(chunk.length);
  }
  yield* sys.close(inFd);
  yield* sys.close(outFd);
  return ok;
}

function* failed(sys: Sys, o: CopyOpts, what: string, err: number): Gen<false> {
  yield* warn(sys, `${o.prog}: ${what}: ${strerror(err)}`);
  return false;
}

/** Copy the mode, owner, times and xattrs of `st` onto `dest`. */
function* preserveAttrs(sys: Sys, src: string, dest: string, st: Stat, o: CopyOpts): Gen<void> {
  const link = isLnk(st.mode);
  if (o.xattrs) {
    const names = link ? yield* sys.llistxattr(src) : yield* sys.listxattr(src);
    if (typeof names !== 'number') {
      for (const name of names) {
        const v = link ? yield* sys.lgetxattr(src, name) : yield* sys.getxattr(src, name);
        if (typeof v !== 'number') {
          if (link) yield* sys.lsetxattr(dest, name, v, 0);
          else yield* sys.setxattr(dest, name, v, 0);
        }
      }
    }
  }
  if (link) yield* sys.lchown(dest, st.uid, st.gid);
  else yield* sys.chown(dest, st.uid, st.gid);
  if (!link) yield* sys.chmod(dest, st.mode & 0o7777);
  yield* sys.utimensat(dest, st.atime, st.mtime, link ? AT_SYMLINK_NOFOLLOW : 0);
}

function* copyDir(sys: Sys, src: string, dest: string, st: Stat, o: CopyOpts): Gen<boolean> {
  const existing = yield* sys.stat(dest);
  if (typeof existing === 'number') {
    const r = yield* sys.mkdir(dest, (st.mode & 0o777) | 0o700);
    if (r < 0) return yield* failed(sys, o, `cannot create directory ${quoteaf(dest)}`, r);
  } else if (!isDir(existing.mode)) {
    yield* warn(
      sys,
      `${o.prog}: cannot overwrite non-directory ${quoteaf(dest)} with directory ${quoteaf(src)}`,
    );
    return false;
  }
  if (o.verbose) yield* o.verbose.write(`${quoteaf(src)} -> ${quoteaf(dest)}\n`);
  const entries = yield* readDir(sys, src);
  if (typeof entries === 'number') return yield* failed(sys, o, `cannot access ${quoteaf(src)}`, entries);
  let ok = true;
  for (const name of entries.map((e) => e.name).sort(compareNames)) {
    if (!(yield* copyPath(sys, childPath(src, name), childPath(dest, name), o, o.deref))) ok = false;
  }
  if (o.preserve) yield* preserveAttrs(sys, src, dest, st, o);
  else if (typeof existing === 'number') yield* sys.chmod(dest, st.mode & 0o777 & ~o.umask);
  return ok;
}

/** Copy one file or tree. `follow` decides whether a symlink `src` is copied as its target. */
export function* copyPath(sys: Sys, src: string, dest: string, o: CopyOpts, follow: boolean): Gen<boolean> {
  yield* sys.compute(1000);
  const st = follow ? yield* sys.stat(src) : yield* sys.lstat(src);
  if (typeof st === 'number') return yield* failed(sys, o, `cannot stat ${quoteaf(src)}`, st);
  if (isDir(st.mode)) {
    if (!o.recursive) {
      yield* warn(sys, `${o.prog}: -r not specified; omitting directory ${quoteaf(src)}`);
      return false;
    }
    return yield* copyDir(sys, src, dest, st, o);
  }
  const dst = yield* sys.lstat(dest);
  if (typeof dst !== 'number' && isDir(dst.mode)) {
    yield* warn(sys, `${o.prog}: cannot overwrite directory ${quoteaf(dest)} with non-directory`);
    return false;
  }
  let ok: boolean;
  if (isReg(st.mode) || (!o.recursive && !isLnk(st.mode))) ok = yield* copyData(sys, src, dest, st, o);
  else ok = yield* copySpecial(sys, src, dest, st, o, typeof dst !== 'number');
  if (!ok) return false;
  if (o.preserve) yield* preserveAttrs(sys, src, dest, st, o);
  if (o.verbose) yield* o.verbose.write(`${quoteaf(src)} -> ${quoteaf(dest)}\n`);
  return true;
}

function* copySpecial(
  sys: Sys,
  src: string,
  dest: string,
  st: Stat,
  o: CopyOpts,
  exists: boolean,
): Gen<boolean> {
  if (exists) yield* sys.unlink(dest);
  if (isLnk(st.mode)) {
    const target = yield* sys.readlink(src);
    if (typeof target === 'number')
      return yield* failed(sys, o, `cannot read symbolic link ${quoteaf(src)}`, target);
    const r = yield* sys.symlink(target, dest);
    if (r < 0) return yield* failed(sys, o, `cannot create symbolic link ${quoteaf(dest)}`, r);
    return true;
  }
  if (isFifo(st.mode) || isChr(st.mode) || isBlk(st.mode) || isSock(st.mode)) {
    const r = yield* sys.mknod(dest, (st.mode & S_IFMT) | (st.mode & 0o777 & ~o.umask), st.rdev);
    if (r < 0 && r !== -EEXIST) {
      const kind = isFifo(st.mode) ? 'fifo' : 'special file';
      return yield* failed(sys, o, `cannot create ${kind} ${quoteaf(dest)}`, r);
    }
    return true;
  }
  return yield* copyData(sys, src, dest, st, o);
}

/** True if `dest` lies inside the directory `src` (compared by canonical paths). */
export function isInside(srcAbs: string, destAbs: string): boolean {
  return destAbs === srcAbs || destAbs.startsWith(srcAbs.endsWith('/') ? srcAbs : srcAbs + '/');
}
