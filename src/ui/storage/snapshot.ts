// Between the page's stores and the saved state: collectState() reads prefs, theme, layout,
// course progress and the session (with the shown machine's journal taken from the machine);
// applyState() puts a loaded state back into the stores (never the machine: boot.ts loads it).
// A machine opened from a share link is not the learner's own until they keep it: while it is
// shown, the context it took keeps the journal it had before (see share.ts).

import type { Journal } from '../../world/journal';
import { courseProgress } from '../course/progress';
import { layout } from '../layout';
import type { Machine } from '../machine';
import { prefs } from '../prefs';
import { session } from '../session';
import { setTheme, themeChoice } from '../theme';
import { SCHEMA_VERSION, type SavedState } from './schema';

/** A shared machine on show: its context, that context's own journal (undefined: none), and the
 * context the learner was on before the link opened (saved as theirs). */
export interface SharedView {
  readonly context: string;
  readonly own: Journal | undefined;
  readonly previous: string;
}

export function collectState(machine: Machine, shared: SharedView | null = null): SavedState {
  const p = prefs.getState();
  const l = layout.getState();
  const { context, journals } = session.getState();
  const all = new Map(journals);
  const current = machine.store.getState().world?.journal();
  if (current) all.set(context, current);
  if (shared) {
    if (shared.own) all.set(shared.context, shared.own);
    else all.delete(shared.context);
  }
  return {
    version: SCHEMA_VERSION,
    prefs: { lang: p.lang, screenReader: p.screenReader, theme: themeChoice.getState().choice },
    layout: {
      terminals: l.terminals,
      shownTerminal: l.shownTerminal,
      terminalMode: l.terminalMode,
      viewOrder: l.viewOrder,
      shownView: l.shownView,
      viewMode: l.viewMode,
      viewsFirst: l.viewsFirst,
      split: l.split,
    },
    progress: courseProgress.getState().done,
    session: { context: shared ? shared.previous : context, journals: all },
  };
}

/** Puts a loaded state into the stores. */
export function applyState(state: SavedState): void {
  const p = prefs.getState();
  if (p.lang !== state.prefs.lang) p.setLang(state.prefs.lang);
  if (p.screenReader !== state.prefs.screenReader) p.setScreenReader(state.prefs.screenReader);
  if (themeChoice.getState().choice !== state.prefs.theme) setTheme(state.prefs.theme);
  layout.setState({ ...state.layout });
  courseProgress.setState({ done: new Map(state.progress) });
  session.setState({ context: state.session.context, journals: new Map(state.session.journals) });
}

/** The journal the saved context's machine should boot from (undefined: a fresh machine). */
export function savedJournal(state: SavedState): Journal | undefined {
  return state.session.journals.get(state.session.context);
}
