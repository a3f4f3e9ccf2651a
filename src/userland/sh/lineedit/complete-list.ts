// Listing possible completions below the line, as readline's rl_display_match_list does: sorted
// down the columns, each column as wide as the longest name plus two, "/" after directories,
// "Display all N possibilities? (y or n)" from 100 matches on, and a --More-- pager when the list
// is taller than the screen.

import type { Gen } from '../../sys';
import type { EditContext } from './context';
import type { Candidate } from './types';
import { charWidth } from './width';

/** readline's completion-query-items. */
export const QUERY_ITEMS = 100;

function textWidth(text: string): number {
  let w = 0;
  for (const c of text) w += charWidth(c);
  return w;
}

/** The rows of the listing (without line ends). */
export function matchListLines(matches: readonly Candidate[], cols: number): string[] {
  let max = 0;
  for (const m of matches) max = Math.max(max, textWidth(m.name));
  max += 2;
  let limit = Math.floor(cols / max);
  if (limit !== 1 && limit * max === cols) limit--;
  if (limit <= 0) limit = 1;
  const count = Math.ceil(matches.length / limit);
  const lines: string[] = [];
  for (let i = 0; i < count; i++) {
    let line = '';
    for (let j = 0, l = i; j < limit && l < matches.length; j++, l += count) {
      const m = matches[l];
      if (m === undefined) break;
      const shown = m.name + (m.isDir ? '/' : '');
      line += shown;
      if (j + 1 < limit) {
        const printed = textWidth(shown);
        line += max <= printed ? ' ' : ' '.repeat(max - printed);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** readline's get_y_or_n: 1 yes, 0 no, 2 one more line (pager only); rings the bell on other keys. */
function* yesOrNo(ctx: EditContext, pager: boolean): Gen<number> {
  for (;;) {
    const key = yield* ctx.io.nextKey(() => ctx.drain());
    if (key === null) return 0;
    const c = key.kind === 'text' ? key.text[0] : key.kind === 'ctrl' ? String.fromCharCode(key.code) : '';
    if (c === 'y' || c === 'Y' || c === ' ') return 1;
    if (c === 'n' || c === 'N' || c === '\x7f' || c === '\x07') return 0;
    if (pager && (c === '\r' || c === '\n')) return 2;
    if (pager && (c === 'q' || c === 'Q')) return 0;
    ctx.ding();
  }
}

/** Show the matches below the line, then draw the prompt and the line again. */
export function* displayMatches(ctx: EditContext, matches: readonly Candidate[]): Gen<void> {
  ctx.leaveLine();
  if (matches.length >= QUERY_ITEMS) {
    ctx.emit(`Display all ${matches.length} possibilities? (y or n)`);
    const answer = yield* yesOrNo(ctx, false);
    ctx.emit('\r\n');
    if (answer === 0) {
      ctx.redrawAll();
      return;
    }
  }
  const lines = matchListLines(matches, ctx.state.cols);
  const rows = ctx.state.rows;
  let printed = 0;
  for (let i = 0; i < lines.length; i++) {
    ctx.emit(lines[i] + '\r\n');
    printed++;
    if (printed >= rows - 1 && i + 1 < lines.length) {
      ctx.emit('--More--');
      const answer = yield* yesOrNo(ctx, true);
      ctx.emit('\r\x1b[K\r');
      if (answer === 0) break;
      printed = answer === 2 ? printed - 1 : 0;
    }
  }
  ctx.redrawAll();
}
