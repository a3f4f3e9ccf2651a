// Physical lines → logical lines: parser directives (`# escape=`, `# syntax=`) at the very top,
// comment lines, line continuations with the escape character, empty continuation lines (a warning).
// Mirrors the scanning loop of BuildKit's parser (Docker 20.10 vendored BuildKit 0.8).
// Simplification: the input is a JS string, so Go's per-line byte limit (bufio.Scanner, 64 KiB) is
// measured on the UTF-8 length of each line; our own limits (continuation lines, instructions) replace
// the hangs and memory blow-ups a hostile file could otherwise cause.

import { DockerfileParseError } from './types';
import { firstNonSpace, trimLeftGoSpace } from './text';

export const MAX_LINE_BYTES = 65535;
export const MAX_CONTINUATION_LINES = 100_000;
export const MAX_INSTRUCTIONS = 10_000;

export interface LogicalLine {
  text: string;
  line: number;
  endLine: number;
}

export interface ScannedLines {
  lines: LogicalLine[];
  escapeToken: '\\' | '`';
  syntax: string | undefined;
  warnings: string[];
  /** An error that stopped the scan; lines before it are still parsed (and their errors win). */
  stopError: DockerfileParseError | undefined;
  /** Go reports a too-long line only after the "file with no instructions" check. */
  stopDeferred: boolean;
}

const reDirective = /^#[\t\n\f\r ]*([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/;

interface Directives {
  escape: '\\' | '`';
  syntax: string | undefined;
  done: boolean;
  seen: Set<string>;
}

function directive(d: Directives, token: string, line: number): void {
  if (d.done) return;
  const m = reDirective.exec(token);
  const key = m?.[1]?.toLowerCase();
  if (m === null || key === undefined || (key !== 'escape' && key !== 'syntax')) {
    d.done = true;
    return;
  }
  if (d.seen.has(key)) throw new DockerfileParseError(`only one ${key} parser directive can be used`, line);
  d.seen.add(key);
  const value = m[2] ?? '';
  if (key === 'syntax') {
    d.syntax = value;
  } else if (value === '\\' || value === '`') {
    d.escape = value;
  } else {
    throw new DockerfileParseError(`invalid escape token '${value}' does not match \` or \\`, line);
  }
}

function utf8Length(s: string): number {
  if (s.length * 3 <= MAX_LINE_BYTES) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
  }
  return n;
}

function isComment(raw: string): boolean {
  return raw.charAt(firstNonSpace(raw)) === '#';
}

function trimContinuation(text: string, escape: string): [string, boolean] {
  let end = text.length;
  let c = text.charCodeAt(end - 1);
  while (c === 0x20 || c === 0x09) c = text.charCodeAt(--end - 1);
  if (end > 0 && text.charAt(end - 1) === escape) return [text.slice(0, end - 1), false];
  return [text, true];
}

function physicalLines(src: string): string[] {
  const text = src.startsWith('\ufeff') ? src.slice(1) : src;
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

/** Scans the Dockerfile text into logical lines (never throws). */
export function scanLines(src: string): ScannedLines {
  const d: Directives = { escape: '\\', syntax: undefined, done: false, seen: new Set() };
  const out: ScannedLines = {
    lines: [],
    escapeToken: '\\',
    syntax: undefined,
    warnings: [],
    stopError: undefined,
    stopDeferred: false,
  };
  const phys = physicalLines(src);
  let i = 0;
  const take = (stripLeft: boolean): string => {
    const raw = phys[i] ?? '';
    if (utf8Length(raw) > MAX_LINE_BYTES) {
      throw new DockerfileParseError(
        `dockerfile line greater than max allowed size of ${MAX_LINE_BYTES}`,
        i + 1,
      );
    }
    const token = stripLeft ? trimLeftGoSpace(raw) : raw;
    if (!d.done) directive(d, token, i + 1);
    i++;
    return token.startsWith('#') ? '' : token;
  };
  try {
    while (i < phys.length) {
      const start = i + 1;
      let [line, eol] = trimContinuation(take(true), d.escape);
      if (eol && line === '') continue;
      let empty = false;
      let count = 0;
      while (!eol && i < phys.length) {
        const raw = phys[i] ?? '';
        const text = take(false);
        if (isComment(raw)) continue;
        if (++count > MAX_CONTINUATION_LINES) {
          throw new DockerfileParseError(
            `instruction has more than ${MAX_CONTINUATION_LINES} continuation lines`,
            start,
            i,
          );
        }
        if (firstNonSpace(text) === text.length) {
          empty = true;
          continue;
        }
        let more: string;
        [more, eol] = trimContinuation(text, d.escape);
        line += more;
      }
      if (empty) out.warnings.push(`[WARNING]: Empty continuation line found in:\n    ${line}`);
      if (out.lines.length >= MAX_INSTRUCTIONS) {
        throw new DockerfileParseError(`Dockerfile has more than ${MAX_INSTRUCTIONS} instructions`, start, i);
      }
      out.lines.push({ text: line, line: start, endLine: i });
    }
  } catch (e) {
    if (!(e instanceof DockerfileParseError)) throw e;
    out.stopError = e;
    out.stopDeferred = e.message.startsWith('dockerfile line greater');
  }
  if (out.warnings.length > 0) {
    out.warnings.push('[WARNING]: Empty continuation lines will become errors in a future release.');
  }
  out.escapeToken = d.escape;
  out.syntax = d.syntax;
  return out;
}
