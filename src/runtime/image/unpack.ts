// Reading layer tars back (moby pkg/archive UnpackLayer and the overlay whiteout converter):
// decodeLayer keeps whiteouts as markers (an overlay lower or upper directory), applyLayer
// applies them onto a flattened tree (a .wh.NAME removes NAME; .wh..wh..opq empties the directory
// of everything not unpacked from this same layer, so it acts before its siblings whatever the
// order; an existing path is replaced unless both old and new are directories).

import type { TarHeader, TarMember } from '../../userland/libc/tar';
import {
  BLKTYPE,
  CHRTYPE,
  CONTTYPE,
  DIRTYPE,
  FIFOTYPE,
  LNKTYPE,
  SYMTYPE,
  readTar,
} from '../../userland/libc/tar';
import { OPAQUE_WHITEOUT, WHITEOUT_PREFIX } from './changeset';
import type { DirNode, NodeMeta, TreeNode } from './tree';
import { components, dirNode, ensureDir, lookup } from './tree';

export type UnpackResult = { readonly ok: true } | { readonly ok: false; readonly error: string };

function headerMeta(h: TarHeader): NodeMeta {
  const m: NodeMeta = { mode: h.mode & 0o7777, uid: h.uid, gid: h.gid, mtime: h.mtime };
  if (h.uname) m.uname = h.uname;
  if (h.gname) m.gname = h.gname;
  return m;
}

/** The node a member stands for, or an error text (a hard link to a missing file). */
function memberNode(m: TarMember, root: DirNode): TreeNode | string {
  const h = m.header;
  const base = headerMeta(h);
  switch (h.typeflag) {
    case DIRTYPE:
      return { ...dirNode(), ...base };
    case SYMTYPE:
      return { ...base, kind: 'symlink', target: h.linkname };
    case LNKTYPE: {
      const target = lookup(root, h.linkname);
      if (!target || target.kind !== 'file') return `invalid hardlink ${h.name} -> ${h.linkname}`;
      return target;
    }
    case CHRTYPE:
    case BLKTYPE:
    case FIFOTYPE: {
      const kind = h.typeflag === CHRTYPE ? 'chr' : h.typeflag === BLKTYPE ? 'blk' : 'fifo';
      return { ...base, kind, major: h.devmajor, minor: h.devminor };
    }
    default:
      return { ...base, kind: 'file', data: m.data.slice() };
  }
}

/** Put a node at parent/name: directories over directories keep their children. */
function place(parent: DirNode, name: string, node: TreeNode): void {
  const old = parent.children.get(name);
  if (old && old.kind === 'dir' && node.kind === 'dir') {
    const { children: _c, ...rest } = node;
    Object.assign(old, rest);
    return;
  }
  parent.children.set(name, node);
}

interface Visit {
  readonly dir: string;
  readonly base: string;
  readonly member: TarMember;
}

/** Walk the members of a layer, with clean relative paths; stops at the first error. */
function eachMember(tar: Uint8Array, visit: (v: Visit) => string | undefined): UnpackResult {
  const { members, issues } = readTar(tar);
  const fatal = issues.find((i) => i.problem === 'not-tar' || i.problem === 'truncated');
  if (fatal)
    return { ok: false, error: fatal.problem === 'not-tar' ? 'not a tar archive' : 'unexpected EOF' };
  for (const member of members) {
    const parts = components(member.header.name);
    if (parts.includes('..')) return { ok: false, error: `invalid path in layer: ${member.header.name}` };
    const base = parts.pop();
    if (base === undefined) continue;
    if (member.header.typeflag === CONTTYPE) continue;
    const err = visit({ dir: parts.join('/'), base, member });
    if (err !== undefined) return { ok: false, error: err };
  }
  return { ok: true };
}

/**
 * A layer as an overlay directory: `.wh.NAME` becomes a WhiteoutNode at NAME and
 * `.wh..wh..opq` marks its directory opaque. Hard links resolve within the layer.
 */
export function decodeLayer(tar: Uint8Array): { root: DirNode } & UnpackResult {
  const root = dirNode();
  const result = eachMember(tar, ({ dir, base, member }) => {
    const parent = ensureDir(root, dir);
    if (base === OPAQUE_WHITEOUT) {
      parent.opaque = true;
    } else if (base.startsWith(WHITEOUT_PREFIX)) {
      parent.children.set(base.slice(WHITEOUT_PREFIX.length), {
        kind: 'whiteout',
        ...headerMeta(member.header),
      });
    } else {
      const node = memberNode(member, root);
      if (typeof node === 'string') return node;
      place(parent, base, node);
    }
    return undefined;
  });
  return { root, ...result };
}

/** Apply a layer onto a flattened tree in place (docker's ApplyLayer onto a plain directory). */
export function applyLayer(root: DirNode, tar: Uint8Array): UnpackResult {
  const unpacked = new Set<string>();
  return eachMember(tar, ({ dir, base, member }) => {
    const parent = ensureDir(root, dir);
    const prefix = dir === '' ? '' : dir + '/';
    if (base === OPAQUE_WHITEOUT) {
      for (const name of [...parent.children.keys()]) {
        if (!unpacked.has(prefix + name)) parent.children.delete(name);
      }
    } else if (base.startsWith(WHITEOUT_PREFIX)) {
      parent.children.delete(base.slice(WHITEOUT_PREFIX.length));
    } else {
      const node = memberNode(member, root);
      if (typeof node === 'string') return node;
      place(parent, base, node);
      unpacked.add(prefix + base);
    }
    return undefined;
  });
}

/** The layer's size as `docker history` shows it: bytes of regular file data (links count 0). */
export function layerSize(tar: Uint8Array): number {
  let size = 0;
  for (const m of readTar(tar).members) {
    const t = m.header.typeflag;
    if (t !== DIRTYPE && t !== SYMTYPE && t !== LNKTYPE && t !== CHRTYPE && t !== BLKTYPE && t !== FIFOTYPE) {
      size += m.header.size;
    }
  }
  return size;
}
