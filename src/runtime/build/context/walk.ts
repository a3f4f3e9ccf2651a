// The CLI's walk over the context directory (pkg/archive TarWithOptions with the .dockerignore
// patterns, after ValidateContextDirectory): names in byte order, the root itself not archived,
// an excluded file skipped, an excluded directory skipped whole unless an exception pattern
// reaches inside it (then only the directory entry is left out), sockets left out, a regular
// file with several links archived once and then as link entries.

import { EACCES } from '../../../kernel/abi/errno';
import type { Gen } from '../../../userland/sys';
import type { ContextEntry } from './entries';
import type { PatternMatcher } from './patterns';

/** A file as the walk sees it: its node (file data not yet read), inode and link count. */
export interface FsEntry {
  readonly node: ContextEntry['node'] | { readonly kind: 'socket' };
  readonly ino: number;
  readonly nlink: number;
}

/** Where the context is read from: the machine's filesystem (through Sys) or a plain tree. */
export interface ContextFs {
  /** Absolute form of a relative path, for error messages. */
  readonly display: (rel: string) => string;
  lstat(rel: string): Gen<FsEntry | number>;
  /** Names in a directory (any order), or -errno. */
  readdir(rel: string): Gen<string[] | number>;
  readFile(rel: string): Gen<Uint8Array | number>;
}

const byteOrder = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

class Walker {
  readonly entries: ContextEntry[] = [];
  private readonly seenInodes = new Map<number, string>();

  constructor(
    private readonly fs: ContextFs,
    private readonly pm: PatternMatcher,
  ) {}

  /** Whether an excluded directory must still be walked (an exception pattern points inside). */
  private reachesInside(rel: string): boolean {
    if (!this.pm.hasExclusions()) return false;
    return this.pm.exclusionPatterns().some((p) => (p + '/').startsWith(rel + '/'));
  }

  *visit(rel: string): Gen<string | undefined> {
    const st = yield* this.fs.lstat(rel);
    if (typeof st === 'number') return st === -EACCES ? `can't stat '${this.fs.display(rel)}'` : undefined;
    const { node } = st;
    const skip = this.pm.matches(rel);
    if (typeof skip !== 'boolean') return skip.error;
    if (skip) {
      if (node.kind !== 'dir' || !this.reachesInside(rel)) return undefined;
      return yield* this.children(rel);
    }
    if (node.kind === 'socket') return undefined;
    if (node.kind === 'file') return yield* this.file(rel, node, st);
    this.entries.push({ path: rel, node });
    return node.kind === 'dir' ? yield* this.children(rel) : undefined;
  }

  private *file(
    rel: string,
    node: ContextEntry['node'] & { kind: 'file' },
    st: FsEntry,
  ): Gen<string | undefined> {
    const first = st.nlink > 1 ? this.seenInodes.get(st.ino) : undefined;
    if (first !== undefined) {
      this.entries.push({ path: rel, node, linkTo: first });
      return undefined;
    }
    if (st.nlink > 1) this.seenInodes.set(st.ino, rel);
    const data = yield* this.fs.readFile(rel);
    if (typeof data === 'number') {
      return data === -EACCES ? `no permission to read from '${this.fs.display(rel)}'` : undefined;
    }
    this.entries.push({ path: rel, node: { ...node, data } });
    return undefined;
  }

  *children(rel: string): Gen<string | undefined> {
    const names = yield* this.fs.readdir(rel);
    if (typeof names === 'number')
      return names === -EACCES ? `can't stat '${this.fs.display(rel)}'` : undefined;
    for (const name of [...names].sort(byteOrder)) {
      const err = yield* this.visit(rel === '' ? name : `${rel}/${name}`);
      if (err !== undefined) return err;
    }
    return undefined;
  }
}

/** Walk the context root: the archived entries in tar order, or the CLI's error text. */
export function* walkContext(fs: ContextFs, pm: PatternMatcher): Gen<ContextEntry[] | { error: string }> {
  const w = new Walker(fs, pm);
  const err = yield* w.children('');
  return err === undefined ? w.entries : { error: err };
}
