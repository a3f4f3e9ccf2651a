// Rebuilding a world from its journal: a fresh world with the same options, each input applied at
// the virtual time it arrived (the machine runs, fast-forwarded, up to that time first). The same
// journal always gives the same machine. Replay goes in slices so a page can keep drawing.

import type { Journal, JournalEntry } from './journal';
import type { Terminal, World } from './types';
import { createWorld } from './world';

export interface Replay {
  readonly world: World;
  /** Terminals opened so far, in journal order (terminal n is the journal's `term: n`). */
  readonly terminals: readonly Terminal[];
  /** Entries applied, of how many. */
  progress(): { readonly done: number; readonly total: number };
  /** Applies entries until `shouldYield` says stop; true once the whole journal is applied. */
  step(shouldYield?: () => boolean): boolean;
}

export function replayJournal(journal: Journal): Replay {
  const world = createWorld({ seed: journal.seed, profile: journal.profile });
  const terminals: Terminal[] = [];
  const { entries } = journal;
  let next = 0;
  // Each entry is applied once the machine has run to its time; running there may take many slices.
  const apply = (e: JournalEntry): void => {
    switch (e.op) {
      case 'exec': {
        const { at: _at, op: _op, script, ...options } = e;
        world.exec(script, options);
        break;
      }
      case 'open':
        terminals.push(world.openTerminal(e.cols, e.rows));
        break;
      case 'input':
        terminals[e.term]?.input(e.data);
        break;
      case 'resize':
        terminals[e.term]?.resize(e.cols, e.rows);
        break;
    }
  };
  return {
    world,
    terminals,
    progress: () => ({ done: next, total: entries.length }),
    step(shouldYield) {
      for (;;) {
        const e = entries[next];
        if (!world.advanceTo(e?.at ?? journal.uptimeNs, shouldYield)) return false;
        if (!e) return true;
        apply(e);
        next++;
        if (shouldYield?.()) return false;
      }
    },
  };
}
