// The differential test's view of a file system: a handful of calls that both the real host
// (node:fs) and the simulator (Sys) provide, the operation interpreter, and the tree dump.
// Every call returns -errno on failure, so both sides report errors the same way.

import type { Gen } from '../../../src/userland/sys';
import { ENOENT, errnoName } from '../../../src/kernel/abi/errno';
import { S_IFMT, major, minor } from '../../../src/kernel/abi/stat';
import type { LayerEntry, Op } from './gen';

export interface St {
  /** d, f, l, c, b, p or s. */
  readonly type: string;
  readonly perm: number;
  readonly size: number;
  readonly nlink: number;
  readonly ino: number;
  readonly rdev: string;
}

export interface Fs {
  mkdir(p: string, mode: number): Gen<number>;
  rmdir(p: string): Gen<number>;
  unlink(p: string): Gen<number>;
  rename(from: string, to: string): Gen<number>;
  link(from: string, to: string): Gen<number>;
  symlink(target: string, p: string): Gen<number>;
  chmod(p: string, mode: number): Gen<number>;
  /** open(O_RDWR) + ftruncate, as node's truncateSync does. */
  truncate(p: string, len: number): Gen<number>;
  /** open(O_WRONLY|O_CREAT|(append ? O_APPEND : O_TRUNC), 0644) + write. */
  write(p: string, data: string, append: boolean): Gen<number>;
  read(p: string): Gen<string | number>;
  readdir(p: string): Gen<string[] | number>;
  stat(p: string): Gen<St | number>;
  lstat(p: string): Gen<St | number>;
  readlink(p: string): Gen<string | number>;
  /** The trusted.overlay.* xattrs of `p` (not following symlinks), name → value. */
  xattrs(p: string): Gen<Array<[string, Uint8Array]>>;
  /** Unmount `dir`/m and mount the overlay of `dir` there again with `options`. */
  remount(dir: string, options: string): Gen<number>;
}

/** The mount options of the overlay of a run directory (lowers l1:l2, upper u, work w). */
export const overlayOptions = (dir: string, redirectDir: boolean): string =>
  `lowerdir=${dir}/l1:${dir}/l2,upperdir=${dir}/u,workdir=${dir}/w,redirect_dir=${redirectDir ? 'on' : 'off'}`;

const TYPES: Record<number, string> = {
  0o040000: 'd',
  0o100000: 'f',
  0o120000: 'l',
  0o020000: 'c',
  0o060000: 'b',
  0o010000: 'p',
  0o140000: 's',
};

/** The St of a raw stat: type letter from st_mode, rdev as "major:minor". */
export function toSt(s: { mode: number; size: number; nlink: number; ino: number; rdev: number }): St {
  return {
    type: TYPES[s.mode & S_IFMT] ?? '?',
    perm: s.mode & 0o7777,
    size: s.size,
    nlink: s.nlink,
    ino: s.ino,
    rdev: `${major(s.rdev)}:${minor(s.rdev)}`,
  };
}

/** What Fs cannot make: whiteouts (c 0 0) and the opaque xattr. */
export interface Marker {
  whiteout(p: string): Gen<void>;
  opaque(p: string): Gen<void>;
}

/** Build one layer's entries under `root` (an existing empty directory). */
export function* materialise(fs: Fs, mark: Marker, root: string, entries: readonly LayerEntry[]): Gen<void> {
  for (const e of entries) {
    const p = `${root}/${e.path}`;
    let r = 0;
    if (e.kind === 'dir') r = yield* fs.mkdir(p, 0o755);
    else if (e.kind === 'file') r = yield* fs.write(p, e.data, false);
    else if (e.kind === 'symlink') r = yield* fs.symlink(e.target, p);
    else if (e.kind === 'link') r = yield* fs.link(`${root}/${e.target}`, p);
    else yield* mark.whiteout(p);
    if (r < 0) throw new Error(`layer setup: ${e.kind} ${p}: ${errnoName(r)}`);
    if (e.kind === 'dir' && e.opaque) yield* mark.opaque(p);
  }
}

