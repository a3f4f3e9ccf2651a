// The saved state's schema (version SCHEMA_VERSION): what IndexedDB keeps between visits.
// Validation builds fresh plain objects and Maps field by field, so nothing of the stored data
// survives except the fields named here (a stored "__proto__" key reaches nothing). User-keyed
// data (lesson ids, contexts) is stored as [key, value] pairs and read into Maps. A section that
// fails validation falls back to its defaults and is reported as a problem; the others are kept.

import { parseJournal, type Journal } from '../../world/journal';
import { UI_LANGS, type UiLang } from '../i18n';
import { DEFAULT_LAYOUT, type LayoutState } from '../layout';
import type { ThemeChoice } from '../theme';

export const SCHEMA_VERSION = 1;

export interface SavedPrefs {
  readonly lang: UiLang;
  readonly screenReader: boolean;
  readonly theme: ThemeChoice;
}

/** The workbench layout's data, as the layout store holds it. */
export type SavedLayout = LayoutState;

export interface SavedSession {
  /** The context shown when the state was saved (SANDBOX or a lesson id). */
  readonly context: string;
  /** Each context's machine, the shown one's included. */
  readonly journals: ReadonlyMap<string, Journal>;
}

export interface SavedState {
  readonly version: typeof SCHEMA_VERSION;
  readonly prefs: SavedPrefs;
  readonly layout: SavedLayout;
  /** Lesson id → completed step ids (courseProgress.done). */
  readonly progress: ReadonlyMap<string, readonly string[]>;
  readonly session: SavedSession;
}

/** Limits on user-keyed data (a hostile blob must not make the page allocate without bound). */
export const SCHEMA_LIMITS = { contexts: 64, lessons: 200, steps: 100, idChars: 100, views: 32 } as const;

export const DEFAULT_STATE: SavedState = {
  version: SCHEMA_VERSION,
  prefs: { lang: 'en', screenReader: false, theme: 'system' },
  layout: DEFAULT_LAYOUT,
  progress: new Map(),
  session: { context: 'sandbox', journals: new Map() },
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= SCHEMA_LIMITS.idChars && /^[\w.:-]+$/.test(v);
const oneOf = <T extends string>(v: unknown, all: readonly T[]): v is T => all.includes(v as T);

/** A section's value, or the reason it was refused. */
type Part<T> = { ok: true; value: T } | { ok: false; error: string };
const bad = (error: string): { ok: false; error: string } => ({ ok: false, error });

export function parsePrefs(v: unknown): Part<SavedPrefs> {
  if (!isObj(v)) return bad('prefs: not an object');
  if (!oneOf(v.lang, UI_LANGS)) return bad('prefs.lang: unknown language');
  if (typeof v.screenReader !== 'boolean') return bad('prefs.screenReader: not a boolean');
  if (!oneOf(v.theme, ['system', 'light', 'dark'] as const)) return bad('prefs.theme: unknown');
  return { ok: true, value: { lang: v.lang, screenReader: v.screenReader, theme: v.theme } };
}

export function parseLayout(v: unknown): Part<SavedLayout> {
  if (!isObj(v)) return bad('layout: not an object');
  const terms = v.terminals;
  const isTerm = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 4;
  if (!Array.isArray(terms) || terms.length === 0 || terms.length > 4 || !terms.every(isTerm))
    return bad('layout.terminals: not a list of terminal numbers');
  if (new Set(terms).size !== terms.length) return bad('layout.terminals: a number twice');
  if (!isTerm(v.shownTerminal) || !terms.includes(v.shownTerminal))
    return bad('layout.shownTerminal: unknown');
  if (!oneOf(v.terminalMode, ['tabs', 'split'] as const)) return bad('layout.terminalMode: unknown');
  if (!oneOf(v.viewMode, ['tabs', 'grid'] as const)) return bad('layout.viewMode: unknown');
  const order = v.viewOrder;
  if (!Array.isArray(order) || order.length > SCHEMA_LIMITS.views || !order.every(isId))
    return bad('layout.viewOrder: not a list of view ids');
  if (v.shownView !== null && !isId(v.shownView)) return bad('layout.shownView: not a view id');
  if (typeof v.viewsFirst !== 'boolean') return bad('layout.viewsFirst: not a boolean');
  const split = v.split;
  if (typeof split !== 'number' || !(split >= 0.2 && split <= 0.8))
    return bad('layout.split: not in 0.2–0.8');
  return {
    ok: true,
    value: {
      terminals: [...terms],
      shownTerminal: v.shownTerminal,
      terminalMode: v.terminalMode,
      viewOrder: [...order],
      shownView: v.shownView,
      viewMode: v.viewMode,
      viewsFirst: v.viewsFirst,
      split,
    },
  };
}

export function parseProgress(v: unknown): Part<Map<string, readonly string[]>> {
  if (!Array.isArray(v) || v.length > SCHEMA_LIMITS.lessons) return bad('progress: not a list of lessons');
  const done = new Map<string, readonly string[]>();
  for (const [i, pair] of v.entries()) {
    if (!Array.isArray(pair) || pair.length !== 2 || !isId(pair[0]))
      return bad(`progress[${i}]: not [lesson, steps]`);
    const steps: unknown = pair[1];
    if (!Array.isArray(steps) || steps.length > SCHEMA_LIMITS.steps || !steps.every(isId))
      return bad(`progress[${i}]: steps not a list of step ids`);
    done.set(pair[0], [...new Set(steps)]);
  }
  return { ok: true, value: done };
}

/** The session; a context whose journal is unreadable is dropped (listed in `problems`). */
export function parseSession(v: unknown, problems: string[]): Part<SavedSession> {
  if (!isObj(v)) return bad('session: not an object');
  if (!isId(v.context)) return bad('session.context: not a context id');
  const list = v.journals;
  if (!Array.isArray(list) || list.length > SCHEMA_LIMITS.contexts)
    return bad('session.journals: not a list');
  const journals = new Map<string, Journal>();
  for (const [i, pair] of list.entries()) {
    if (!Array.isArray(pair) || pair.length !== 2 || !isId(pair[0])) {
      problems.push(`session.journals[${i}]: not [context, journal]`);
      continue;
    }
    const parsed = parseJournal(pair[1]);
    if (parsed.ok) journals.set(pair[0], parsed.journal);
    else problems.push(`session.journals[${i}] (${pair[0]}): ${parsed.error}`);
  }
  return { ok: true, value: { context: v.context, journals } };
}

/** A current-version object → the state (bad sections defaulted) and what was wrong. */
export function validateState(v: unknown): { state: SavedState; problems: string[] } {
  const problems: string[] = [];
  if (!isObj(v)) return { state: DEFAULT_STATE, problems: ['not an object'] };
  const take = <T>(part: Part<T>, fallback: T): T => {
    if (part.ok) return part.value;
    problems.push(part.error);
    return fallback;
  };
  const state: SavedState = {
    version: SCHEMA_VERSION,
    prefs: take(parsePrefs(v.prefs), DEFAULT_STATE.prefs),
    layout: take(parseLayout(v.layout), DEFAULT_STATE.layout),
    progress: take(parseProgress(v.progress), new Map()),
    session: take(parseSession(v.session, problems), DEFAULT_STATE.session),
  };
  return { state, problems };
}

/** The state as plain JSON data (maps as [key, value] pairs), ready for JSON.stringify. */
export function toStored(state: SavedState): Obj {
  return {
    version: state.version,
    prefs: { ...state.prefs },
    layout: { ...state.layout },
    progress: [...state.progress],
    session: { context: state.session.context, journals: [...state.session.journals] },
  };
}
