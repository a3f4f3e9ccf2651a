// The counting engine of wc(1), fed chunk by chunk: newlines, words (runs of non-blank bytes),
// UTF-8 characters, bytes and the longest line's display width (tabs to multiples of 8).

export interface WcCounts {
  lines: number;
  words: number;
  chars: number;
  bytes: number;
  maxLine: number;
}

export interface WcState extends WcCounts {
  inWord: boolean;
  lineWidth: number;
}

export function wcState(): WcState {
  return { lines: 0, words: 0, chars: 0, bytes: 0, maxLine: 0, inWord: false, lineWidth: 0 };
}

export function wcFeed(st: WcState, data: Uint8Array): void {
  st.bytes += data.length;
  for (const b of data) {
    const cont = (b & 0xc0) === 0x80;
    if (!cont) st.chars++;
    if (b === 10) {
      st.lines++;
      if (st.lineWidth > st.maxLine) st.maxLine = st.lineWidth;
      st.lineWidth = 0;
    } else if (b === 9) st.lineWidth += 8 - (st.lineWidth % 8);
    else if (!cont && b >= 32 && b !== 127) st.lineWidth++;
    const space = b === 32 || (b >= 9 && b <= 13);
    if (space) st.inWord = false;
    else if (!st.inWord && !cont) {
      st.inWord = true;
      st.words++;
    }
  }
}

export function wcEnd(st: WcState): WcCounts {
  const maxLine = Math.max(st.maxLine, st.lineWidth);
  return { lines: st.lines, words: st.words, chars: st.chars, bytes: st.bytes, maxLine };
}

export type WcField = 'lines' | 'words' | 'chars' | 'bytes' | 'maxLine';

/** One output row: counts right-aligned to `width`, separated by spaces, then the name. */
export function wcRow(c: WcCounts, fields: readonly WcField[], width: number, name: string | null): string {
  const cols = fields.map((f) => String(c[f]).padStart(width));
  return cols.join(' ') + (name === null ? '' : ` ${name}`) + '\n';
}

/**
 * GNU's column width: digits of the total size of the regular files (at least 1), at least 7
 * if any input is not a regular file; 1 when one count of one input is printed.
 */
export function wcWidth(
  inputs: readonly ({ regular: boolean; size: number } | null)[],
  nfields: number,
): number {
  if (inputs.length === 1 && nfields === 1) return 1;
  if (inputs.length === 0) return 1;
  let min = 1;
  let total = 0;
  for (const i of inputs) {
    if (i === null) continue;
    if (!i.regular) min = 7;
    else total += i.size;
  }
  return Math.max(min, String(total).length);
}
