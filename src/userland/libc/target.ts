// The SOURCE... DEST convention of cp, mv and ln: with several sources (or -t) DEST must be a
// directory and each source lands inside it under its base name; with one source, DEST may be an
// existing directory (into it) or a new name. Messages are GNU's.

import { strerror, ENOTDIR } from '../../kernel/abi/errno';
import { isDir } from '../../kernel/abi/stat';
import { basename } from '../../lib/path';
import type { Gen, Sys } from '../sys';
import { warn } from './io';
import { quoteaf } from './quote';
import { childPath } from './walk';

export interface Pair {
  readonly src: string;
  readonly dest: string;
}

/**
 * Pair sources with destinations. `noDeref` (-n / -T) treats a DEST that is a symlink to a
 * directory (or, with -T, any DEST) as a plain name. Returns null after printing an error.
 */
export function* pairTargets(
  sys: Sys,
  prog: string,
  operands: readonly string[],
  targetDir: string | undefined,
  noTargetDir: boolean,
  noDeref = false,
): Gen<Pair[] | null> {
  if (targetDir !== undefined) {
    const st = yield* sys.stat(targetDir);
    if (typeof st === 'number' || !isDir(st.mode)) {
      const why = typeof st === 'number' ? strerror(st) : strerror(-ENOTDIR);
      yield* warn(sys, `${prog}: target directory ${quoteaf(targetDir)}: ${why}`);
      return null;
    }
    return operands.map((src) => ({ src, dest: childPath(targetDir, basename(src)) }));
  }
  const dest = operands[operands.length - 1] ?? '';
  const sources = operands.slice(0, -1);
  const st = noDeref ? yield* sys.lstat(dest) : yield* sys.stat(dest);
  const destIsDir = typeof st !== 'number' && isDir(st.mode) && !noTargetDir;
  if (sources.length > 1 && !destIsDir) {
    if (typeof st === 'number') yield* warn(sys, `${prog}: target ${quoteaf(dest)}: ${strerror(st)}`);
    else yield* warn(sys, `${prog}: target ${quoteaf(dest)} is not a directory`);
    return null;
  }
  if (destIsDir) return sources.map((src) => ({ src, dest: childPath(dest, basename(src)) }));
  return [{ src: sources[0] ?? '', dest }];
}
