// grep's per-file scan: selects lines, prints them with file/line-number prefixes, -o parts,
// -c counts, -l/-L names, context lines (-A -B -C) with `--` separators, binary-file notices.

import type { Gen } from '../../sys';
import type { Output } from '../../libc/io';
import type { LineSource } from '../../libc/input';
import type { Matcher } from './matcher';

export interface ScanOptions {
  invert: boolean;
  count: boolean;
  onlyMatching: boolean;
  quiet: boolean;
  listMatches: boolean;
  listNonMatches: boolean;
  lineNumbers: boolean;
  byteOffset: boolean;
  withFilename: boolean;
  maxCount: number;
  before: number;
  after: number;
  nullAfterName: boolean;
}

export interface ScanState {
  /** Whether anything was printed in context mode (for the `--` separator). */
  printedGroup: boolean;
}

export interface ScanResult {
  selected: number;
  /** A selected line was in binary data: the caller reports "binary file matches". */
  binaryMatched?: boolean;
  error?: number;
}

export interface ScanHooks {
  compute(ns: number): Gen<unknown>;
}

function prefix(o: ScanOptions, name: string, n: number, offset: number, sep: string): string {
  let p = '';
  if (o.withFilename) p += name + (o.nullAfterName ? '\0' : sep);
  if (o.lineNumbers) p += `${n}${sep}`;
  if (o.byteOffset) p += `${offset}${sep}`;
  return p;
}

/** Scan one input. `name` is what prefixes show ("(standard input)" for stdin). */
export function* scanInput(
  src: LineSource,
  m: Matcher,
  o: ScanOptions,
  name: string,
  out: Output,
  st: ScanState,
  hooks: ScanHooks,
): Gen<ScanResult> {
  let n = 0;
  let offset = 0;
  let selected = 0;
  let afterLeft = 0;
  let lastPrinted = 0;
  const before: { n: number; text: string; offset: number }[] = [];
  const context = o.before > 0 || o.after > 0;
  const printing = !o.count && !o.quiet && !o.listMatches && !o.listNonMatches;
  let binary = false;
  for (;;) {
    if (selected >= o.maxCount && afterLeft === 0) break;
    const raw = yield* src.next();
    if (raw === null) break;
    if (typeof raw === 'number') return { selected, error: raw };
    n++;
    const text = raw.endsWith('\n') ? raw.slice(0, -1) : raw;
    if (text.includes('\0')) binary = true;
    const lineOffset = offset;
    offset += raw.length;
    if (n % 64 === 0) yield* hooks.compute(64_000);
    const hit = m.test(text) !== o.invert;
    if (hit && selected < o.maxCount) {
      selected++;
      if (o.quiet) return { selected };
      if (!printing) {
        if (o.listMatches || o.listNonMatches) break;
        continue;
      }
      if (binary) continue;
      const firstN = before[0]?.n ?? n;
      if (context && st.printedGroup && (lastPrinted === 0 || firstN > lastPrinted + 1)) out.print('--\n');
      for (const b of before) out.print(prefix(o, name, b.n, b.offset, '-') + b.text + '\n');
      before.length = 0;
      if (o.onlyMatching && !o.invert) {
        for (const [s, e] of m.parts(text))
          out.print(prefix(o, name, n, lineOffset + s, ':') + text.slice(s, e) + '\n');
      } else if (!o.onlyMatching) out.print(prefix(o, name, n, lineOffset, ':') + text + '\n');
      st.printedGroup = true;
      lastPrinted = n;
      afterLeft = o.after;
      yield* out.flush();
    } else if (printing && afterLeft > 0) {
      afterLeft--;
      if (!binary) out.print(prefix(o, name, n, lineOffset, '-') + text + '\n');
      lastPrinted = n;
    } else if (printing && o.before > 0) {
      before.push({ n, text, offset: lineOffset });
      if (before.length > o.before) before.shift();
    }
  }
  return { selected, binaryMatched: binary && selected > 0 && printing };
}
