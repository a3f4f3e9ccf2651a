// A small builder for the base images' file trees. Everything is owned by root and stamped with
// one fixed mtime per layer, so the same image always yields the same bytes and digests.

import { encode } from '../../../lib/utf8';
import type { DirNode, FileNode } from '../tree';
import { components, dirNode, ensureDir, lookup } from '../tree';
import { programImage } from '../../../kernel/abi/binfmt';

/** An executable the simulated kernel runs: the ELF-like header naming a built-in program. */
export { programImage };

export class TreeBuilder {
  readonly root = dirNode();

  constructor(readonly mtime: number) {}

  private parent(path: string): [DirNode, string] {
    const parts = components(path);
    const name = parts.pop() ?? '';
    return [ensureDir(this.root, parts.join('/'), this.mtime), name];
  }

  /** Directories (mode applied to the last component). */
  dir(path: string, mode = 0o755): this {
    const d = ensureDir(this.root, path, this.mtime);
    d.mode = mode;
    d.mtime = this.mtime;
    return this;
  }

  file(path: string, content: string | Uint8Array, mode = 0o644): this {
    const [dir, name] = this.parent(path);
    const data = typeof content === 'string' ? encode(content) : content;
    dir.children.set(name, { kind: 'file', mode, uid: 0, gid: 0, mtime: this.mtime, data });
    return this;
  }

  /** An executable running the built-in program `program` (default: the file's name). */
  exe(path: string, program?: string): this {
    return this.file(path, programImage(program ?? components(path).pop() ?? ''), 0o755);
  }

  symlink(path: string, target: string): this {
    const [dir, name] = this.parent(path);
    dir.children.set(name, { kind: 'symlink', mode: 0o777, uid: 0, gid: 0, mtime: this.mtime, target });
    return this;
  }

  /** A hard link to an existing regular file. */
  link(path: string, existing: string): this {
    const node = lookup(this.root, existing);
    if (!node || node.kind !== 'file') return this;
    const [dir, name] = this.parent(path);
    dir.children.set(name, node as FileNode);
    return this;
  }

  /** Every name of `names` in `dir` made by `make(path, name)`. */
  each(dir: string, names: readonly string[], make: (path: string, name: string) => void): this {
    for (const n of names) make(`${dir}/${n}`, n);
    return this;
  }
}

/** Seconds since 1970 of an RFC 3339 UTC time ("2023-07-18T23:19:33.655005962Z"). */
export function epochSeconds(rfc3339: string): number {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)/.exec(rfc3339);
  if (!m) return 0;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  // Days from civil (Howard Hinnant's algorithm), deterministic and Date-free.
  const yy = mo <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  const days = era * 146097 + doe - 719468;
  return days * 86400 + h * 3600 + mi * 60 + s;
}
