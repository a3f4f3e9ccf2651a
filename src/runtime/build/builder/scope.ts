// Path resolution confined to a root (moby/sys/symlink FollowSymlinkInScope): every symlink on
// the way is followed, an absolute target restarts at the root, `..` never climbs above it, a
// missing component is accepted as is. COPY/ADD resolve their sources in the context (or image)
// and their destination in the image being built this way; WORKDIR and --chown too.

import type { TreeNode } from '../../image/tree';

/** A node at a resolved path ('' is the root), 'missing', or 'notdir' when a prefix is no directory. */
export type Lookup = (path: string) => TreeNode | 'missing' | 'notdir';

const MAX_LINKS = 255;

/** Clean "/" + p and drop the leading '/': '' for the root. */
function clean(p: string): string {
  const out: string[] = [];
  for (const c of p.split('/')) {
    if (c === '' || c === '.') continue;
    if (c === '..') out.pop();
    else out.push(c);
  }
  return out.join('/');
}

/**
 * The path with all symlinks resolved inside the root, or the error text. `shown` is the root's
 * name in error messages (the daemon's overlay mount directory for an image).
 */
export function resolveInScope(lookup: Lookup, path: string, shown = ''): string | { error: string } {
  let rest = clean(path);
  let done = '';
  for (let n = 0; rest !== ''; n++) {
    if (n > MAX_LINKS) return { error: `evalSymlinksInScope: too many links in ${shown}/${clean(path)}` };
    const i = rest.indexOf('/');
    const p = i < 0 ? rest : rest.slice(0, i);
    rest = i < 0 ? '' : rest.slice(i + 1);
    if (p === '') continue;
    const cleanP = clean(done + '/' + p);
    if (cleanP === '') {
      done = '';
      continue;
    }
    const node = lookup(cleanP);
    if (node === 'notdir') return { error: `lstat ${shown}/${cleanP}: not a directory` };
    if (node === 'missing' || node.kind !== 'symlink') {
      done = cleanP;
      continue;
    }
    if (node.target.startsWith('/')) done = '';
    else done = clean(cleanP + '/..');
    rest = node.target + '/' + rest;
  }
  return clean(done);
}

/** A Lookup over a plain tree (no symlinks followed). */
export function treeLookup(root: TreeNode): Lookup {
  return (path) => {
    let node: TreeNode = root;
    for (const c of path.split('/')) {
      if (c === '') continue;
      if (node.kind !== 'dir') return 'notdir';
      const next = node.children.get(c);
      if (!next || next.kind === 'whiteout') return 'missing';
      node = next;
    }
    return node;
  };
}
