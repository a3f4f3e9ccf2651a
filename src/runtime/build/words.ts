// Word-level helpers of BuildKit's Dockerfile parser: splitting the instruction name from its
// arguments, extracting builder flags (`--from=x`), quote-aware word splitting (quotes are kept,
// to be removed by variable expansion later) and the JSON (exec) form.
// Simplification: builder flags need `--name=value` (Docker 20.10 did not accept `--name value`).

import { isGoSpace, splitFirstWhitespace, trimGoSpace, trimLeftGoSpace } from './text';

export interface SplitCommand {
  cmd: string;
  flags: string[];
  rest: string;
}

export function splitCommand(line: string): SplitCommand {
  const parts = splitFirstWhitespace(trimGoSpace(line));
  const cmd = (parts[0] ?? '').toLowerCase();
  if (parts.length < 2) return { cmd, flags: [], rest: '' };
  const { rest, flags } = extractBuilderFlags(parts[1] ?? '');
  return { cmd, flags, rest: trimGoSpace(rest) };
}

/** Leading `--flag[=value]` words (quotes and backslashes processed); stops at `--` or a non-flag. */
export function extractBuilderFlags(line: string): { rest: string; flags: string[] } {
  const flags: string[] = [];
  let pos = 0;
  while (pos < line.length) {
    while (pos < line.length && isGoSpace(line.charAt(pos))) pos++;
    if (pos >= line.length) break;
    if (!line.startsWith('--', pos)) return { rest: line.slice(pos), flags };
    let word = '';
    let quote = '';
    let blankOK = false;
    for (; pos < line.length; pos++) {
      let ch = line.charAt(pos);
      if (quote === '' && isGoSpace(ch)) break;
      if (quote === '' && (ch === "'" || ch === '"')) {
        quote = ch;
        blankOK = true;
        continue;
      }
      if (quote !== '' && ch === quote) {
        quote = '';
        continue;
      }
      if (ch === '\\') {
        if (pos + 1 === line.length) continue;
        ch = line.charAt(++pos);
      }
      word += ch;
    }
    if (word === '--' && pos < line.length) return { rest: line.slice(pos), flags };
    if (word !== '--' && (blankOK || word !== '')) flags.push(word);
  }
  return { rest: '', flags };
}

/** Splits on white space outside quotes; quotes and escapes stay in the words. */
export function parseWords(rest: string, escape: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote = '';
  let blankOK = false;
  const chars = Array.from(rest);
  for (let i = 0; i < chars.length; i++) {
    let ch = chars[i] ?? '';
    if (!inWord) {
      if (isGoSpace(ch)) continue;
      inWord = true;
    }
    if (quote === '') {
      if (isGoSpace(ch)) {
        if (blankOK || word !== '') words.push(word);
        word = '';
        blankOK = false;
        inWord = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
      } else if (ch === escape) {
        if (i + 1 === chars.length) continue;
        word += ch;
        ch = chars[++i] ?? '';
      }
      word += ch;
      continue;
    }
    if (ch === quote) quote = '';
    if (ch === escape && quote !== "'") {
      if (i + 1 === chars.length) {
        quote = '';
        continue;
      }
      word += ch;
      ch = chars[++i] ?? '';
    }
    word += ch;
  }
  if (inWord && (blankOK || word !== '')) words.push(word);
  return words;
}

export const errNotStringArray = 'when using JSON array syntax, arrays must be comprised of strings only';

/** The JSON form: the strings, null when `rest` is not a JSON array, or the error for a non-string. */
export function parseJSONArray(rest: string): string[] | null | { error: string } {
  const text = trimLeftGoSpace(rest);
  if (!text.startsWith('[')) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(value)) return null;
  const out: string[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'string') return { error: errNotStringArray };
    out.push(item);
  }
  return out;
}