const res = (r: number): string => (r < 0 ? errnoName(r) : 'ok');

/** rm -r, children in name order (the simulator's tmpfs lists in another order than Linux's). */
function* rmtree(fs: Fs, p: string): Gen<number> {
  const st = yield* fs.lstat(p);
  if (typeof st === 'number') return st;
  if (st.type !== 'd') return yield* fs.unlink(p);
  const names = yield* fs.readdir(p);
  if (typeof names === 'number') return names;
  for (const n of [...names].sort()) {
    const r = yield* rmtree(fs, `${p}/${n}`);
    if (r < 0) return r;
  }
  return yield* fs.rmdir(p);
}

const showStat = (st: St): string => `${st.type} ${st.perm.toString(8)} size=${st.size} nlink=${st.nlink}`;

/** Inode numbers of the directories above `rel` in the merged tree (symlinks followed). */
function* above(fs: Fs, at: (p: string) => string, rel: string): Gen<number[]> {
  const root = yield* fs.stat(at('.'));
  const out: number[] = [];
  let dir = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/')) : '.';
  for (let depth = 0; depth < 8; depth++, dir += '/..') {
    const st = yield* fs.stat(at(dir));
    if (typeof st === 'number' || typeof root === 'number' || st.ino === root.ino) break;
    out.push(st.ino);
  }
  return out;
}

/**
 * Divergences of the simulator's generic VFS (src/kernel/syscall), not of overlayfs, that the
 * simulator still has: both sides skip an operation that would hit one, so the rest of the
 * sequence still checks overlayfs. Set OVL_DIFF_VFS_BUGS=1 to run them anyway.
 */
function* knownVfsBug(fs: Fs, at: (p: string) => string, o: Op): Gen<string | undefined> {
  if (o.op === 'write' || o.op === 'append') {
    // open(O_CREAT) through a symlink to a missing name creates that name; the simulator: ENOENT.
    const l = yield* fs.lstat(at(o.path));
    if (typeof l !== 'number' && l.type === 'l' && (yield* fs.stat(at(o.path))) === -ENOENT)
      return 'creat-through-dangling-symlink';
  }
  if (o.op === 'rename') {
    const from = yield* fs.lstat(at(o.from));
    const to = yield* fs.lstat(at(o.to));
    // Moving a directory below itself is EINVAL, and onto its own ancestor ENOTEMPTY, before any
    // check of the types (lock_rename's trap); the simulator checks the types first.
    if (typeof from !== 'number' && from.type === 'd' && (yield* above(fs, at, o.to)).includes(from.ino))
      return 'rename-dir-into-itself';
    if (typeof to !== 'number' && to.type === 'd' && (yield* above(fs, at, o.from)).includes(to.ino))
      return 'rename-onto-ancestor';
    // Linux leaves the emptiness of a target directory to the filesystem, which checks it after
    // its own refusals (overlayfs: EXDEV for a merged source); the simulator's VFS checks first.
    if (typeof from !== 'number' && from.type === 'd' && typeof to !== 'number' && to.type === 'd') {
      const names = yield* fs.readdir(at(o.to));
      if (typeof names !== 'number' && names.length > 0) return 'rename-dir-over-nonempty-dir';
    }
  }
  if (o.op === 'link') {
    // link(dir, existing) is EEXIST (the new name is checked first); the simulator: EPERM.
    const from = yield* fs.lstat(at(o.from));
    const to = yield* fs.lstat(at(o.to));
    if (typeof from !== 'number' && from.type === 'd' && typeof to !== 'number')
      return 'link-dir-over-existing';
  }
  return undefined;
}

const VFS_WORKAROUNDS = !process.env.OVL_DIFF_VFS_BUGS;

