// Tab completion, as bash drives readline: the first word of a command completes against command
// names (from the shell's provider) and the directories here; other words complete file names.
// One match is inserted (quoted) with "/" after a directory or " " after anything else; several
// insert their longest common prefix and ring the bell; a Tab that changes nothing lists them.
// Simplification: no variable ($HO), user (~ro) or hostname completion; a command word with a "/"
// completes any file, not only executables; `~user/` is not expanded.

import type { Gen } from '../../sys';
import type { EditContext } from './context';
import { displayMatches } from './complete-list';
import type { Candidate } from './types';
import type { CompletionWord } from './word';
import { commonPrefix, completionWord, quoteForInsert } from './word';

export interface Found {
  /** Sorted matches; names are relative to `dirPart`. */
  readonly matches: Candidate[];
  /** The directory part of the word as typed (unquoted), put back in front of a match. */
  readonly dirPart: string;
}

function sortUnique(list: readonly Candidate[]): Candidate[] {
  const byName = new Map<string, Candidate>();
  for (const c of list) if (!byName.has(c.name)) byName.set(c.name, c);
  return [...byName.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function expandTilde(ctx: EditContext, dir: string): string {
  if (dir !== '~/' && !dir.startsWith('~/')) return dir;
  const home = ctx.state.getHome?.() ?? '/';
  return (home.endsWith('/') ? home : home + '/') + dir.slice(2);
}

function* fileMatches(ctx: EditContext, word: string): Gen<Found> {
  const slash = word.lastIndexOf('/');
  const dirPart = word.slice(0, slash + 1);
  const prefix = word.slice(slash + 1);
  const entries = (yield* ctx.io.listDir(dirPart === '' ? '.' : expandTilde(ctx, dirPart))) ?? [];
  const all = prefix.startsWith('.')
    ? [...entries, { name: '.', isDir: true }, { name: '..', isDir: true }]
    : entries;
  return { matches: sortUnique(all.filter((e) => e.name.startsWith(prefix))), dirPart };
}

function* commandMatches(ctx: EditContext, word: string): Gen<Found> {
  const provider = ctx.state.completeCommand;
  const names = provider === undefined ? [] : yield* provider(word);
  const here = (yield* ctx.io.listDir('.')) ?? [];
  const dirs = here.filter(
    (e) => e.isDir && e.name.startsWith(word) && (word.startsWith('.') || !e.name.startsWith('.')),
  );
  const commands = names.map((name): Candidate => ({ name, isDir: false }));
  return { matches: sortUnique([...commands, ...dirs]), dirPart: '' };
}

export function* findMatches(ctx: EditContext, w: CompletionWord): Gen<Found> {
  if (w.command && !w.word.includes('/')) return yield* commandMatches(ctx, w.word);
  return yield* fileMatches(ctx, w.word);
}

/** Insert a unique match with its closing quote and "/" or " " (readline's append_to_match). */
function insertUnique(ctx: EditContext, w: CompletionWord, dirPart: string, m: Candidate): void {
  const buf = ctx.buf;
  const text = dirPart + m.name;
  const nontrivial = text !== w.word;
  const atEnd = buf.point === buf.length;
  let suffix = '';
  if (m.isDir) {
    if (!(m.isLink === true && nontrivial) && buf.chars[buf.point] !== '/') suffix = '/';
  } else if (atEnd) suffix = ' ';
  const close = w.quote !== '' && atEnd ? w.quote : '';
  buf.remove(w.start, buf.point);
  buf.insert(quoteForInsert(text, w.quote) + close + suffix);
}

/** The Tab key. */
export function* complete(ctx: EditContext): Gen<void> {
  const w = completionWord(ctx.buf.chars, ctx.buf.point);
  const listing = ctx.lastCommand === 'complete' && !ctx.lastChanged;
  const { matches, dirPart } = yield* findMatches(ctx, w);
  const first = matches[0];
  if (first === undefined) {
    ctx.ding();
    return;
  }
  if (listing) {
    yield* displayMatches(ctx, matches);
    return;
  }
  if (matches.length === 1) {
    insertUnique(ctx, w, dirPart, first);
    return;
  }
  ctx.ding();
  const lcp = commonPrefix(matches.map((m) => m.name));
  ctx.buf.remove(w.start, ctx.buf.point);
  ctx.buf.insert(quoteForInsert(dirPart + lcp, w.quote));
}
