// Pathname expansion: each pattern component is matched against directory entries read with
// getdents64; a leading '.' must be matched explicitly; results are sorted bytewise (C locale).
// Simplification: no GLOBIGNORE, dotglob, nullglob, failglob, globstar or extglob.

import { O_DIRECTORY, O_RDONLY } from '../../../kernel/abi/fcntl';
import type { Gen, Sys } from '../../sys';
import { patternMatch, hasGlobChars } from './pattern';

function unescape(s: string): string {
  return s.replace(/\\(.)/gs, '$1');
}

function* readDir(sys: Sys, dir: string): Gen<string[]> {
  const fd = yield* sys.open(dir === '' ? '.' : dir, O_RDONLY | O_DIRECTORY);
  if (fd < 0) return [];
  const names: string[] = [];
  for (;;) {
    const ents = yield* sys.getdents64(fd);
    if (typeof ents === 'number' || ents.length === 0) break;
    for (const e of ents) names.push(e.name);
  }
  yield* sys.close(fd);
  return names;
}

/** Expand a pattern (quoted characters backslash-escaped); [] when nothing matches. */
export function* globExpand(sys: Sys, pattern: string): Gen<string[]> {
  const absolute = pattern.startsWith('/');
  const comps = pattern.split('/').filter((c, i) => c !== '' || i === 0);
  if (absolute) comps.shift();
  let paths: string[] = [absolute ? '/' : ''];
  for (let i = 0; i < comps.length; i++) {
    const comp = comps[i]!;
    const last = i === comps.length - 1;
    const next: string[] = [];
    if (!hasGlobChars(comp)) {
      const name = unescape(comp);
      for (const p of paths) next.push(join(p, name));
    } else {
      for (const p of paths) {
        const names = yield* readDir(sys, p);
        names.sort(byteOrder);
        for (const n of names) {
          if (n.startsWith('.') && !comp.startsWith('.') && !comp.startsWith('\\.')) continue;
          if (n === '.' || n === '..') continue;
          if (patternMatch(comp, n)) next.push(join(p, n));
        }
      }
      if (!last) {
        const dirs: string[] = [];
        for (const p of next) {
          const st = yield* sys.stat(p);
          if (typeof st !== 'number' && (st.mode & 0o170000) === 0o040000) dirs.push(p);
        }
        paths = dirs;
        continue;
      }
    }
    paths = next;
    if (paths.length === 0) return [];
  }
  if (pattern.endsWith('/')) paths = paths.map((p) => (p.endsWith('/') ? p : p + '/'));
  const out: string[] = [];
  for (const p of paths) {
    const st = yield* sys.lstat(p);
    if (typeof st !== 'number') out.push(p);
  }
  return out;
}

function join(dir: string, name: string): string {
  if (dir === '') return name;
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
