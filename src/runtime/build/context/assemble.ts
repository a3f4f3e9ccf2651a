// From the walked context to what the builder works with: the CLI's exclude patterns (with the
// Dockerfile and .dockerignore always sent), the tar size it reports, the per-file tarsums the
// daemon records, and the daemon's copy of the context, from which it removes .dockerignore and
// the Dockerfile when the patterns name them (builder/remotecontext removeDockerfile).

import { ENOENT } from '../../../kernel/abi/errno';
import { decode, encode } from '../../../lib/utf8';
import type { Gen } from '../../../userland/sys';
import type { DirNode, FileNode, TreeNode } from '../../image/tree';
import { components, dirNode, lookup } from '../../image/tree';
import type { ContextEntry } from './entries';
import { goErrno } from './paths';
import { contextTarSize, entrySum } from './entries';
import { ERR_BAD_PATTERN } from './gomatch';
import { PatternMatcher, matchesAny, readDockerignore } from './patterns';
import type { ContextFs } from './walk';
import { walkContext } from './walk';

export interface BuildContext {
  /** The context as the daemon unpacked it: owners 0:0, excluded files absent. */
  readonly root: DirNode;
  /** tarsum of every archived path ("app.txt", "sub"): COPY/ADD's `file:<sum>` cache keys. */
  readonly sums: ReadonlyMap<string, string>;
  /** Bytes of the tar the CLI sent (`Sending build context to Docker daemon  3.072kB`). */
  readonly size: number;
  /** The Dockerfile's name inside the context ("Dockerfile", "sub/Dockerfile.dev"). */
  readonly dockerfileName: string;
  readonly dockerfile: string;
}

/** A Dockerfile from outside the context, added under a random name (AddDockerfileToBuildContext). */
export interface OutsideDockerfile {
  readonly name: string;
  readonly data: Uint8Array;
  /** Seconds; the header the CLI makes for it (and for a .dockerignore it has to create). */
  readonly mtime: number;
}

function* excludePatterns(fs: ContextFs): Gen<string[] | { error: string }> {
  const data = yield* fs.readFile('.dockerignore');
  if (typeof data !== 'number') return readDockerignore(data);
  if (data === -ENOENT) return [];
  return { error: `open ${fs.display('.dockerignore')}: ${goErrno(data)}` };
}

/**
 * Add the outside Dockerfile and name it in .dockerignore so the daemon drops it again
 * (ReplaceFileTarWrapper: a .dockerignore it has to create comes after the Dockerfile).
 */
function addOutside(entries: ContextEntry[], df: OutsideDockerfile): void {
  const i = entries.findIndex((e) => e.path === '.dockerignore');
  const old = entries[i];
  const extra = `\n${df.name}\n`;
  const file = (data: Uint8Array): FileNode => ({
    kind: 'file',
    mode: 0o600,
    uid: 0,
    gid: 0,
    mtime: df.mtime,
    data,
  });
  if (old && old.node.kind === 'file') {
    const data = new Uint8Array([...old.node.data, ...encode(extra)]);
    entries[i] = { path: old.path, node: { ...old.node, data } };
    entries.push({ path: df.name, node: file(df.data) });
  } else {
    entries.push({ path: df.name, node: file(df.data) });
    entries.push({ path: '.dockerignore', node: file(encode('.dockerignore' + extra)) });
  }
}

/**
 * The bytes sent when the CLI rewrote the archive for an outside Dockerfile: its tar writer is
 * never closed, so the last entry's padding and the end-of-archive blocks are missing.
 */
function rewrittenSize(entries: readonly ContextEntry[]): number {
  const last = entries[entries.length - 1];
  const data = last && last.node.kind === 'file' && last.linkTo === undefined ? last.node.data.length : 0;
  const padding = (512 - (data % 512)) % 512;
  return contextTarSize(entries) - 1024 - padding;
}

/** A node as the daemon unpacks it: owner 0:0 (the CLI's ChownOpts), no owner names. */
function daemonNode(e: ContextEntry): TreeNode {
  const node: TreeNode = e.node.kind === 'dir' ? { ...e.node, children: new Map() } : { ...e.node };
  node.uid = 0;
  node.gid = 0;
  delete node.uname;
  delete node.gname;
  return node;
}

/** The daemon's tree: entries unpacked in order; missing parents appear as 0755 dirs. */
function unpack(entries: readonly ContextEntry[]): DirNode {
  const root = dirNode();
  const placed = new Map<string, TreeNode>();
  for (const e of entries) {
    const parts = components(e.path);
    const base = parts.pop();
    if (base === undefined) continue;
    let dir = root;
    for (const c of parts) {
      const next = dir.children.get(c);
      if (next && next.kind === 'dir') dir = next;
      else {
        const made = dirNode(0o755);
        dir.children.set(c, made);
        dir = made;
      }
    }
    const node = (e.linkTo === undefined ? undefined : placed.get(e.linkTo)) ?? daemonNode(e);
    dir.children.set(base, node);
    placed.set(e.path, node);
  }
  return root;
}

function removePath(root: DirNode, path: string): void {
  const parts = components(path);
  const base = parts.pop();
  const parent = lookup(root, parts.join('/'));
  if (base !== undefined && parent && parent.kind === 'dir') parent.children.delete(base);
}

/**
 * Walk the context and prepare it as the CLI and daemon do. `dockerfile` is the Dockerfile's
 * path relative to the context; `outside` carries one that lives outside the context instead.
 */
export function* assembleContext(
  fs: ContextFs,
  dockerfile: string,
  outside?: OutsideDockerfile,
): Gen<BuildContext | { error: string }> {
  const excludes = yield* excludePatterns(fs);
  if (!Array.isArray(excludes)) return excludes;
  const checked = PatternMatcher.create(excludes);
  if (!(checked instanceof PatternMatcher)) {
    // The Docker 28 CLI words a bad glob with a capital E (it fails in a later check).
    const prefix = checked.error === ERR_BAD_PATTERN ? 'Error' : 'error';
    return { error: `${prefix} checking context: ${checked.error}` };
  }
  const trimmed = [...excludes];
  if (matchesAny('.dockerignore', excludes)) trimmed.push('!.dockerignore');
  if (!outside && matchesAny(dockerfile, excludes)) trimmed.push('!' + dockerfile);
  const pm = PatternMatcher.create(trimmed);
  if (!(pm instanceof PatternMatcher)) return { error: `error checking context: ${pm.error}` };
  const walked = yield* walkContext(fs, pm);
  if (!Array.isArray(walked)) return { error: `error checking context: ${walked.error}` };
  const entries = [...walked];
  if (outside) addOutside(entries, outside);
  const sums = new Map(entries.map((e) => [e.path, entrySum(e)]));
  const root = unpack(entries);
  const dockerfileName = outside ? outside.name : dockerfile;
  const node = lookup(root, dockerfileName);
  if (!node || node.kind !== 'file')
    return { error: `Cannot locate specified Dockerfile: ${dockerfileName}` };
  const ignore = lookup(root, '.dockerignore');
  if (ignore && ignore.kind === 'file') {
    const patterns = readDockerignore(ignore.data);
    if (Array.isArray(patterns)) {
      for (const f of ['.dockerignore', dockerfileName]) if (matchesAny(f, patterns)) removePath(root, f);
    }
  }
  const size = outside ? rewrittenSize(entries) : contextTarSize(entries);
  return { root, sums, size, dockerfileName, dockerfile: decode(node.data) };
}
