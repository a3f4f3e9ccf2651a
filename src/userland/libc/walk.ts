// Directories and recursive traversal for the file tools (ls -R, rm -r, cp -r, chmod -R, du,
// find): read a directory's names, join paths the way the tools print them, and walk a tree
// depth-first like fts(3), charging CPU time per entry so big trees stay preemptible.
//
// Simplification: a symlink loop is not detected by device/inode bookkeeping; following links,
// the kernel's ELOOP and the depth limit stop it.

import { O_DIRECTORY, O_RDONLY } from '../../kernel/abi/fcntl';
import type { Dirent, Stat } from '../../kernel/abi/stat';
import { isDir } from '../../kernel/abi/stat';
import type { Gen, Sys } from '../sys';

/** Directory + name, as GNU tools print it: "d/x", "./x", "/x", "d//x" is avoided. */
export function childPath(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** The entries of a directory except "." and "..", in the kernel's order; or -errno. */
export function* readDir(sys: Sys, path: string): Gen<Dirent[] | number> {
  const fd = yield* sys.open(path, O_RDONLY | O_DIRECTORY);
  if (fd < 0) return fd;
  const out: Dirent[] = [];
  for (;;) {
    const batch = yield* sys.getdents64(fd);
    if (typeof batch === 'number') {
      yield* sys.close(fd);
      return batch;
    }
    if (batch.length === 0) break;
    for (const d of batch) if (d.name !== '.' && d.name !== '..') out.push(d);
  }
  yield* sys.close(fd);
  return out;
}

/** Byte-order (C locale) comparison of names. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What a walk callback is told about one file. */
export interface WalkEntry {
  readonly path: string;
  readonly depth: number;
  /** lstat (or stat when following) of the file. */
  readonly st: Stat;
}

export interface WalkHooks {
  /** Follow symlinks to directories (chmod -R -L, du -L, find -L). */
  readonly follow?: boolean;
  /** Called before a directory's children (or for a non-directory); return false to prune. */
  pre(e: WalkEntry): Gen<boolean>;
  /** Called after a directory's children. */
  post?(e: WalkEntry): Gen<void>;
  /** A stat or readdir failure (-errno); `isDir` tells readdir failures apart. */
  error(path: string, err: number, readingDir: boolean): Gen<void>;
}

/** Walk `path` depth-first, children in name order. Returns once the whole tree is visited. */
export function* walkTree(sys: Sys, path: string, hooks: WalkHooks, depth = 0, st?: Stat): Gen<void> {
  yield* sys.compute(1000);
  let info = st;
  if (!info) {
    const r = hooks.follow ? yield* sys.stat(path) : yield* sys.lstat(path);
    if (typeof r === 'number') {
      yield* hooks.error(path, r, false);
      return;
    }
    info = r;
  }
  const entry: WalkEntry = { path, depth, st: info };
  const descend = yield* hooks.pre(entry);
  if (!isDir(info.mode) || !descend) return;
  const entries = yield* readDir(sys, path);
  if (typeof entries === 'number') yield* hooks.error(path, entries, true);
  else {
    const names = entries.map((d) => d.name).sort(compareNames);
    for (const name of names) yield* walkTree(sys, childPath(path, name), hooks, depth + 1);
  }
  if (hooks.post) yield* hooks.post(entry);
}
