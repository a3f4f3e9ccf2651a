// Writing tar archives byte for byte as GNU tar 1.34 does with its default --format=gnu: headers
// with the "ustar  \0" magic, 7-digit modes, ././@LongLink 'K'/'L' entries for link targets and
// names longer than 100 bytes, data padded to 512 bytes, two zero blocks at the end and the whole
// archive padded with zeros to a multiple of the record size (10240 bytes).

import { concatBytes, encode } from '../../../lib/utf8';
import type { TarHeader } from './header';
import {
  BLKTYPE,
  BLOCK_SIZE,
  CHRTYPE,
  DIRTYPE,
  GNU_MAGIC,
  GNUTYPE_LONGLINK,
  GNUTYPE_LONGNAME,
  RECORD_SIZE,
  REGTYPE,
  putChecksum,
  putNumber,
  putString,
} from './header';

/** A header to write: only `name` is required (see entryDefaults). */
export type TarEntryInput = Partial<TarHeader> & { readonly name: string };

export interface EncodeOptions {
  /**
   * uname/gname of the ././@LongLink headers. GNU tar writes the names of uid 0 and gid 0
   * ("root"), or nothing with --numeric-owner. Default: "root".
   */
  readonly longLinkUname?: string;
  readonly longLinkGname?: string;
}

/** Fill in a header: regular file, mode 0644 (0755 for directories), uid/gid 0, mtime 0. */
export function entryDefaults(e: TarEntryInput, data?: Uint8Array): TarHeader {
  const typeflag = e.typeflag ?? REGTYPE;
  return {
    name: e.name,
    mode: e.mode ?? (typeflag === DIRTYPE ? 0o755 : 0o644),
    uid: e.uid ?? 0,
    gid: e.gid ?? 0,
    size: data ? data.length : (e.size ?? 0),
    mtime: e.mtime ?? 0,
    typeflag,
    linkname: e.linkname ?? '',
    uname: e.uname ?? '',
    gname: e.gname ?? '',
    devmajor: e.devmajor ?? 0,
    devminor: e.devminor ?? 0,
  };
}

/** One header block exactly as GNU tar fills it (names longer than 100 bytes are cut). */
export function encodeHeader(h: TarHeader): Uint8Array {
  const block = new Uint8Array(BLOCK_SIZE);
  putString(block, 0, 100, h.name);
  putNumber(block, 100, 8, h.mode & 0o7777);
  putNumber(block, 108, 8, h.uid);
  putNumber(block, 116, 8, h.gid);
  putNumber(block, 124, 12, h.size);
  putNumber(block, 136, 12, h.mtime);
  putString(block, 156, 1, h.typeflag);
  putString(block, 157, 100, h.linkname);
  putString(block, 257, 8, GNU_MAGIC);
  putString(block, 265, 32, h.uname);
  putString(block, 297, 32, h.gname);
  if (h.typeflag === CHRTYPE || h.typeflag === BLKTYPE) {
    putNumber(block, 329, 8, h.devmajor);
    putNumber(block, 337, 8, h.devminor);
  }
  putChecksum(block);
  return block;
}

/** Data followed by zeros up to the next 512-byte boundary. */
export function padBlock(data: Uint8Array): Uint8Array {
  const rem = data.length % BLOCK_SIZE;
  if (rem === 0) return data;
  const out = new Uint8Array(data.length + BLOCK_SIZE - rem);
  out.set(data);
  return out;
}

/** The ././@LongLink entry carrying a long name ('L') or link target ('K'), NUL-terminated. */
function longLink(typeflag: string, text: Uint8Array, opts: EncodeOptions): Uint8Array[] {
  const data = new Uint8Array(text.length + 1);
  data.set(text);
  const header = entryDefaults({
    name: '././@LongLink',
    typeflag,
    uname: opts.longLinkUname ?? 'root',
    gname: opts.longLinkGname ?? 'root',
  });
  return [encodeHeader({ ...header, size: data.length }), padBlock(data)];
}

/**
 * The blocks of one member: any long-link entries (K before L), the header, and the data padded
 * to 512 bytes. `data` is given for regular files; its length becomes the size.
 */
export function encodeEntry(e: TarEntryInput, data?: Uint8Array, opts: EncodeOptions = {}): Uint8Array {
  const h = entryDefaults(e, data);
  const parts: Uint8Array[] = [];
  const link = encode(h.linkname);
  if (link.length > 100) parts.push(...longLink(GNUTYPE_LONGLINK, link, opts));
  const name = encode(h.name);
  if (name.length > 100) parts.push(...longLink(GNUTYPE_LONGNAME, name, opts));
  parts.push(encodeHeader(h));
  if (data && data.length > 0) parts.push(padBlock(data));
  return concatBytes(parts);
}

/**
 * What ends an archive of `written` bytes: two zero blocks, then zeros up to a multiple of the
 * record size (GNU tar pads the last record even for a regular file).
 */
export function encodeEnd(written: number, recordSize = RECORD_SIZE): Uint8Array {
  const total = written + 2 * BLOCK_SIZE;
  const rem = total % recordSize;
  return new Uint8Array(2 * BLOCK_SIZE + (rem === 0 ? 0 : recordSize - rem));
}

/** Builds a whole archive in memory: add() members in order, then finish(). */
export class TarWriter {
  private readonly parts: Uint8Array[] = [];
  private written = 0;

  constructor(private readonly opts: EncodeOptions & { readonly recordSize?: number } = {}) {}

  /** Append one member (see encodeEntry). */
  add(e: TarEntryInput, data?: Uint8Array): void {
    const bytes = encodeEntry(e, data, this.opts);
    this.parts.push(bytes);
    this.written += bytes.length;
  }

  /** Bytes written so far (before the end blocks). */
  get size(): number {
    return this.written;
  }

  /** The complete archive, end blocks and record padding included. */
  finish(): Uint8Array {
    return concatBytes([...this.parts, encodeEnd(this.written, this.opts.recordSize)]);
  }
}
