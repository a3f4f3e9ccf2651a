// The build context as the tar the CLI sends (docker/cli TarWithOptions with uid/gid 0): one
// entry per file, directory ("sub/"), symlink or device, a second name of a hard-linked file as a
// link entry. From the entries come the size the CLI prints and the per-file tarsum (version 1)
// the daemon records while unpacking, which COPY/ADD put into their cache key as `file:<sum>`.
//
// Simplification: the size assumes Go's writer (USTAR headers, a PAX header only for names or
// link targets USTAR cannot hold, no record padding); owner names are not looked up.

import { encode } from '../../../lib/utf8';
import { sha256Digest } from '../../image/digest';
import type { TreeNode } from '../../image/tree';

export interface ContextEntry {
  /** Path relative to the context root, without a trailing '/' ("app.txt", "sub", "sub/x"). */
  readonly path: string;
  readonly node: Exclude<TreeNode, { kind: 'whiteout' }>;
  /** A later name of a hard-linked file: the name it was first archived under. */
  readonly linkTo?: string;
}

const BLOCK = 512;
const NAME_SIZE = 100;
const PREFIX_SIZE = 155;

const TYPE_BITS = {
  file: 0o100000,
  dir: 0o040000,
  symlink: 0o120000,
  chr: 0o020000,
  blk: 0o060000,
  fifo: 0o010000,
};
const TYPEFLAG = { file: '0', dir: '5', symlink: '2', chr: '3', blk: '4', fifo: '6' };

const roundUp = (n: number): number => Math.ceil(n / BLOCK) * BLOCK;
const isAscii = (s: string): boolean => [...s].every((c) => c.charCodeAt(0) < 0x80);
const byteLength = (s: string): number => encode(s).length;

/** The name the entry has in the tar: directories end in '/'. */
export function tarName(e: ContextEntry): string {
  return e.node.kind === 'dir' ? e.path + '/' : e.path;
}

/** Go's splitUSTARPath: can a long ASCII name be stored as prefix + name? */
function splitsIntoUstar(name: string): boolean {
  let length = name.length;
  if (length <= NAME_SIZE || !isAscii(name)) return false;
  if (length > PREFIX_SIZE + 1) length = PREFIX_SIZE + 1;
  else if (name[length - 1] === '/') length--;
  const i = name.lastIndexOf('/', length - 1);
  const nlen = name.length - i - 1;
  return !(i <= 0 || nlen > NAME_SIZE || nlen === 0 || i > PREFIX_SIZE);
}

/** One PAX record "LEN key=value\n", LEN counting itself. */
function paxRecordLength(key: string, value: string): number {
  const base = byteLength(key) + byteLength(value) + 3;
  let size = base + String(base).length;
  if (String(size).length !== String(base).length) size = base + String(size).length;
  return size;
}

/** Bytes the entry takes in the tar (header, data padded to 512, PAX header if one is needed). */
export function entrySize(e: ContextEntry): number {
  const name = tarName(e);
  let pax = 0;
  if (!isAscii(name) || (byteLength(name) > NAME_SIZE && !splitsIntoUstar(name)))
    pax += paxRecordLength('path', name);
  const link = e.linkTo ?? (e.node.kind === 'symlink' ? e.node.target : '');
  if (!isAscii(link) || byteLength(link) > NAME_SIZE) pax += paxRecordLength('linkpath', link);
  const data = e.node.kind === 'file' && e.linkTo === undefined ? roundUp(e.node.data.length) : 0;
  return BLOCK + data + (pax > 0 ? BLOCK + roundUp(pax) : 0);
}

/** The whole archive: every entry plus Go's two zero blocks at the end. */
export function contextTarSize(entries: readonly ContextEntry[]): number {
  return entries.reduce((n, e) => n + entrySize(e), 2 * BLOCK);
}

/**
 * tarsum v1 of one entry (pkg/tarsum): sha256 over the header fields name, mode, uid, gid, size,
 * typeflag, linkname, uname, gname, devmajor, devminor, then the file's bytes. mtime is not part
 * of it: a new mtime keeps the cache.
 *
 * Two flavours, as the daemon computes them: a context file's sum comes from the uploaded tar
 * (Go's tar reader: permission bits only, owner 0:0, no owner names); a file of an image
 * (COPY --from) is hashed from the file itself (lazycontext): the mode keeps the file type bits,
 * the owner is the file's, and uid/gid 0 are named "root".
 */
export function entrySum(e: ContextEntry, fromImage = false): string {
  const n = e.node;
  const isLink = e.linkTo !== undefined;
  const data = n.kind === 'file' && !isLink ? n.data : new Uint8Array(0);
  const isDev = n.kind === 'chr' || n.kind === 'blk';
  const uid = fromImage ? n.uid : 0;
  const gid = fromImage ? n.gid : 0;
  const fields: [string, string][] = [
    ['name', tarName(e)],
    ['mode', String((fromImage ? TYPE_BITS[n.kind] : 0) | (n.mode & 0o7777))],
    ['uid', String(uid)],
    ['gid', String(gid)],
    ['size', String(data.length)],
    ['typeflag', isLink ? '1' : TYPEFLAG[n.kind]],
    ['linkname', e.linkTo ?? (n.kind === 'symlink' ? n.target : '')],
    ['uname', fromImage && uid === 0 ? 'root' : ''],
    ['gname', fromImage && gid === 0 ? 'root' : ''],
    ['devmajor', String(isDev ? n.major : 0)],
    ['devminor', String(isDev ? n.minor : 0)],
  ];
  const head = encode(fields.map(([k, v]) => k + v).join(''));
  const all = new Uint8Array(head.length + data.length);
  all.set(head);
  all.set(data, head.length);
  return sha256Digest(all).slice('sha256:'.length);
}
