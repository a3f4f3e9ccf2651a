// tar -c: archive operands (recursing into directories in directory order, or name order with
// --sort=name), each -C DIR applied in turn, as GNU tar 1.34 writes them (--format=gnu).

import { O_RDONLY } from '../../../kernel/abi/fcntl';
import type { Stat } from '../../../kernel/abi/stat';
import {
  S_IFMT,
  S_IFBLK,
  S_IFCHR,
  S_IFDIR,
  S_IFIFO,
  S_IFLNK,
  S_IFREG,
  S_IFSOCK,
  major,
  minor,
} from '../../../kernel/abi/stat';
import type { Gen } from '../../sys';
import { readAll, writeAll } from '../../libc/io';
import { childPath, compareNames, readDir } from '../../libc/walk';
import type { TarEntryInput } from '../../libc/tar';
import {
  BLKTYPE,
  CHRTYPE,
  DIRTYPE,
  FIFOTYPE,
  LNKTYPE,
  SYMTYPE,
  encodeEnd,
  encodeEntry,
  entryDefaults,
  tarQuote,
  verboseLine,
} from '../../libc/tar';
import type { ListWidths } from '../../libc/tar';
import type { TarRun } from './common';
import { excluded, fileError, saferName, tarWarn } from './common';
import type { Ownership } from './owner';
import { ownerFields } from './owner';

export interface CreateState {
  readonly run: TarRun;
  readonly fd: number;
  readonly own: Ownership;
  readonly widths: ListWidths;
  /** The archive itself, so it is not archived into itself. */
  readonly archive: { dev: number; ino: number } | null;
  /** dev:ino of multiply-linked files → the member name they were first stored under. */
  readonly links: Map<string, string>;
  written: number;
  /** -1 once writing the archive failed. */
  failed: number;
}

/** Write a member; -v lists it under the name it was found by (`shown`). */
function* emit(s: CreateState, h: TarEntryInput, st: Stat, shown: string, data?: Uint8Array): Gen<void> {
  if (s.failed < 0) return;
  const bytes = encodeEntry(h, data, s.own.longLink);
  const r = yield* writeAll(s.run.sys, s.fd, bytes);
  if (r < 0) s.failed = r;
  s.written += bytes.length;
  const v = s.run.args.verbose;
  if (v === 1) yield* s.run.list.write(tarQuote(shown) + '\n');
  else if (v > 1)
    yield* s.run.list.write(
      verboseLine(entryDefaults({ ...h, name: shown, mtime: st.mtime.sec }, data), s.widths),
    );
}

/** Finish the archive: end blocks and record padding. */
export function* endArchive(s: CreateState): Gen<number> {
  if (s.failed < 0) return s.failed;
  return yield* writeAll(s.run.sys, s.fd, encodeEnd(s.written));
}

/** The header of a file that is not a hard link to an earlier member, or null to skip it. */
function* headerFor(s: CreateState, path: string, name: string, st: Stat): Gen<TarEntryInput | null> {
  const base = ownerFields(s.own, st, name);
  switch (st.mode & S_IFMT) {
    case S_IFDIR:
      return { ...base, name: name.endsWith('/') ? name : name + '/', typeflag: DIRTYPE };
    case S_IFLNK: {
      const target = yield* s.run.sys.readlink(path);
      if (typeof target === 'number') {
        yield* fileError(s.run, path, 'Cannot readlink', target);
        return null;
      }
      return { ...base, typeflag: SYMTYPE, linkname: target };
    }
    case S_IFCHR:
    case S_IFBLK: {
      const typeflag = (st.mode & S_IFMT) === S_IFCHR ? CHRTYPE : BLKTYPE;
      return { ...base, typeflag, devmajor: major(st.rdev), devminor: minor(st.rdev) };
    }
    case S_IFIFO:
      return { ...base, typeflag: FIFOTYPE };
    case S_IFSOCK:
      yield* tarWarn(s.run, `${tarQuote(path)}: socket ignored`);
      return null;
    default:
      return base;
  }
}

function* readRegular(s: CreateState, path: string): Gen<Uint8Array | null> {
  const fd = yield* s.run.sys.open(path, O_RDONLY);
  if (fd < 0) {
    yield* fileError(s.run, path, 'Cannot open', fd);
    return null;
  }
  const data = yield* readAll(s.run.sys, fd);
  yield* s.run.sys.close(fd);
  if (typeof data === 'number') {
    yield* fileError(s.run, path, 'Read error', data);
    return null;
  }
  yield* s.run.sys.compute(1000 + data.length);
  return data;
}

/** Archive one file (and, for a directory, everything below it). */
export function* dumpFile(s: CreateState, path: string): Gen<void> {
  const { sys, args } = s.run;
  if (excluded(args.excludes, path)) return;
  const name = yield* saferName(s.run, path, 'member names');
  const st = args.dereference ? yield* sys.stat(path) : yield* sys.lstat(path);
  if (typeof st === 'number') return yield* fileError(s.run, path, 'Cannot stat', st);
  if (s.archive && st.dev === s.archive.dev && st.ino === s.archive.ino)
    return yield* tarWarn(s.run, `${tarQuote(path)}: file is the archive; not dumped`);
  const isDir = (st.mode & S_IFMT) === S_IFDIR;
  const key = `${st.dev}:${st.ino}`;
  const first = !isDir && st.nlink > 1 ? s.links.get(key) : undefined;
  if (first !== undefined) {
    const base = ownerFields(s.own, st, name);
    return yield* emit(s, { ...base, typeflag: LNKTYPE, linkname: first }, st, path);
  }
  const h = yield* headerFor(s, path, name, st);
  if (!h) return;
  if ((st.mode & S_IFMT) === S_IFREG) {
    const data = yield* readRegular(s, path);
    if (!data) return;
    yield* emit(s, h, st, path, data);
  } else yield* emit(s, h, st, isDir && !path.endsWith('/') ? path + '/' : path);
  if (!isDir && st.nlink > 1) {
    // GNU counts the link after dumping the file (file_count_links).
    yield* saferName(s.run, path, 'hard link targets');
    s.links.set(key, name);
  }
  if (isDir) yield* dumpDir(s, path);
}

function* dumpDir(s: CreateState, path: string): Gen<void> {
  const entries = yield* readDir(s.run.sys, path);
  if (typeof entries === 'number') return yield* fileError(s.run, path, 'Cannot open', entries);
  const names = entries.map((d) => d.name);
  if (s.run.args.sort === 'name') names.sort(compareNames);
  for (const child of names) {
    if (s.failed < 0) return;
    yield* dumpFile(s, childPath(path, child));
  }
}
