// .dockerignore as the Docker 20.10 CLI reads it (builder/dockerignore ReadAll) and matches it
// (pkg/fileutils PatternMatcher): patterns are cleaned paths relative to the context, a leading
// '/' dropped; `*` and `?` stay within one path component, `**` spans any number of them, `!`
// re-includes; the last matching pattern wins, and a pattern also matches everything below a
// directory it matches.
//
// Simplification: Go's regexp syntax is approximated by JavaScript's (the matcher hands any
// other character, e.g. `+` or `(`, to the regexp engine unescaped, as moby does).

import { normalizePath } from '../../../lib/path';
import { decode } from '../../../lib/utf8';
import { ERR_BAD_PATTERN, goMatch } from './gomatch';

/** Go's unicode.IsSpace set, as strings.TrimSpace uses it. */
const SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
const TRIM = new RegExp(`^${SPACE}+|${SPACE}+$`, 'g');

export function trimGoSpace(s: string): string {
  return s.replace(TRIM, '');
}

/** bufio.Scanner's default token limit. */
const MAX_LINE = 64 * 1024;

/** The exclude patterns of a .dockerignore file, or the CLI's error text. */
export function readDockerignore(content: Uint8Array | string): string[] | { error: string } {
  let text = typeof content === 'string' ? content : decode(content);
  if (text.startsWith('\ufeff')) text = text.slice(1);
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line.length > MAX_LINE)
      return { error: 'Error reading .dockerignore: bufio.Scanner: token too long' };
    if (line.startsWith('#')) continue;
    let pattern = trimGoSpace(line);
    if (pattern === '') continue;
    const invert = pattern.startsWith('!');
    if (invert) pattern = trimGoSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = normalizePath(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    out.push(invert ? '!' + pattern : pattern);
  }
  return out;
}

interface Pattern {
  readonly text: string;
  readonly exclusion: boolean;
  readonly dirs: number;
  regexp?: RegExp;
}

/** moby's Pattern.compile: the pattern as an anchored regular expression over '/' paths. */
function compile(pattern: string): RegExp | { error: string } {
  let re = '^';
  const chars = Array.from(pattern);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '*') {
      if (chars[i + 1] === '*') {
        i++;
        if (chars[i + 1] === '/') i++;
        re += i + 1 >= chars.length ? '.*' : '(.*/)?';
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '.' || ch === '$') re += '\\' + ch;
    else if (ch === '\\') {
      const next = chars[i + 1];
      re += next === undefined ? '\\\\' : '\\' + next;
      if (next !== undefined) i++;
    } else re += ch;
  }
  try {
    return new RegExp(re + '$');
  } catch (e) {
    return { error: `error parsing regexp: ${e instanceof Error ? e.message : String(e)}: \`${re}$\`` };
  }
}

export class PatternMatcher {
  private constructor(private readonly patterns: Pattern[]) {}

  /** NewPatternMatcher: the patterns checked, or the error the CLI reports. */
  static create(patterns: readonly string[]): PatternMatcher | { error: string } {
    const out: Pattern[] = [];
    for (const raw of patterns) {
      let p = trimGoSpace(raw);
      if (p === '') continue;
      p = normalizePath(p);
      let exclusion = false;
      if (p.startsWith('!')) {
        if (p.length === 1) return { error: 'illegal exclusion pattern: "!"' };
        exclusion = true;
        p = p.slice(1);
      }
      if (goMatch(p, '.') === ERR_BAD_PATTERN) return { error: ERR_BAD_PATTERN };
      out.push({ text: p, exclusion, dirs: p.split('/').length });
    }
    return new PatternMatcher(out);
  }

  /** True when some pattern is an exception (`!…`). */
  hasExclusions(): boolean {
    return this.patterns.some((p) => p.exclusion);
  }

  /** The exception patterns without their '!'. */
  exclusionPatterns(): string[] {
    return this.patterns.filter((p) => p.exclusion).map((p) => p.text);
  }

  private test(p: Pattern, path: string): boolean | { error: string } {
    if (!p.regexp) {
      const re = compile(p.text);
      if (!(re instanceof RegExp)) return re;
      p.regexp = re;
    }
    return p.regexp.test(path);
  }

  /** Matches(file): whether the last pattern matching the path (or a parent of it) excludes it. */
  matches(file: string): boolean | { error: string } {
    let matched = false;
    const slash = file.lastIndexOf('/');
    const parentPath = slash < 0 ? '.' : slash === 0 ? '/' : file.slice(0, slash);
    const parentDirs = parentPath.split('/');
    for (const p of this.patterns) {
      let match = this.test(p, file);
      if (typeof match !== 'boolean') return match;
      if (!match && parentPath !== '.' && p.dirs <= parentDirs.length) {
        const m = this.test(p, parentDirs.slice(0, p.dirs).join('/'));
        match = m === true;
      }
      if (match) matched = !p.exclusion;
    }
    return matched;
  }
}

/** fileutils.Matches(file, patterns) as the CLI and daemon use it; errors count as no match. */
export function matchesAny(file: string, patterns: readonly string[]): boolean {
  const pm = PatternMatcher.create(patterns);
  if (!(pm instanceof PatternMatcher)) return false;
  return pm.matches(file) === true;
}
