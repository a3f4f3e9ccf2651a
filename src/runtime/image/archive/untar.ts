// docker load's first step: unpack the input into the daemon's temporary directory
// (chrootarchive.Untar → archive.Unpack, reading with Go's archive/tar), kept here as an
// in-memory map of relative paths. Go's reader is stricter than GNU tar at the edges:
//   fewer than 512 bytes where a header should be → "unexpected EOF"
//   a block that is no valid header (bad checksum, junk, a zero block then data) → "archive/tar: invalid tar header"
//   a member whose data is cut short → "unexpected EOF"
// and an input of zero bytes is an empty archive.
//
// Simplification: gzip/bzip2/xz input is not decompressed (it fails as an invalid header); owners,
// modes and times of the unpacked files are not kept; hard links share data.

import type { TarMember } from '../../../userland/libc/tar';
import { BLOCK_SIZE, DIRTYPE, LNKTYPE, SYMTYPE, TarReader } from '../../../userland/libc/tar';

export const ERR_UNEXPECTED_EOF = 'unexpected EOF';
export const ERR_INVALID_HEADER = 'archive/tar: invalid tar header';

export type UnpackedNode =
  | { readonly kind: 'file'; readonly data: Uint8Array }
  | { readonly kind: 'dir' }
  | { readonly kind: 'symlink'; readonly target: string };

/** Unpacked tree: clean relative paths ("a/b") → nodes; parents always present as dirs. */
export type Unpacked = Map<string, UnpackedNode>;

function isZero(bytes: Uint8Array, at: number): boolean {
  if (at + BLOCK_SIZE > bytes.length) return false;
  for (let i = at; i < at + BLOCK_SIZE; i++) if (bytes[i]) return false;
  return true;
}

/** What Go's reader says where the GNU-style reader stopped at `offset` with a lone zero block or the end. */
function endError(bytes: Uint8Array, offset: number): string | undefined {
  if (offset === bytes.length || isZero(bytes, offset)) return undefined;
  return bytes.length - offset < BLOCK_SIZE ? ERR_UNEXPECTED_EOF : ERR_INVALID_HEADER;
}

/** Every member of a tar as Go's archive/tar reads it, or Go's error. */
export function readGoTar(bytes: Uint8Array): { members: TarMember[] } | { error: string } {
  const members: TarMember[] = [];
  if (bytes.length === 0) return { members };
  const reader = new TarReader(bytes);
  for (;;) {
    const ev = reader.next();
    if (ev.kind === 'member') {
      members.push(ev.member);
      continue;
    }
    if (ev.kind === 'end') {
      const error = reader.offset > bytes.length ? ERR_UNEXPECTED_EOF : endError(bytes, reader.offset);
      return error ? { error } : { members };
    }
    const { problem, block } = ev.issue;
    if (problem === 'truncated') return { error: ERR_UNEXPECTED_EOF };
    if (problem === 'lone-zero') {
      const error = endError(bytes, block * BLOCK_SIZE);
      return error ? { error } : { members };
    }
    if (problem === 'not-tar' && bytes.length - block * BLOCK_SIZE < BLOCK_SIZE)
      return { error: ERR_UNEXPECTED_EOF };
    return { error: ERR_INVALID_HEADER };
  }
}

/** filepath.Clean of a relative member name, without leading "/" ("" for the root). */
export function cleanPath(name: string): string {
  const out: string[] = [];
  for (const c of name.split('/')) {
    if (c === '' || c === '.') continue;
    if (c === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (!name.startsWith('/')) out.push('..');
    } else out.push(c);
  }
  return out.join('/');
}

function addParents(tree: Unpacked, path: string): void {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    if (tree.get(dir)?.kind !== 'dir') tree.set(dir, { kind: 'dir' });
  }
}

/** archive.Unpack into memory: later members replace earlier ones (directories merge). */
export function untar(bytes: Uint8Array): { tree: Unpacked } | { error: string } {
  const read = readGoTar(bytes);
  if ('error' in read) return read;
  const tree: Unpacked = new Map();
  for (const { header: h, data } of read.members) {
    const path = cleanPath(h.name);
    if (path === '') continue;
    if (path === '..' || path.startsWith('../')) return { error: `"${path}" is outside of "/"` };
    addParents(tree, path);
    if (h.typeflag === DIRTYPE) {
      if (tree.get(path)?.kind !== 'dir') tree.set(path, { kind: 'dir' });
    } else if (h.typeflag === SYMTYPE) tree.set(path, { kind: 'symlink', target: h.linkname });
    else if (h.typeflag === LNKTYPE) {
      const target = tree.get(cleanPath(h.linkname));
      if (!target) return { error: `link /${cleanPath(h.linkname)} /${path}: no such file or directory` };
      tree.set(path, target);
    } else tree.set(path, { kind: 'file', data: data.slice() });
  }
  return { tree };
}

/**
 * symlink.FollowSymlinkInScope: `path` inside the unpacked root with every symlink resolved and
 * no way out of the root ("" is the root itself).
 */
export function resolveInScope(tree: Unpacked, path: string): string {
  let todo = cleanPath(path)
    .split('/')
    .filter((c) => c !== '' && c !== '..');
  const done: string[] = [];
  for (let links = 0; todo.length > 0;) {
    const [head, ...rest] = todo as [string, ...string[]];
    const candidate = [...done, head].join('/');
    const node = tree.get(candidate);
    if (node?.kind === 'symlink' && links++ < 255) {
      const base = node.target.startsWith('/') ? [] : done;
      todo = [...cleanPath([...base, node.target].join('/')).split('/'), ...rest].filter(
        (c) => c !== '' && c !== '..',
      );
      done.length = 0;
      continue;
    }
    done.push(head);
    todo = rest;
  }
  return done.join('/');
}
