// grep's line matcher: patterns (several, from -e/-f or newline-separated) in BRE, ERE or fixed
// strings, with -i, -w and -x, compiled to JavaScript RegExps; also finds the matched parts for -o.

import { compileRegex, escapeChar } from '../../libc/regex';

export interface MatchOptions {
  readonly mode: 'G' | 'E' | 'F';
  readonly icase: boolean;
  readonly word: boolean;
  readonly line: boolean;
}

export interface Matcher {
  test(line: string): boolean;
  /** Non-empty matches, left to right, as [start, end) pairs (for -o and colour). */
  parts(line: string): [number, number][];
}

const WORD = '[\\p{L}\\p{N}_]';

function wrap(source: string, o: MatchOptions): string {
  if (o.line) return `^(?:${source})$`;
  if (o.word) return `(?<!${WORD})(?:${source})(?!${WORD})`;
  return source;
}

/** Build a matcher, or return GNU's error message for a bad pattern. */
export function buildMatcher(patterns: readonly string[], o: MatchOptions): Matcher | { error: string } {
  const res: RegExp[] = [];
  for (const p of patterns) {
    let source: string;
    if (o.mode === 'F') source = [...p].map(escapeChar).join('');
    else {
      const r = compileRegex(p, { extended: o.mode === 'E' });
      if ('error' in r) return r;
      source = r.source;
    }
    try {
      res.push(new RegExp(wrap(source, o), 'gus' + (o.icase ? 'i' : '')));
    } catch {
      return { error: 'Invalid regular expression' };
    }
  }
  return {
    test(line: string): boolean {
      for (const re of res) {
        re.lastIndex = 0;
        if (re.test(line)) return true;
      }
      return false;
    },
    parts(line: string): [number, number][] {
      const out: [number, number][] = [];
      let pos = 0;
      while (pos <= line.length) {
        let best: [number, number] | null = null;
        for (const re of res) {
          re.lastIndex = pos;
          const m = re.exec(line);
          if (!m) continue;
          const s = m.index;
          const e = s + m[0].length;
          if (!best || s < best[0] || (s === best[0] && e > best[1])) best = [s, e];
        }
        if (!best) break;
        if (best[1] > best[0]) out.push(best);
        pos = best[1] > best[0] ? best[1] : best[0] + 1;
      }
      return out;
    },
  };
}
