// EditorIo over Sys: keys come from fd 0 (the terminal in raw mode), output goes to fd 2, and
// completion lists directories with getdents64 (stat for symlinks, to see which name directories).

import { EINTR } from '../../../kernel/abi/errno';
import { DT_DIR, DT_LNK, DT_UNKNOWN, isDir, isLnk } from '../../../kernel/abi/stat';
import { writeAll } from '../../libc/io';
import { childPath, readDir } from '../../libc/walk';
import type { Gen, Sys } from '../../sys';
import type { EditorIo } from './context';
import { decodeKey } from './keys';
import type { Key } from './keys';
import type { Candidate, LineEditState } from './types';

export class SysIo implements EditorIo {
  /** Input has ended (read returned 0 or failed); pending keys are still delivered. */
  private ended = false;

  constructor(
    private readonly sys: Sys,
    private readonly state: LineEditState,
  ) {}

  *nextKey(drain: () => string): Gen<Key | null> {
    for (;;) {
      const d = decodeKey(this.state.pending, this.ended);
      if (d !== null) {
        this.state.pending = this.state.pending.slice(d.length);
        return d.key;
      }
      if (this.ended) return null;
      const out = drain();
      if (out !== '') yield* writeAll(this.sys, 2, out);
      const data = yield* this.sys.read(0, 4096);
      if (typeof data === 'number') {
        if (data !== -EINTR) this.ended = true;
      } else if (data.length === 0) this.ended = true;
      else this.state.pending += this.state.decode(data);
    }
  }

  *listDir(path: string): Gen<Candidate[] | null> {
    const entries = yield* readDir(this.sys, path);
    if (typeof entries === 'number') return null;
    const out: Candidate[] = [];
    for (const e of entries) {
      if (e.type === DT_DIR) out.push({ name: e.name, isDir: true });
      else if (e.type === DT_LNK || e.type === DT_UNKNOWN)
        out.push(yield* this.describe(childPath(path, e.name), e.name));
      else out.push({ name: e.name, isDir: false });
    }
    return out;
  }

  private *describe(path: string, name: string): Gen<Candidate> {
    const l = yield* this.sys.lstat(path);
    if (typeof l === 'number') return { name, isDir: false };
    if (!isLnk(l.mode)) return { name, isDir: isDir(l.mode) };
    const st = yield* this.sys.stat(path);
    return { name, isDir: typeof st !== 'number' && isDir(st.mode), isLink: true };
  }
}
