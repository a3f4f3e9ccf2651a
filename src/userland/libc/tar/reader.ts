// TarReader: walk an archive in memory one event at a time (a member, a problem, or the end),
// the way GNU tar's list/extract loop meets them.

import { decode } from '../../../lib/utf8';
import type { TarHeader } from './header';
import { BLOCK_SIZE, GNUTYPE_LONGLINK, GNUTYPE_LONGNAME, XGLTYPE, XHDTYPE, isZeroBlock } from './header';
import type { TarEvent, TarIssue, TarMember } from './read';
import { decodeHeader, parsePax } from './read';

const END: TarEvent = { kind: 'end' };

/** Text up to the first NUL. */
function cString(data: Uint8Array): string {
  const nul = data.indexOf(0);
  return decode(nul < 0 ? data : data.subarray(0, nul));
}

export class TarReader {
  private pos = 0;
  private done = false;
  private seenHeader = false;
  private skipping = false;

  constructor(private readonly bytes: Uint8Array) {}

  /** Byte offset of the next block to read. */
  get offset(): number {
    return this.pos;
  }

  private issue(problem: TarIssue['problem'], block: number, fatal: boolean): TarEvent {
    if (fatal) this.done = true;
    return { kind: 'issue', issue: { problem, block } };
  }

  /** The next member, problem or the end of the archive. */
  next(): TarEvent {
    if (this.done) return END;
    const start = this.pos;
    let longName: string | undefined;
    let longLink: string | undefined;
    let pax: Map<string, string> | undefined;
    for (;;) {
      const at = this.pos;
      if (at + BLOCK_SIZE > this.bytes.length) {
        this.done = true;
        return at === 0 ? this.issue('not-tar', 0, true) : END;
      }
      const block = this.bytes.subarray(at, at + BLOCK_SIZE);
      if (isZeroBlock(block)) return this.zeroBlock(at);
      const h = decodeHeader(block);
      if (!h) {
        if (!this.seenHeader) return this.issue('not-tar', at / BLOCK_SIZE, true);
        this.pos += BLOCK_SIZE;
        if (this.skipping) continue;
        this.skipping = true;
        return this.issue('skipped', at / BLOCK_SIZE, false);
      }
      this.skipping = false;
      this.seenHeader = true;
      const dataStart = at + BLOCK_SIZE;
      if (dataStart + h.size > this.bytes.length) return this.issue('truncated', at / BLOCK_SIZE, true);
      const data = this.bytes.subarray(dataStart, dataStart + h.size);
      this.pos = dataStart + Math.ceil(h.size / BLOCK_SIZE) * BLOCK_SIZE;
      if (h.typeflag === GNUTYPE_LONGNAME) longName = cString(data);
      else if (h.typeflag === GNUTYPE_LONGLINK) longLink = cString(data);
      else if (h.typeflag === XHDTYPE) pax = parsePax(data);
      else if (h.typeflag !== XGLTYPE) return this.member(h, data, start, longName, longLink, pax);
    }
  }

  private zeroBlock(at: number): TarEvent {
    this.done = true;
    const after = at + BLOCK_SIZE;
    const nextBlock = this.bytes.subarray(after, after + BLOCK_SIZE);
    if (nextBlock.length === BLOCK_SIZE && isZeroBlock(nextBlock)) return END;
    return this.issue('lone-zero', at / BLOCK_SIZE + 1, true);
  }

  private member(
    h: TarHeader,
    stored: Uint8Array,
    offset: number,
    longName: string | undefined,
    longLink: string | undefined,
    pax: Map<string, string> | undefined,
  ): TarEvent {
    let header: TarHeader = {
      ...h,
      name: longName ?? h.name,
      linkname: longLink ?? h.linkname,
    };
    let data = stored;
    if (pax) {
      header = applyPaxRecords(header, pax);
      if (header.size !== h.size) {
        const dataStart = this.pos - Math.ceil(h.size / BLOCK_SIZE) * BLOCK_SIZE;
        if (dataStart + header.size > this.bytes.length)
          return this.issue('truncated', dataStart / BLOCK_SIZE, true);
        data = this.bytes.subarray(dataStart, dataStart + header.size);
        this.pos = dataStart + Math.ceil(header.size / BLOCK_SIZE) * BLOCK_SIZE;
      }
    }
    const member: TarMember = { header, data, offset };
    return { kind: 'member', member };
  }
}

/** Apply pax records (path, linkpath, size, uid, gid, uname, gname, mtime) to a header. */
export function applyPaxRecords(h: TarHeader, pax: ReadonlyMap<string, string>): TarHeader {
  const num = (key: string, dflt: number): number => {
    const v = pax.get(key);
    const n = v === undefined || v === '' ? NaN : Math.floor(Number(v));
    return Number.isFinite(n) ? n : dflt;
  };
  return {
    ...h,
    name: pax.get('path') ?? h.name,
    linkname: pax.get('linkpath') ?? h.linkname,
    uname: pax.get('uname') ?? h.uname,
    gname: pax.get('gname') ?? h.gname,
    size: num('size', h.size),
    uid: num('uid', h.uid),
    gid: num('gid', h.gid),
    mtime: num('mtime', h.mtime),
  };
}

/** Every member of an archive and the problems met, in order (stops at a fatal problem). */
export function readTar(bytes: Uint8Array): { members: TarMember[]; issues: TarIssue[] } {
  const reader = new TarReader(bytes);
  const members: TarMember[] = [];
  const issues: TarIssue[] = [];
  for (;;) {
    const ev = reader.next();
    if (ev.kind === 'end') break;
    if (ev.kind === 'member') members.push(ev.member);
    else issues.push(ev.issue);
  }
  return { members, issues };
}
