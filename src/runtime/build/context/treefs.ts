// A build context from a plain file tree instead of the machine's filesystem: for a context
// that arrives as a tar on stdin (`docker build - < ctx.tar`), a bare Dockerfile on stdin, and
// for tests. The same walk and rules apply; running it makes no system call.

import { EISDIR, ENOENT, ENOTDIR } from '../../../kernel/abi/errno';
import { encode } from '../../../lib/utf8';
import type { Gen } from '../../../userland/sys';
import type { DirNode, FileNode, TreeNode } from '../../image/tree';
import { dirNode, lookup } from '../../image/tree';
import type { BuildContext } from './assemble';
import { assembleContext } from './assemble';
import type { ContextFs } from './walk';

/** The tree seen as a context directory; a FileNode under two names is a hard link. */
export function treeContextFs(root: DirNode): ContextFs {
  const inodes = new Map<TreeNode, number>();
  const links = new Map<TreeNode, number>();
  const count = (dir: DirNode): void => {
    for (const child of dir.children.values()) {
      links.set(child, (links.get(child) ?? 0) + 1);
      if (child.kind === 'dir') count(child);
    }
  };
  count(root);
  const find = (rel: string): TreeNode | undefined => (rel === '' ? root : lookup(root, rel));
  return {
    display: (rel) => '/' + rel,
    *lstat(rel) {
      const node = find(rel);
      if (!node || node.kind === 'whiteout') return -ENOENT;
      if (!inodes.has(node)) inodes.set(node, inodes.size + 1);
      const entry = node.kind === 'dir' ? { ...node, children: new Map<string, TreeNode>() } : node;
      return {
        node: entry,
        ino: inodes.get(node) ?? 0,
        nlink: node.kind === 'file' ? (links.get(node) ?? 1) : 1,
      };
    },
    *readdir(rel) {
      const node = find(rel);
      if (!node) return -ENOENT;
      return node.kind === 'dir' ? [...node.children.keys()] : -ENOTDIR;
    },
    *readFile(rel) {
      const node = find(rel);
      if (!node || node.kind === 'whiteout') return -ENOENT;
      return node.kind === 'file' ? node.data : node.kind === 'dir' ? -EISDIR : new Uint8Array(0);
    },
  };
}

/** Drive a generator that never yields a system call (pure code written as Gen). */
export function runPure<T>(gen: Gen<T>): T {
  const r = gen.next();
  if (!r.done) throw new Error(`unexpected system call ${r.value.nr} in pure code`);
  return r.value;
}

/** A context from a tree (its Dockerfile at `dockerfile`, default "Dockerfile"). */
export function contextFromTree(root: DirNode, dockerfile = 'Dockerfile'): BuildContext | { error: string } {
  return runPure(assembleContext(treeContextFs(root), dockerfile));
}

/** `docker build - < Dockerfile`: the CLI wraps the Dockerfile alone into a context. */
export function contextFromDockerfile(text: string, mtime = 0): BuildContext {
  const root = dirNode();
  const file: FileNode = { kind: 'file', mode: 0o644, uid: 0, gid: 0, mtime, data: encode(text) };
  root.children.set('Dockerfile', file);
  const ctx = contextFromTree(root);
  if ('error' in ctx) throw new Error(ctx.error);
  return ctx;
}
