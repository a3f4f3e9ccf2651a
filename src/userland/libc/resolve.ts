// Path canonicalization as gnulib's canonicalize_filename_mode does it for readlink -f/-e/-m,
// realpath and ln -r: walk the path a component at a time, follow each symlink (at most 40), and
// require existence of all components (-e), all but the last (-f), or none (-m).

import { ELOOP, ENOENT, ENOTDIR } from '../../kernel/abi/errno';
import { isDir, isLnk } from '../../kernel/abi/stat';
import { dirname, normalizePath } from '../../lib/path';
import type { Gen, Sys } from '../sys';

export type CanonMode = 'existing' | 'all-but-last' | 'missing';

const MAX_LINKS = 40;

/** The canonical absolute path, or -errno. `logical` resolves '..' before symlinks (realpath -L). */
export function* canonicalize(sys: Sys, path: string, mode: CanonMode, follow = true): Gen<string | number> {
  if (path === '') return -ENOENT;
  let base = '/';
  if (!path.startsWith('/')) {
    const cwd = yield* sys.getcwd();
    if (typeof cwd === 'number') return cwd;
    base = cwd;
  }
  const parts = path.split('/').filter((c) => c !== '');
  const out: string[] = base.split('/').filter((c) => c !== '');
  let links = 0;
  while (parts.length > 0) {
    const c = parts.shift()!;
    if (c === '.') continue;
    if (c === '..') {
      out.pop();
      continue;
    }
    out.push(c);
    const cur = '/' + out.join('/');
    const last = parts.length === 0;
    const st = yield* sys.lstat(cur);
    if (typeof st === 'number') {
      if (mode === 'missing' || (mode === 'all-but-last' && last && st === -ENOENT)) continue;
      return st;
    }
    if (isLnk(st.mode) && (follow || !last)) {
      if (++links > MAX_LINKS) return -ELOOP;
      const target = yield* sys.readlink(cur);
      if (typeof target === 'number') return target;
      out.pop();
      if (target.startsWith('/')) out.length = 0;
      parts.unshift(...target.split('/').filter((x) => x !== ''));
      continue;
    }
    if (!last && !isDir(st.mode) && mode !== 'missing') return -ENOTDIR;
  }
  return '/' + out.join('/');
}

/** `to` expressed relative to the directory `fromDir` (both absolute, normalized). */
export function relativePath(to: string, fromDir: string): string {
  const a = to.split('/').filter((c) => c !== '');
  const b = fromDir.split('/').filter((c) => c !== '');
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const up = b.slice(i).map(() => '..');
  const rel = [...up, ...a.slice(i)].join('/');
  return rel === '' ? '.' : rel;
}

/** ln -r: the symlink text that reaches `src` from the directory holding `dest`. */
export function* relativeTo(sys: Sys, src: string, dest: string): Gen<string> {
  const s = yield* canonicalize(sys, src, 'missing');
  const d = yield* canonicalize(sys, dirname(dest), 'missing');
  if (typeof s === 'number' || typeof d === 'number') return src;
  return relativePath(normalizePath(s), normalizePath(d));
}
