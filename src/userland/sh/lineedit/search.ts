// ^R: reverse incremental search through the history, shown as readline shows it:
//   (reverse-i-search)`query': matching line        (failed reverse-i-search)`query': ...
// Typing extends the query, ^R finds an older match, Backspace shortens the query, Enter accepts
// the match, ^G restores the line, and any other key leaves the search keeping the match and is
// then handled as usual.
// Simplification: Backspace searches again from the newest entry instead of retracing the steps;
// the match is not highlighted.

import type { Gen } from '../../sys';
import type { EditContext } from './context';
import type { Key } from './keys';
import type { PromptShape } from './width';
import { chars, promptShape } from './width';

export interface Match {
  /** History index of the matching entry. */
  readonly index: number;
  /** Character offset of the match in that entry (where the cursor goes). */
  readonly offset: number;
}

export type SearchResult =
  | { readonly kind: 'accept'; readonly match: Match | undefined }
  | { readonly kind: 'key'; readonly key: Key; readonly match: Match | undefined }
  | { readonly kind: 'abort' };

/** The newest match of `query` at or before (index, offset), searching towards older entries. */
export function findBackward(
  history: readonly string[],
  query: string,
  index: number,
  offset: number,
): Match | undefined {
  for (let i = Math.min(index, history.length - 1); i >= 0; i--) {
    const line = history[i] ?? '';
    const at = i === index ? offset : line.length;
    if (at < 0) continue;
    const found = line.lastIndexOf(query, at);
    if (found >= 0) return { index: i, offset: chars(line.slice(0, found)).length };
  }
  return undefined;
}

function charOffsetToUnits(line: string, offset: number): number {
  return chars(line).slice(0, offset).join('').length;
}

export function* reverseSearch(
  ctx: EditContext,
  show: (prompt: PromptShape, text: string[], point: number) => void,
): Gen<SearchResult> {
  const hist = ctx.state.history;
  let query = '';
  let match: Match | undefined;
  let failed = false;
  const render = (): void => {
    const prompt = promptShape(`(${failed ? 'failed ' : ''}reverse-i-search)\`${query}': `);
    if (match === undefined) show(prompt, ctx.buf.chars, ctx.buf.point);
    else show(prompt, chars(hist[match.index] ?? ''), match.offset);
  };
  const look = (index: number, offset: number): void => {
    const found = query === '' ? undefined : findBackward(hist, query, index, offset);
    failed = found === undefined && query !== '';
    if (found !== undefined) match = found;
    if (failed) ctx.ding();
  };
  render();
  for (;;) {
    const key = yield* ctx.io.nextKey(() => ctx.drain());
    if (key === null) return { kind: 'abort' };
    if (key.kind === 'text') {
      query += key.text;
      if (match === undefined) look(hist.length - 1, Infinity);
      else look(match.index, charOffsetToUnits(hist[match.index] ?? '', match.offset));
    } else if (key.kind === 'ctrl' && key.code === 0x12) {
      if (match !== undefined)
        look(match.index, charOffsetToUnits(hist[match.index] ?? '', match.offset) - 1);
      else if (query !== '') look(hist.length - 1, Infinity);
    } else if (key.kind === 'ctrl' && (key.code === 0x7f || key.code === 0x08)) {
      query = chars(query).slice(0, -1).join('');
      match = undefined;
      look(hist.length - 1, Infinity);
    } else if (key.kind === 'ctrl' && key.code === 0x07) {
      return { kind: 'abort' };
    } else if (key.kind === 'ctrl' && (key.code === 0x0d || key.code === 0x0a)) {
      return { kind: 'accept', match };
    } else return { kind: 'key', key, match };
    render();
  }
}
