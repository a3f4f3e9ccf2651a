// Reading tar archives member by member from bytes in memory, as GNU tar's read_header does:
// GNU long names/links ('L'/'K'), POSIX pax extended headers ('x'; global 'g' ignored), the ustar
// name prefix, checksums (unsigned or signed), the end-of-archive zero blocks, and the problems
// GNU reports ("This does not look like a tar archive", "Skipping to next header", "A lone zero
// block at N", "Unexpected EOF in archive").
//
// Simplification: names are decoded as UTF-8; pax sparse files and GNU multi-volume or sparse
// members are not understood (their data is returned as stored).

import { decode } from '../../../lib/utf8';
import type { TarHeader } from './header';
import { DIRTYPE, REGTYPE, checksum, getNumber, getString, signedChecksum } from './header';

export interface TarMember {
  /** The header, with long names and pax records applied. */
  readonly header: TarHeader;
  /** The member's data (header.size bytes; a view into the archive). */
  readonly data: Uint8Array;
  /** Byte offset of the member's first header block (its long-link or pax entry, if any). */
  readonly offset: number;
}

/**
 * What can go wrong, with GNU tar's reaction:
 * - not-tar: the first block is no header ("This does not look like a tar archive"), fatal;
 * - skipped: a bad header after good ones ("Skipping to next header"), reading goes on;
 * - lone-zero: one zero block then something else or EOF ("A lone zero block at N"), end;
 * - truncated: the archive ends inside a member ("Unexpected EOF in archive"), fatal.
 */
export interface TarIssue {
  readonly problem: 'not-tar' | 'skipped' | 'lone-zero' | 'truncated';
  /** Block number GNU prints ("A lone zero block at N"). */
  readonly block: number;
}

export type TarEvent =
  | { readonly kind: 'member'; readonly member: TarMember }
  | { readonly kind: 'issue'; readonly issue: TarIssue }
  | { readonly kind: 'end' };

/** Decode one header block, or null if its checksum is wrong. */
export function decodeHeader(block: Uint8Array): TarHeader | null {
  const stored = getNumber(block, 148, 8);
  if (stored !== checksum(block) && stored !== signedChecksum(block)) return null;
  let name = getString(block, 0, 100);
  if (getString(block, 257, 6) === 'ustar') {
    const prefix = getString(block, 345, 155);
    if (prefix) name = `${prefix}/${name}`;
  }
  let typeflag = String.fromCharCode(block[156] ?? 0);
  if (typeflag === '\0') typeflag = REGTYPE;
  if (typeflag === REGTYPE && name.endsWith('/')) typeflag = DIRTYPE;
  return {
    name,
    mode: getNumber(block, 100, 8) & 0o7777,
    uid: getNumber(block, 108, 8),
    gid: getNumber(block, 116, 8),
    size: getNumber(block, 124, 12),
    mtime: getNumber(block, 136, 12),
    typeflag,
    linkname: getString(block, 157, 100),
    uname: getString(block, 265, 32),
    gname: getString(block, 297, 32),
    devmajor: getNumber(block, 329, 8),
    devminor: getNumber(block, 337, 8),
  };
}

/** Parse pax records ("LEN key=value\n") into a map. */
export function parsePax(data: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < data.length) {
    let sp = at;
    while (sp < data.length && data[sp] !== 0x20) sp++;
    const len = Number(decode(data.subarray(at, sp)));
    if (!Number.isInteger(len) || len <= 0 || at + len > data.length) break;
    const record = decode(data.subarray(sp + 1, at + len - 1));
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    at += len;
  }
  return out;
}
