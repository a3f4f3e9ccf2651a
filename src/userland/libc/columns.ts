// GNU ls's multi-column layout (ls.c calculate_columns / print_many_per_line): try every column
// count, keep the largest whose widest-entry columns (plus 2 separating spaces) fit the line, and
// pad between columns with tabs (tab stops every 8) then spaces, as ls does by default.

/** One cell: the text to print and its display width (the quoted name plus any frills). */
export interface Cell {
  readonly text: string;
  readonly width: number;
}

const MIN_COLUMN_WIDTH = 3;

/** The number of columns and their widths for `cells` on a line of `lineLength` columns. */
export function layoutColumns(
  widths: readonly number[],
  lineLength: number,
  byColumns: boolean,
): { cols: number; colWidths: number[] } {
  const n = widths.length;
  const maxIdx = Math.max(1, Math.floor(lineLength / MIN_COLUMN_WIDTH));
  const maxCols = Math.max(1, Math.min(maxIdx, n));
  const info = Array.from({ length: maxCols }, (_, i) => ({
    valid: true,
    lineLen: (i + 1) * MIN_COLUMN_WIDTH,
    colArr: new Array<number>(i + 1).fill(MIN_COLUMN_WIDTH),
  }));
  for (let f = 0; f < n; f++) {
    const w = widths[f]!;
    for (let i = 0; i < maxCols; i++) {
      const ci = info[i]!;
      if (!ci.valid) continue;
      const idx = byColumns ? Math.floor(f / Math.floor((n + i) / (i + 1))) : f % (i + 1);
      const real = w + (idx === i ? 0 : 2);
      if (ci.colArr[idx]! < real) {
        ci.lineLen += real - ci.colArr[idx]!;
        ci.colArr[idx] = real;
        ci.valid = ci.lineLen < lineLength;
      }
    }
  }
  let cols = maxCols;
  while (cols > 1 && !info[cols - 1]!.valid) cols--;
  return { cols, colWidths: info[cols - 1]!.colArr };
}

/** Pad from column `from` to `to` with tabs where a tab stop fits, then spaces (ls's indent()). */
export function indent(from: number, to: number, tabsize = 8): string {
  let out = '';
  while (from < to) {
    if (tabsize !== 0 && Math.floor(to / tabsize) > Math.floor((from + 1) / tabsize)) {
      out += '\t';
      from += tabsize - (from % tabsize);
    } else {
      out += ' ';
      from++;
    }
  }
  return out;
}

/** Lay cells out in columns: down then across (-C) or across then down (-x). */
export function formatColumns(
  cells: readonly Cell[],
  lineLength: number,
  byColumns = true,
  tabsize = 8,
): string {
  const n = cells.length;
  if (n === 0) return '';
  const { cols, colWidths } = layoutColumns(
    cells.map((c) => c.width),
    lineLength,
    byColumns,
  );
  const rows = Math.floor(n / cols) + (n % cols !== 0 ? 1 : 0);
  const lines: string[] = [];
  if (byColumns) {
    for (let row = 0; row < rows; row++) {
      let line = '';
      let pos = 0;
      for (let f = row, col = 0; f < n; f += rows, col++) {
        const cell = cells[f]!;
        line += cell.text;
        if (f + rows >= n) break;
        line += indent(pos + cell.width, pos + colWidths[col]!, tabsize);
        pos += colWidths[col]!;
      }
      lines.push(line);
    }
  } else {
    let line = '';
    let pos = 0;
    for (let f = 0; f < n; f++) {
      const col = f % cols;
      if (col === 0 && f > 0) {
        lines.push(line);
        line = '';
        pos = 0;
      }
      const cell = cells[f]!;
      line += cell.text;
      if (col < cols - 1 && f + 1 < n) {
        line += indent(pos + cell.width, pos + colWidths[col]!, tabsize);
        pos += colWidths[col]!;
      }
    }
    lines.push(line);
  }
  return lines.join('\n') + '\n';
}

/** Display width of text in a terminal: East Asian wide characters count 2, combining marks 0. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x20 || (c >= 0x7f && c < 0xa0)) continue;
    if ((c >= 0x300 && c < 0x370) || c === 0x200b) continue;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6) ||
      (c >= 0x1f300 && c <= 0x1faff) ||
      (c >= 0x20000 && c <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}
