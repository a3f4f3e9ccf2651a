// Colours for namespaces: every namespace that is not the host's gets one of the theme's eight
// --ns-N colours, the same for the same inode on every row and across snapshots. A new namespace
// takes the colour fewest live namespaces use (the lowest on a tie), so neighbours differ.
// The host's namespaces have no colour: their chips are drawn hollow ("shared with the host").

import type { NsKind, ProcessSnapshot } from '../../../world/inspect/types';

export const PALETTE_SIZE = 8;

/** Key of one namespace: kinds have separate inode spaces in the view's eyes. */
export const nsKey = (kind: NsKind, inode: number): string => `${kind}:${inode}`;

/** The colour index (1-8) of each non-host namespace in `snap`, keeping the ones in `previous`. */
export function assignColours(
  snap: ProcessSnapshot,
  previous: ReadonlyMap<string, number>,
): Map<string, number> {
  const next = new Map<string, number>();
  const fresh: string[] = [];
  for (const ns of snap.namespaces) {
    if (ns.initial) continue;
    const key = nsKey(ns.kind, ns.inode);
    const had = previous.get(key);
    if (had === undefined) fresh.push(key);
    else next.set(key, had);
  }
  const uses = new Array<number>(PALETTE_SIZE + 1).fill(0);
  for (const c of next.values()) uses[c]!++;
  for (const key of fresh) {
    let best = 1;
    for (let c = 2; c <= PALETTE_SIZE; c++) if (uses[c]! < uses[best]!) best = c;
    uses[best]!++;
    next.set(key, best);
  }
  return next;
}

/** CSS colour of a namespace, or undefined for the host's. */
export function colourOf(
  colours: ReadonlyMap<string, number>,
  kind: NsKind,
  inode: number,
): string | undefined {
  const c = colours.get(nsKey(kind, inode));
  return c === undefined ? undefined : `var(--ns-${c})`;
}
