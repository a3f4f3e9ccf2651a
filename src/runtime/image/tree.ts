// A file tree as plain data: what a layer tar describes and what an overlay upper directory holds.
// The engine converts between this and the real filesystem through Sys (readdir/lstat/read one
// way, mkdir/open/mknod/setxattr the other); everything here is pure.
//
// Hard links are the same FileNode object under two names. An overlay whiteout (a 0/0 character
// device in the upper dir) is a WhiteoutNode; an opaque directory (trusted.overlay.opaque="y")
// has `opaque: true`.

export interface NodeMeta {
  /** Permission bits (07777), without the file type. */
  mode: number;
  uid: number;
  gid: number;
  /** Seconds since 1970. */
  mtime: number;
  /** Owner names stored in tar headers ("" when numeric only). */
  uname?: string;
  gname?: string;
}

export interface FileNode extends NodeMeta {
  readonly kind: 'file';
  data: Uint8Array;
}

export interface DirNode extends NodeMeta {
  readonly kind: 'dir';
  readonly children: Map<string, TreeNode>;
  /** Overlay opaque directory: hides every lower entry of the same path. */
  opaque?: boolean;
}

export interface SymlinkNode extends NodeMeta {
  readonly kind: 'symlink';
  target: string;
}

export interface DeviceNode extends NodeMeta {
  readonly kind: 'chr' | 'blk' | 'fifo';
  major: number;
  minor: number;
}

/** An overlay whiteout: the name is deleted relative to the layers below. */
export interface WhiteoutNode extends Partial<NodeMeta> {
  readonly kind: 'whiteout';
}

export type TreeNode = FileNode | DirNode | SymlinkNode | DeviceNode | WhiteoutNode;

export function dirNode(mode = 0o755, mtime = 0, uid = 0, gid = 0): DirNode {
  return { kind: 'dir', mode, uid, gid, mtime, children: new Map() };
}

/** Path components of "a/b", "/a/b/", "./a//b" → ["a", "b"]. */
export function components(path: string): string[] {
  return path.split('/').filter((c) => c !== '' && c !== '.');
}

/** The node at a path, or undefined (no symlinks are followed). */
export function lookup(root: DirNode, path: string): TreeNode | undefined {
  let node: TreeNode = root;
  for (const c of components(path)) {
    if (node.kind !== 'dir') return undefined;
    const next = node.children.get(c);
    if (!next) return undefined;
    node = next;
  }
  return node;
}

/**
 * The directory at a path, created (mode 0755, owned by root, `mtime`) where missing; a
 * non-directory in the way is replaced, as Docker's layer unpacking does.
 */
export function ensureDir(root: DirNode, path: string, mtime = 0): DirNode {
  let dir = root;
  for (const c of components(path)) {
    const next = dir.children.get(c);
    if (next && next.kind === 'dir') {
      dir = next;
      continue;
    }
    const made = dirNode(0o755, mtime);
    dir.children.set(c, made);
    dir = made;
  }
  return dir;
}

/** Names of a directory in byte order (the order Go's filepath.Walk visits them). */
export function sortedNames(dir: DirNode): string[] {
  return [...dir.children.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Every path under root, depth first in byte order, relative ("etc", "etc/passwd"). */
export function walk(root: DirNode, visit: (path: string, node: TreeNode) => void, prefix = ''): void {
  for (const name of sortedNames(root)) {
    const node = root.children.get(name);
    if (!node) continue;
    const path = prefix + name;
    visit(path, node);
    if (node.kind === 'dir') walk(node, visit, path + '/');
  }
}
