// Reading records from a file descriptor: RS="\n" (or any single character), RS="" (paragraph
// mode: blank lines separate records, leading newlines are skipped) and longer RS as a regex,
// as mawk does. Input is read in chunks as needed, so interactive input works line by line.

import type { Gen, Sys } from '../../sys';
import { bytesToLatin1 } from '../../libc/bytes';

export class RecordReader {
  private buf = '';
  private eof = false;
  /** -errno of a failed read, or 0. */
  error = 0;

  constructor(
    private readonly sys: Sys,
    readonly fd: number,
  ) {}

  private *fill(): Gen<boolean> {
    if (this.eof) return false;
    const chunk = yield* this.sys.read(this.fd, 65536);
    if (typeof chunk === 'number') {
      this.error = chunk;
      this.eof = true;
      return false;
    }
    if (chunk.length === 0) {
      this.eof = true;
      return false;
    }
    this.buf += bytesToLatin1(chunk);
    return true;
  }

  /** The next record, or null at end of input (or on a read error: see `error`). */
  *next(rs: string, re: RegExp | null): Gen<string | null> {
    if (rs === '') return yield* this.paragraph();
    for (let from = 0; ;) {
      const found = re ? this.findRegex(re, from) : this.findChar(rs, from);
      if (found) {
        const rec = this.buf.slice(0, found[0]);
        this.buf = this.buf.slice(found[1]);
        return rec;
      }
      from = re ? 0 : this.buf.length;
      if (!(yield* this.fill())) break;
    }
    if (this.buf === '') return null;
    const rec = this.buf;
    this.buf = '';
    return rec;
  }

  private findChar(rs: string, from: number): [number, number] | null {
    const i = this.buf.indexOf(rs, from);
    return i < 0 ? null : [i, i + rs.length];
  }

  /** A regex separator counts only if it ends before the buffer does (or input is over). */
  private findRegex(re: RegExp, from: number): [number, number] | null {
    re.lastIndex = from;
    const m = re.exec(this.buf);
    if (!m) return null;
    let end = m.index + m[0].length;
    if (m[0].length === 0) {
      re.lastIndex = m.index + 1;
      return this.findRegex(re, m.index + 1);
    }
    if (end >= this.buf.length && !this.eof) return null;
    end = Math.max(end, m.index + 1);
    return [m.index, end];
  }

  private *paragraph(): Gen<string | null> {
    for (;;) {
      const lead = /^\n*/.exec(this.buf)![0].length;
      if (lead < this.buf.length || !(yield* this.fill())) break;
    }
    this.buf = this.buf.replace(/^\n+/, '');
    for (;;) {
      const m = /\n\n+/.exec(this.buf);
      if (m && (m.index + m[0].length < this.buf.length || this.eof)) {
        const rec = this.buf.slice(0, m.index);
        this.buf = this.buf.slice(m.index + m[0].length);
        return rec;
      }
      if (!(yield* this.fill())) break;
    }
    if (this.buf === '') return null;
    const rec = this.buf.replace(/\n+$/, '');
    this.buf = '';
    return rec;
  }
}
