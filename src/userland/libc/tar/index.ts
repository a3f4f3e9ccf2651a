// libc/tar: the tar archive format (a pure library: no Sys). It models GNU tar 1.34's default
// archive format (--format=gnu) byte for byte, so archives built here hash the same as those GNU
// tar writes for the same tree and options, and it reads GNU, ustar and pax archives. The `tar`
// program and the container engine's image layers (whiteouts are plain members named .wh.NAME,
// opaque directories hold .wh..wh..opq) are both built on it.
//
// Simplification: the whole archive is a Uint8Array in memory; names are UTF-8 text; no sparse,
// multi-volume or incremental (dumpdir) members; the writer never emits pax headers.

export type { TarHeader } from './header';
export {
  BLKTYPE,
  BLOCK_SIZE,
  CHRTYPE,
  CONTTYPE,
  DIRTYPE,
  FIFOTYPE,
  GNU_MAGIC,
  GNUTYPE_LONGLINK,
  GNUTYPE_LONGNAME,
  LNKTYPE,
  RECORD_SIZE,
  REGTYPE,
  SYMTYPE,
  USTAR_MAGIC,
  XGLTYPE,
  XHDTYPE,
  checksum,
} from './header';
export type { EncodeOptions, TarEntryInput } from './write';
export { TarWriter, encodeEnd, encodeEntry, encodeHeader, entryDefaults, padBlock } from './write';
export type { TarEvent, TarIssue, TarMember } from './read';
export { decodeHeader, parsePax } from './read';
export { TarReader, applyPaxRecords, readTar } from './reader';
export type { ListWidths } from './list';
export { headerTypeLetter, newListWidths, tarQuote, tarTime, verboseLine } from './list';
