// The workbench layout (UI state only): which terminals are open and how they are shown, the
// order of the view tabs, tabs or grid, which side the terminal is on and how wide it is.
// Simplification: kept for the page's lifetime, not saved yet.

import { createStore } from 'zustand/vanilla';

export type PaneMode = 'tabs' | 'split';
export type ViewMode = 'tabs' | 'grid';

/** At most this many terminals (each is a login shell on its own /dev/pts/N). */
export const MAX_TERMINALS = 4;

/** The layout as data (what is saved: src/ui/storage/schema.ts validates it field by field). */
export interface LayoutState {
  /** Terminal numbers, in tab order. */
  readonly terminals: readonly number[];
  readonly shownTerminal: number;
  readonly terminalMode: PaneMode;
  /** View ids in the learner's order (ids missing here follow in registry order). */
  readonly viewOrder: readonly string[];
  readonly shownView: string | null;
  readonly viewMode: ViewMode;
  /** Views on the left, terminals on the right. */
  readonly viewsFirst: boolean;
  /** The terminals' share of the width, 0.2–0.8. */
  readonly split: number;
}

export const DEFAULT_LAYOUT: LayoutState = {
  terminals: [1],
  shownTerminal: 1,
  terminalMode: 'tabs',
  viewOrder: [],
  shownView: null,
  viewMode: 'tabs',
  viewsFirst: false,
  split: 0.55,
};

export interface Layout extends LayoutState {
  addTerminal(): number | null;
  showTerminal(id: number): void;
  setTerminalMode(mode: PaneMode): void;
  showView(id: string): void;
  setViewMode(mode: ViewMode): void;
  /** Moves view `id` by `delta` places in the order `ids` (the order currently shown). */
  moveView(ids: readonly string[], id: string, delta: number): void;
  swapSides(): void;
  setSplit(fraction: number): void;
}

export const clampSplit = (f: number): number => Math.min(0.8, Math.max(0.2, Math.round(f * 100) / 100));

export const layout = createStore<Layout>((set, get) => ({
  ...DEFAULT_LAYOUT,
  addTerminal() {
    const { terminals } = get();
    if (terminals.length >= MAX_TERMINALS) return null;
    const id = Math.max(...terminals) + 1;
    set({ terminals: [...terminals, id], shownTerminal: id });
    return id;
  },
  showTerminal: (id) => set({ shownTerminal: id }),
  setTerminalMode: (terminalMode) => set({ terminalMode }),
  showView: (shownView) => set({ shownView }),
  setViewMode: (viewMode) => set({ viewMode }),
  moveView(ids, id, delta) {
    const from = ids.indexOf(id);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= ids.length) return;
    const next = [...ids];
    next.splice(from, 1);
    next.splice(to, 0, id);
    set({ viewOrder: next });
  },
  swapSides: () => set({ viewsFirst: !get().viewsFirst }),
  setSplit: (fraction) => set({ split: clampSplit(fraction) }),
}));

/** The registry's ids in the learner's order. */
export function orderedIds(all: readonly string[], order: readonly string[]): string[] {
  const known = order.filter((id) => all.includes(id));
  return [...known, ...all.filter((id) => !known.includes(id))];
}
