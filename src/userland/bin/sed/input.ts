// sed's input: the FILE operands read as one stream (or each separately with -s/-i), with one
// line of lookahead so `$` knows the last line; unreadable files are reported and skipped.

import type { Gen, Sys } from '../../sys';
import { strerror } from '../../../kernel/abi/errno';
import { isDir } from '../../../kernel/abi/stat';
import { warn } from '../../libc/io';
import { closeInput, fdLines, openInput } from '../../libc/input';
import type { LineSource } from '../../libc/input';
import type { SedLine } from './exec';

export class SedInput {
  private idx = -1;
  private src: LineSource | null = null;
  private fd = -1;
  private ahead: SedLine | null | undefined = undefined;
  current = '-';
  failed = false;

  constructor(
    private readonly sys: Sys,
    private readonly prog: string,
    private readonly files: readonly string[],
    private readonly delim: string,
    /** -s: `$` is the last line of each file. */
    private readonly separate = false,
  ) {}

  private *openNext(): Gen<boolean> {
    for (;;) {
      if (this.src) yield* closeInput(this.sys, this.fd);
      this.src = null;
      this.idx++;
      if (this.idx >= this.files.length) return false;
      const name = this.files[this.idx]!;
      const st = name === '-' ? null : yield* this.sys.stat(name);
      if (st !== null && typeof st !== 'number' && isDir(st.mode)) {
        yield* warn(this.sys, `${this.prog}: couldn't edit ${name}: not a regular file`);
        this.failed = true;
        continue;
      }
      const fd = yield* openInput(this.sys, name);
      if (fd < 0) {
        yield* warn(this.sys, `${this.prog}: can't read ${name}: ${strerror(fd)}`);
        this.failed = true;
        continue;
      }
      this.fd = fd;
      this.current = name;
      this.src = fdLines(this.sys, fd, this.delim);
      return true;
    }
  }

  private *fetch(cross = true): Gen<SedLine | null> {
    for (;;) {
      if (!this.src && (!cross || !(yield* this.openNext()))) return null;
      const raw = yield* this.src!.next();
      if (typeof raw === 'string') {
        const nl = raw.endsWith(this.delim);
        return { text: nl ? raw.slice(0, -1) : raw, nl };
      }
      if (typeof raw === 'number') {
        yield* warn(this.sys, `${this.prog}: read error on ${this.current}: ${strerror(raw)}`);
        this.failed = true;
      }
      yield* closeInput(this.sys, this.fd);
      this.src = null;
    }
  }

  *readLine(): Gen<SedLine | null> {
    if (this.ahead !== undefined) {
      const l = this.ahead;
      this.ahead = undefined;
      return l;
    }
    return yield* this.fetch();
  }

  *isLast(): Gen<boolean> {
    if (this.ahead === undefined) this.ahead = yield* this.fetch(!this.separate);
    if (this.ahead === null && this.separate) {
      this.ahead = undefined;
      return true;
    }
    return this.ahead === null;
  }
}