/** Apply one operation to the overlay of `dir` (mounted on dir/m); the result both must agree on. */
export function* applyOp(fs: Fs, dir: string, o: Op, options: string): Gen<string> {
  const at = (p: string): string => `${dir}/m/${p}`;
  const bug = VFS_WORKAROUNDS ? yield* knownVfsBug(fs, at, o) : undefined;
  if (bug) return `skipped (${bug})`;
  switch (o.op) {
    case 'write':
    case 'append':
      return res(yield* fs.write(at(o.path), o.data, o.op === 'append'));
    case 'truncate':
      return res(yield* fs.truncate(at(o.path), o.len));
    case 'chmod':
      return res(yield* fs.chmod(at(o.path), o.mode));
    case 'unlink':
      return res(yield* fs.unlink(at(o.path)));
    case 'rmdir':
      return res(yield* fs.rmdir(at(o.path)));
    case 'rmtree':
      return res(yield* rmtree(fs, at(o.path)));
    case 'mkdir':
      return res(yield* fs.mkdir(at(o.path), 0o755));
    case 'rename':
      return res(yield* fs.rename(at(o.from), at(o.to)));
    case 'link':
      return res(yield* fs.link(at(o.from), at(o.to)));
    case 'symlink':
      return res(yield* fs.symlink(o.target, at(o.path)));
    case 'cat': {
      const r = yield* fs.read(at(o.path));
      return typeof r === 'number' ? res(r) : JSON.stringify(r);
    }
    case 'ls': {
      // Sorted: the simulator's tmpfs lists in creation order, Linux's newest first.
      const r = yield* fs.readdir(at(o.path));
      return typeof r === 'number' ? res(r) : `[${[...r].sort().join(' ')}]`;
    }
    case 'stat': {
      const r = yield* fs.stat(at(o.path));
      return typeof r === 'number' ? res(r) : showStat(r);
    }
    case 'remount':
      return res(yield* fs.remount(dir, options));
  }
}

/** Names each inode number by the order it is first seen, so runs compare by identity. */
export class InoLabels {
  private readonly seen = new Map<number, string>();
  label(ino: number): string {
    let l = this.seen.get(ino);
    if (l === undefined) this.seen.set(ino, (l = `#${this.seen.size + 1}`));
    return l;
  }
}

function hex(v: Uint8Array): string {
  return [...v].map((b) => b.toString(16).padStart(2, '0')).join('');
}

function showXattr(name: string, value: Uint8Array): string {
  const short = name.replace(/^trusted\.overlay\./, '');
  if (short === 'origin' || short === 'uuid') return short;
  const text = String.fromCharCode(...value);
  return /^[\x20-\x7e]*$/.test(text) ? `${short}=${JSON.stringify(text)}` : `${short}=0x${hex(value)}`;
}

export interface DumpOptions {
  readonly xattrs: boolean;
  readonly labels?: InoLabels;
}

/** One line per object under `root` (itself included as "."), sorted depth-first, no following. */
export function* dumpTree(fs: Fs, root: string, opts: DumpOptions, rel = '.'): Gen<string[]> {
  const path = rel === '.' ? root : `${root}/${rel}`;
  const st = yield* fs.lstat(path);
  if (typeof st === 'number') return [`${rel} ${res(st)}`];
  let line = `${rel} ${showStat(st)}`;
  if (opts.labels) line += ` ino=${opts.labels.label(st.ino)}`;
  if (st.type === 'f') {
    const data = yield* fs.read(path);
    line += ` ${typeof data === 'number' ? res(data) : JSON.stringify(data)}`;
  } else if (st.type === 'l') line += ` -> ${String(yield* fs.readlink(path))}`;
  else if (st.type === 'c' || st.type === 'b') line += ` ${st.rdev}`;
  if (opts.xattrs) {
    const xs = (yield* fs.xattrs(path)).map(([n, v]) => showXattr(n, v)).sort();
    if (xs.length > 0) line += ` {${xs.join(' ')}}`;
  }
  const out = [line];
  if (st.type !== 'd') return out;
  const names = yield* fs.readdir(path);
  if (typeof names === 'number') return [...out, `${rel}/ readdir ${res(names)}`];
  for (const n of [...names].sort()) {
    out.push(...(yield* dumpTree(fs, root, opts, rel === '.' ? n : `${rel}/${n}`)));
  }
  return out;
}
