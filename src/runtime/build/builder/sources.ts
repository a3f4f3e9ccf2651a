// COPY/ADD sources and their part of the cache key (moby builder/dockerfile copy.go): a file is
// `file:<tarsum>`, a directory `dir:<sha256 of its sorted member sums>`, several sources
// `multi:<sha256 of their keys>`. Paths are looked up with symlinks followed inside the context
// (or image); a wildcard source (Go's filepath.Match) expands to every path it matches.

import { sha256Digest } from '../../image/digest';
import type { TreeNode } from '../../image/tree';
import type { BuildContext } from '../context';
import { entrySum, goMatch, hasWildcards } from '../context';
import type { Lookup } from './scope';
import { resolveInScope, treeLookup } from './scope';

/** Where sources come from: the build context, or an image's filesystem (COPY --from). */
export interface SourceFs {
  readonly root: TreeNode;
  readonly lookup: Lookup;
  /** The source's Hash(path): the sum of what the path resolves to. */
  hash(rel: string): string;
  /** The error for a source path that does not exist. */
  notFound(path: string): string;
}

export interface CopyInfo {
  readonly fs: SourceFs;
  /** The source path as cleaned for lookup ("app.txt", "sub/x"). */
  readonly path: string;
  readonly hash: string;
  /** ADD of a URL: the downloaded file is never extracted. */
  readonly noDecompress?: boolean;
}

const hex = (text: string): string => sha256Digest(text).slice('sha256:'.length);

export function contextSource(ctx: BuildContext): SourceFs {
  const lookup = treeLookup(ctx.root);
  return {
    root: ctx.root,
    lookup,
    hash(rel) {
      const resolved = resolveInScope(lookup, rel);
      return (typeof resolved === 'string' ? ctx.sums.get(resolved) : undefined) ?? rel;
    },
    notFound: (path) =>
      `file not found in build context or excluded by .dockerignore: stat ${path}: file does not exist`,
  };
}

/** An image's files, hashed from the files themselves (lazycontext). */
export function treeSource(root: TreeNode): SourceFs {
  const lookup = treeLookup(root);
  const sums = new Map<string, string>();
  return {
    root,
    lookup,
    hash(rel) {
      const resolved = resolveInScope(lookup, rel);
      if (typeof resolved !== 'string') return rel;
      const node = lookup(resolved);
      if (node === 'missing' || node === 'notdir' || node.kind === 'whiteout') return rel;
      let sum = sums.get(resolved);
      if (sum === undefined) {
        sum = entrySum({ path: resolved, node }, true);
        sums.set(resolved, sum);
      }
      return sum;
    },
    notFound: (path) => `stat ${path}: file does not exist`,
  };
}

/** Every path below `dir` (inclusive), depth first in byte order, relative to the source root. */
function walkPaths(fs: SourceFs, dir: string, out: string[]): void {
  const node = fs.lookup(dir);
  if (node === 'missing' || node === 'notdir') return;
  if (dir !== '') out.push(dir);
  if (node.kind !== 'dir') return;
  for (const name of [...node.children.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    walkPaths(fs, dir === '' ? name : `${dir}/${name}`, out);
  }
}

/** The cleaned lookup path of a source as written (`/x` and `./x` are `x`). */
export function cleanSourcePath(orig: string): string {
  let p = orig;
  if (p.length > 1 && p.startsWith('/')) p = p.slice(1);
  return p.startsWith('./') ? p.slice(2) : p;
}

/** calcCopyInfo: the sources a path names, or the error text (without the `COPY failed: `). */
export function copyInfos(fs: SourceFs, orig: string, allowWildcards = true): CopyInfo[] | string {
  const path = cleanSourcePath(orig);
  if (allowWildcards && hasWildcards(path)) {
    const all: string[] = [];
    walkPaths(fs, '', all);
    const out: CopyInfo[] = [];
    for (const rel of all) {
      if (goMatch(path, rel) !== true) continue;
      const sub = copyInfos(fs, rel, false);
      if (typeof sub === 'string') return sub;
      out.push(...sub);
    }
    return out;
  }
  const resolved = resolveInScope(fs.lookup, path);
  const node = typeof resolved === 'string' ? fs.lookup(resolved) : 'missing';
  if (typeof resolved !== 'string' || node === 'missing' || node === 'notdir') {
    return fs.notFound(path);
  }
  if (node.kind !== 'dir') return [{ fs, path, hash: 'file:' + fs.hash(path) }];
  const members: string[] = [];
  walkPaths(fs, resolved, members);
  const sums = members.map((rel) => fs.hash(rel)).sort();
  return [{ fs, path, hash: 'dir:' + hex(sums.join(',')) }];
}

/** The key of all sources of one instruction. */
export function sourcesHash(infos: readonly CopyInfo[]): string {
  if (infos.length === 1 && infos[0]) return infos[0].hash;
  return 'multi:' + hex(infos.map((i) => i.hash).join(','));
}
