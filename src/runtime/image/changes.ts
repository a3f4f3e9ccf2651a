// `docker diff`: the changes of a container's upper directory against the image below it (moby
// pkg/archive changes.go with the overlay walker). A whiteout is D (its children are not listed);
// a name that exists below is C, one that does not is A; every directory on the way to a change
// is itself listed (C /etc for a change in /etc).
//
// Simplification: the order is by path (the daemon's walk order is unspecified; compare sorted);
// metadata-only changes count as C whenever the upper holds a copy of an existing path.

import type { DirNode } from './tree';
import { lookup, sortedNames } from './tree';

export interface Change {
  readonly kind: 'A' | 'C' | 'D';
  /** Absolute path ("/etc/passwd"). */
  readonly path: string;
}

/**
 * Changes of `upper` relative to the flattened `lower` tree. Paths in `exclude` (and below them)
 * are skipped — the engine passes Docker's init-layer files (/etc/hostname, /etc/hosts, …).
 */
export function changes(upper: DirNode, lower: DirNode, exclude: ReadonlySet<string> = new Set()): Change[] {
  const out: Change[] = [];
  const visit = (dir: DirNode, prefix: string, lowerVisible: boolean): void => {
    for (const name of sortedNames(dir)) {
      const node = dir.children.get(name);
      const path = `${prefix}/${name}`;
      if (!node || exclude.has(path)) continue;
      const below = lowerVisible ? lookup(lower, path) : undefined;
      if (node.kind === 'whiteout') {
        if (below) out.push({ kind: 'D', path });
        continue;
      }
      out.push({ kind: below ? 'C' : 'A', path });
      if (node.kind === 'dir') visit(node, path, lowerVisible && below?.kind === 'dir' && !node.opaque);
    }
  };
  visit(upper, '', true);
  return out;
}

/** The lines docker diff prints ("A /var"). */
export function formatChanges(list: readonly Change[]): string {
  return list.map((c) => `${c.kind} ${c.path}\n`).join('');
}
