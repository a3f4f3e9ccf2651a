// `docker build DIR`: the CLI side of preparing a local build context through Sys
// (docker/cli cli/command/image/build/context.go): the context path made absolute with its
// symlinks resolved, the Dockerfile looked up (DIR/Dockerfile, else DIR/dockerfile, or -f
// relative to the working directory), then the context walked and archived.

import { ENOENT } from '../../../kernel/abi/errno';
import { isBlk, isChr, isDir, isFifo, isLnk, isReg, major, minor } from '../../../kernel/abi/stat';
import type { Stat } from '../../../kernel/abi/stat';
import { normalizePath } from '../../../lib/path';
import { readFile } from '../../../userland/libc/io';
import { readDir } from '../../../userland/libc/walk';
import type { Gen, Sys } from '../../../userland/sys';
import { CLOCK_REALTIME } from '../../../userland/sys';
import { goQuote } from '../go-fmt';
import type { BuildContext } from './assemble';
import { assembleContext } from './assemble';
import { evalSymlinks, goErrno, relPath } from './paths';
import type { ContextFs, FsEntry } from './walk';

function entryOf(st: Stat, target: string): FsEntry {
  const meta = { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid, mtime: st.mtime.sec };
  const base = { ino: st.ino, nlink: st.nlink };
  if (isDir(st.mode)) return { ...base, node: { ...meta, kind: 'dir', children: new Map() } };
  if (isReg(st.mode)) return { ...base, node: { ...meta, kind: 'file', data: new Uint8Array(0) } };
  if (isLnk(st.mode)) return { ...base, node: { ...meta, kind: 'symlink', target } };
  if (isChr(st.mode) || isBlk(st.mode) || isFifo(st.mode)) {
    const kind = isChr(st.mode) ? 'chr' : isBlk(st.mode) ? 'blk' : 'fifo';
    return { ...base, node: { ...meta, kind, major: major(st.rdev), minor: minor(st.rdev) } };
  }
  return { ...base, node: { kind: 'socket' } };
}

/** The context directory seen through Sys. */
export function sysContextFs(sys: Sys, dir: string): ContextFs {
  const abs = (rel: string): string => (rel === '' ? dir : `${dir === '/' ? '' : dir}/${rel}`);
  return {
    display: abs,
    *lstat(rel) {
      yield* sys.compute(1000);
      const st = yield* sys.lstat(abs(rel));
      if (typeof st === 'number') return st;
      const target = isLnk(st.mode) ? yield* sys.readlink(abs(rel)) : '';
      return entryOf(st, typeof target === 'string' ? target : '');
    },
    *readdir(rel) {
      const entries = yield* readDir(sys, abs(rel));
      return typeof entries === 'number' ? entries : entries.map((d) => d.name);
    },
    readFile: (rel) => readFile(sys, abs(rel)),
  };
}

const prepare = (msg: string) => ({ error: `unable to prepare context: ${msg}` });

/** ResolveAndValidateContextPath: the absolute, symlink-free context directory. */
function* contextDir(sys: Sys, cwd: string, given: string): Gen<string | { error: string }> {
  const abs = normalizePath(given.startsWith('/') ? given : `${cwd}/${given}`);
  const resolved = yield* evalSymlinks(sys, abs);
  if (typeof resolved !== 'string')
    return prepare(`unable to evaluate symlinks in context path: ${resolved.error}`);
  const st = yield* sys.lstat(resolved);
  if (typeof st === 'number')
    return prepare(
      `unable to stat context directory ${goQuote(resolved)}: lstat ${resolved}: ${goErrno(st)}`,
    );
  if (!isDir(st.mode)) return prepare(`context must be a directory: ${resolved}`);
  return resolved;
}

/** getDockerfileRelPath: the Dockerfile's absolute path (symlinks resolved). */
function* dockerfilePath(
  sys: Sys,
  cwd: string,
  ctx: string,
  given: string | undefined,
): Gen<string | { error: string }> {
  let abs = given ? normalizePath(given.startsWith('/') ? given : `${cwd}/${given}`) : `${ctx}/Dockerfile`;
  if (!given && (yield* sys.lstat(abs)) === -ENOENT) {
    const alt = `${ctx}/dockerfile`;
    if (typeof (yield* sys.lstat(alt)) !== 'number') abs = alt;
  }
  const resolved = yield* evalSymlinks(sys, abs);
  if (typeof resolved !== 'string')
    return prepare(`unable to evaluate symlinks in Dockerfile path: ${resolved.error}`);
  const st = yield* sys.lstat(resolved);
  if (st === -ENOENT) return prepare(`Cannot locate Dockerfile: ${goQuote(resolved)}`);
  if (typeof st === 'number') return prepare(`unable to stat Dockerfile: lstat ${resolved}: ${goErrno(st)}`);
  return resolved;
}

function* randomName(sys: Sys): Gen<string> {
  const bytes = yield* sys.getrandom(10);
  return '.dockerfile.' + [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Prepare `docker build DIR [-f FILE]`: the context the daemon receives, or the CLI's error
 * (`unable to prepare context: path "nosuch" not found`).
 */
export function* readContext(
  sys: Sys,
  dir: string,
  dockerfile?: string,
): Gen<BuildContext | { error: string }> {
  if (typeof (yield* sys.stat(dir)) === 'number') return prepare(`path ${goQuote(dir)} not found`);
  const cwdResult = yield* sys.getcwd();
  const cwd = typeof cwdResult === 'string' ? cwdResult : '/';
  const ctx = yield* contextDir(sys, cwd, dir);
  if (typeof ctx !== 'string') return ctx;
  const df = yield* dockerfilePath(sys, cwd, ctx, dockerfile === '' ? undefined : dockerfile);
  if (typeof df !== 'string') return df;
  const rel = relPath(ctx, df);
  if (!rel.startsWith('../')) return yield* assembleContext(sysContextFs(sys, ctx), rel);
  const data = yield* readFile(sys, dockerfile ?? df);
  if (typeof data === 'number')
    return { error: `unable to open Dockerfile: open ${dockerfile ?? df}: ${goErrno(data)}` };
  const now = yield* sys.clock_gettime(CLOCK_REALTIME);
  const outside = { name: yield* randomName(sys), data, mtime: now.sec };
  return yield* assembleContext(sysContextFs(sys, ctx), rel, outside);
}
