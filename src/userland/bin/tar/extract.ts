// tar -x: make one member in the file system, as GNU tar 1.34 does: replace what is in the way
// (unless -k), create missing parent directories, then owner (as root, or --same-owner), mode
// (exact as root or with -p, else minus the umask) and modification time. Directories get their
// attributes at the end, so extracting their contents does not disturb them.
//
// Simplification: no delayed symlinks for absolute or '..' targets; no ".." member check.

import { EEXIST, ENOENT, EISDIR } from '../../../kernel/abi/errno';
import { AT_SYMLINK_NOFOLLOW, O_CREAT, O_EXCL, O_WRONLY } from '../../../kernel/abi/fcntl';
import { S_IFBLK, S_IFCHR, S_IFIFO, isDir, makedev } from '../../../kernel/abi/stat';
import type { Gen } from '../../sys';
import { writeAll } from '../../libc/io';
import type { UserDb } from '../../libc/pwd';
import { groupByName, userByName } from '../../libc/pwd';
import type { TarHeader } from '../../libc/tar';
import { BLKTYPE, CHRTYPE, DIRTYPE, FIFOTYPE, LNKTYPE, SYMTYPE } from '../../libc/tar';
import type { TarRun } from './common';
import { fileError, saferName } from './common';

export interface ExtractState {
  readonly run: TarRun;
  readonly umask: number;
  readonly sameOwner: boolean;
  readonly samePermissions: boolean;
  /** Local users and groups: stored names win over stored ids (unless --numeric-owner). */
  readonly db: UserDb;
  /** Directories whose owner, mode and time are set once everything is extracted. */
  readonly delayed: { readonly name: string; readonly h: TarHeader }[];
}

function* mkdirs(s: ExtractState, name: string): Gen<void> {
  const parts = name.split('/').slice(0, -1);
  let path = '';
  for (const p of parts) {
    path = path === '' ? p || '/' : `${path}/${p}`;
    if (p === '' || p === '.') continue;
    yield* s.run.sys.mkdir(path, 0o777 & ~s.umask);
  }
}

/**
 * Run `make` (a creating syscall returning 0 or -errno); on EEXIST remove what is there (not
 * with -k), on ENOENT create the parents, and retry once each.
 */
function* create(s: ExtractState, name: string, make: () => Gen<number>): Gen<number> {
  let r = yield* make();
  if (r === -ENOENT) {
    yield* mkdirs(s, name);
    r = yield* make();
  }
  if (r === -EEXIST && !s.run.args.keepOld) {
    const st = yield* s.run.sys.lstat(name);
    if (typeof st !== 'number' && !isDir(st.mode)) {
      yield* s.run.sys.unlink(name);
      r = yield* make();
    } else if (typeof st !== 'number') r = -EISDIR;
  }
  return r;
}

/** chown, chmod and utimensat for a member just made. */
function* setStat(s: ExtractState, name: string, h: TarHeader, symlink: boolean): Gen<void> {
  const sys = s.run.sys;
  if (s.sameOwner) {
    const numeric = s.run.args.numericOwner;
    const uid = (numeric || !h.uname ? undefined : userByName(s.db, h.uname)?.uid) ?? h.uid;
    const gid = (numeric || !h.gname ? undefined : groupByName(s.db, h.gname)?.gid) ?? h.gid;
    if (symlink) yield* sys.lchown(name, uid, gid);
    else yield* sys.chown(name, uid, gid);
  }
  if (!symlink) yield* sys.chmod(name, s.samePermissions ? h.mode : h.mode & ~s.umask);
  yield* sys.utimensat(name, 'now', { sec: h.mtime, nsec: 0 }, symlink ? AT_SYMLINK_NOFOLLOW : 0);
}

function* regular(s: ExtractState, name: string, h: TarHeader, data: Uint8Array): Gen<void> {
  const sys = s.run.sys;
  let fd = -1;
  const r = yield* create(s, name, function* () {
    fd = yield* sys.open(name, O_WRONLY | O_CREAT | O_EXCL, h.mode & 0o777 & ~s.umask);
    return fd < 0 ? fd : 0;
  });
  if (r < 0) return yield* fileError(s.run, name, 'Cannot open', r);
  const w = yield* writeAll(sys, fd, data);
  yield* sys.close(fd);
  if (w < 0) return yield* fileError(s.run, name, 'Cannot write', w);
  yield* sys.compute(1000 + data.length);
  yield* setStat(s, name, h, false);
}

function* directory(s: ExtractState, name: string, h: TarHeader): Gen<void> {
  const sys = s.run.sys;
  const path = name.length > 1 ? name.replace(/\/+$/, '') : name;
  let r = yield* sys.mkdir(path, 0o700);
  if (r === -ENOENT) {
    yield* mkdirs(s, path);
    r = yield* sys.mkdir(path, 0o700);
  }
  if (r === -EEXIST) {
    const st = yield* sys.stat(path);
    if (typeof st !== 'number' && isDir(st.mode)) r = 0;
    else if (!s.run.args.keepOld) {
      yield* sys.unlink(path);
      r = yield* sys.mkdir(path, 0o700);
    }
  }
  if (r < 0) return yield* fileError(s.run, path, 'Cannot mkdir', r);
  s.delayed.push({ name: path, h });
}

/** Extract one member under its (already sanitized) name. */
export function* extractMember(s: ExtractState, name: string, h: TarHeader, data: Uint8Array): Gen<void> {
  const sys = s.run.sys;
  switch (h.typeflag) {
    case DIRTYPE:
      return yield* directory(s, name, h);
    case SYMTYPE: {
      const r = yield* create(s, name, () => sys.symlink(h.linkname, name));
      if (r < 0) return yield* fileError(s.run, name, `Cannot create symlink to ‘${h.linkname}’`, r);
      return yield* setStat(s, name, h, true);
    }
    case LNKTYPE: {
      const target = yield* saferName(s.run, h.linkname, 'hard link targets');
      const r = yield* create(s, name, () => sys.link(target, name));
      if (r < 0) yield* fileError(s.run, name, `Cannot hard link to ‘${target}’`, r);
      return;
    }
    case CHRTYPE:
    case BLKTYPE:
    case FIFOTYPE: {
      const type = h.typeflag === CHRTYPE ? S_IFCHR : h.typeflag === BLKTYPE ? S_IFBLK : S_IFIFO;
      const dev = h.typeflag === FIFOTYPE ? 0 : makedev(h.devmajor, h.devminor);
      const r = yield* create(s, name, () => sys.mknod(name, type | (h.mode & 0o777 & ~s.umask), dev));
      if (r < 0)
        return yield* fileError(s.run, name, h.typeflag === FIFOTYPE ? 'Cannot mkfifo' : 'Cannot mknod', r);
      return yield* setStat(s, name, h, false);
    }
    default:
      return yield* regular(s, name, h, data);
  }
}

/** Give the extracted directories their owners, modes and times, deepest first. */
export function* finishDirectories(s: ExtractState): Gen<void> {
  for (const { name, h } of [...s.delayed].reverse()) yield* setStat(s, name, h, false);
}
