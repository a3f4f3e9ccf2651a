// One 512-byte tar header block: the field layout shared by ustar (POSIX.1-1988) and GNU tar,
// numeric fields (octal, or GNU base-256 when a value does not fit), and the checksum.
//
// Layout (offset/size): name 0/100, mode 100/8, uid 108/8, gid 116/8, size 124/12, mtime 136/12,
// chksum 148/8, typeflag 156/1, linkname 157/100, magic 257/6, version 263/2, uname 265/32,
// gname 297/32, devmajor 329/8, devminor 337/8, prefix 345/155 (ustar only; GNU keeps atime,
// ctime and sparse maps there, which GNU tar leaves zero for ordinary archives).

import { decode, encode } from '../../../lib/utf8';

export const BLOCK_SIZE = 512;
/** GNU tar's default record: a blocking factor of 20 blocks. */
export const RECORD_SIZE = 10240;

export const REGTYPE = '0';
export const LNKTYPE = '1';
export const SYMTYPE = '2';
export const CHRTYPE = '3';
export const BLKTYPE = '4';
export const DIRTYPE = '5';
export const FIFOTYPE = '6';
export const CONTTYPE = '7';
/** GNU: the data of this entry is the long name of the next one. */
export const GNUTYPE_LONGNAME = 'L';
/** GNU: the data of this entry is the long link name of the next one. */
export const GNUTYPE_LONGLINK = 'K';
/** POSIX.1-2001: extended header for the next entry / global extended header. */
export const XHDTYPE = 'x';
export const XGLTYPE = 'g';

/** GNU format magic+version: "ustar  \0". */
export const GNU_MAGIC = 'ustar  \0';
/** POSIX ustar magic+version: "ustar\0" "00". */
export const USTAR_MAGIC = 'ustar\x0000';

/** The decoded fields of one header. Times are whole seconds since 1970. */
export interface TarHeader {
  /** Member name as stored, e.g. "./etc/passwd", directories with a trailing "/". */
  readonly name: string;
  /** Permission bits (07777), without the file type. */
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  /** Size of the data that follows (0 for links, directories and devices). */
  readonly size: number;
  readonly mtime: number;
  /** One of REGTYPE, LNKTYPE, SYMTYPE, CHRTYPE, BLKTYPE, DIRTYPE, FIFOTYPE, ... */
  readonly typeflag: string;
  /** Target of a symlink, or the earlier member a hard link refers to. */
  readonly linkname: string;
  readonly uname: string;
  readonly gname: string;
  readonly devmajor: number;
  readonly devminor: number;
}

/** Write `text` (UTF-8) into a field, truncated to its size; the rest stays NUL. */
export function putString(block: Uint8Array, offset: number, size: number, text: string): void {
  block.set(encode(text).subarray(0, size), offset);
}

/**
 * A numeric field as GNU tar writes it: size-1 octal digits and a NUL; when the value does not
 * fit (or is negative), base-256 with the high bit of the first byte set.
 */
export function putNumber(block: Uint8Array, offset: number, size: number, value: number): void {
  const digits = size - 1;
  if (value >= 0 && value < 8 ** digits) {
    putString(block, offset, size, value.toString(8).padStart(digits, '0'));
    return;
  }
  let v = BigInt(Math.trunc(value));
  for (let i = size - 1; i >= 0; i--) {
    block[offset + i] = Number(BigInt.asUintN(8, v));
    v >>= 8n;
  }
  // Negative values are already two's complement down to the first byte; positive ones get the flag.
  if (value >= 0) block[offset] = 0x80 | ((block[offset] ?? 0) & 0x7f);
}

/** Read a string field up to its first NUL. */
export function getString(block: Uint8Array, offset: number, size: number): string {
  const field = block.subarray(offset, offset + size);
  const nul = field.indexOf(0);
  return decode(nul < 0 ? field : field.subarray(0, nul));
}

/** Read a numeric field: octal (leading spaces, ending at NUL or space) or base-256. */
export function getNumber(block: Uint8Array, offset: number, size: number): number {
  const first = block[offset] ?? 0;
  if (first & 0x80) {
    let v = BigInt(first & 0x7f) - (first & 0x40 ? 0x80n : 0n);
    for (let i = 1; i < size; i++) v = (v << 8n) | BigInt(block[offset + i] ?? 0);
    return Number(v);
  }
  let i = offset;
  const end = offset + size;
  while (i < end && block[i] === 0x20) i++;
  let value = 0;
  for (; i < end; i++) {
    const c = block[i] ?? 0;
    if (c < 0x30 || c > 0x37) break;
    value = value * 8 + (c - 0x30);
  }
  return value;
}

/** The unsigned header checksum: the sum of all bytes with the chksum field taken as spaces. */
export function checksum(block: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK_SIZE; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  return sum;
}

/** The same sum with bytes taken as signed chars (old tars computed it so; readers accept both). */
export function signedChecksum(block: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < BLOCK_SIZE; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
    sum += b >= 0x80 ? b - 0x100 : b;
  }
  return sum;
}

/** Store the checksum as GNU tar does: six octal digits, NUL, space. */
export function putChecksum(block: Uint8Array): void {
  putString(block, 148, 8, checksum(block).toString(8).padStart(6, '0') + '\0 ');
}

/** True if every byte of the block is zero (an end-of-archive block). */
export function isZeroBlock(block: Uint8Array): boolean {
  for (let i = 0; i < BLOCK_SIZE; i++) if (block[i]) return false;
  return true;
}
