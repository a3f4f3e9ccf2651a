// Go's path/filepath.EvalSymlinks (through Sys) and filepath.Rel, with Go's error texts: a
// missing component is `lstat /tmp/x/Dockerfile: no such file or directory`, a file used as a
// directory is a bare `not a directory`, a loop `EvalSymlinks: too many links`.

import { isDir, isLnk } from '../../../kernel/abi/stat';
import { normalizePath } from '../../../lib/path';
import type { Gen, Sys } from '../../../userland/sys';
import { strerror } from '../../../kernel/abi/errno';

const MAX_LINKS = 255;

/** Go's error string for an errno: strerror with a lower-case first letter. */
export function goErrno(err: number): string {
  const s = strerror(err);
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/** Drop the last component of a resolved prefix ("/a/b" → "/a", "/a" → "/", "a" → ""). */
function parentOf(dest: string, rooted: boolean): string {
  const r = dest.lastIndexOf('/');
  if (r < 0 || (rooted && r === 0)) return rooted ? '/' : '';
  return dest.slice(0, r);
}

/** filepath.EvalSymlinks: the path with every symlink resolved, or Go's error text. */
export function* evalSymlinks(sys: Sys, input: string): Gen<string | { error: string }> {
  let path = input;
  let rooted = path.startsWith('/');
  let dest = rooted ? '/' : '';
  let links = 0;
  let end = rooted ? 1 : 0;
  for (let start = end; start < path.length; start = end) {
    while (start < path.length && path[start] === '/') start++;
    end = start;
    while (end < path.length && path[end] !== '/') end++;
    if (end === start) break;
    const comp = path.slice(start, end);
    if (comp === '.') continue;
    if (comp === '..') {
      const last = dest.slice(dest.lastIndexOf('/') + 1);
      if (dest === '/' || dest === '' || last === '..')
        dest = dest === '/' ? '/' : dest === '' ? '..' : `${dest}/..`;
      else dest = parentOf(dest, rooted);
      continue;
    }
    dest = dest === '' || dest.endsWith('/') ? dest + comp : `${dest}/${comp}`;
    const st = yield* sys.lstat(dest);
    if (typeof st === 'number') return { error: `lstat ${dest}: ${goErrno(st)}` };
    if (!isLnk(st.mode)) {
      if (!isDir(st.mode) && end < path.length) return { error: 'not a directory' };
      continue;
    }
    if (++links > MAX_LINKS) return { error: 'EvalSymlinks: too many links' };
    const link = yield* sys.readlink(dest);
    if (typeof link === 'number') return { error: `readlink ${dest}: ${goErrno(link)}` };
    path = link + path.slice(end);
    if (link.startsWith('/')) {
      rooted = true;
      dest = '/';
      end = 1;
    } else {
      dest = parentOf(dest, rooted);
      end = 0;
    }
  }
  return normalizePath(dest === '' ? '.' : dest);
}

/** filepath.Rel for two clean absolute paths. */
export function relPath(base: string, target: string): string {
  const b = base.split('/').filter((c) => c !== '');
  const t = target.split('/').filter((c) => c !== '');
  let i = 0;
  while (i < b.length && i < t.length && b[i] === t[i]) i++;
  const parts = [...b.slice(i).map(() => '..'), ...t.slice(i)];
  return parts.length === 0 ? '.' : parts.join('/');
}
