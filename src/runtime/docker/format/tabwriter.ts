// Go's text/tabwriter as docker/cli's fork of it aligns tables: cells are terminated by '\t';
// a column block is a run of consecutive lines that have a cell in that column; each cell is
// padded to the block's widest cell + padding (at least minwidth); the text after a line's last
// tab is not part of a column and is not padded. docker/cli uses
// tabwriter.NewWriter(out, 10, 1, 3, ' ', 0) (formatter.Context.postFormat); widths count
// terminal columns (go-runewidth), so East Asian wide characters count 2.
// Simplification: no flags (AlignRight, DiscardEmptyColumns, FilterHTML, escapes); '\v' and '\f'
// are not special.

import { charWidth } from '../../../userland/sh/lineedit/width';

export interface TabwriterOptions {
  readonly minwidth: number;
  readonly tabwidth: number;
  readonly padding: number;
  readonly padchar: string;
}

/** docker/cli's table settings: minwidth 10, tabwidth 1, padding 3, padded with spaces. */
export const DOCKER_TABLE: TabwriterOptions = { minwidth: 10, tabwidth: 1, padding: 3, padchar: ' ' };

/** Display width of a cell, as go-runewidth counts it (control characters count 0). */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    w += cp < 0x20 || cp === 0x7f ? 0 : charWidth(ch);
  }
  return w;
}

interface Cell {
  readonly text: string;
  readonly width: number;
}

class Formatter {
  private widths: number[] = [];
  out = '';

  constructor(
    private readonly lines: readonly Cell[][],
    private readonly opt: TabwriterOptions,
  ) {}

  private pad(textw: number, cellw: number): string {
    if (this.opt.padchar === '\t') {
      if (this.opt.tabwidth === 0) return '';
      const w = Math.ceil(cellw / this.opt.tabwidth) * this.opt.tabwidth;
      return '\t'.repeat(Math.ceil((w - textw) / this.opt.tabwidth));
    }
    return this.opt.padchar.repeat(Math.max(0, cellw - textw));
  }

  private writeLines(line0: number, line1: number): void {
    for (let i = line0; i < line1; i++) {
      const line = this.lines[i] ?? [];
      line.forEach((c, j) => {
        this.out += c.text;
        if (j < this.widths.length) this.out += this.pad(c.width, this.widths[j] ?? 0);
      });
      if (i + 1 < this.lines.length) this.out += '\n';
    }
  }

  /** The recursive column-block algorithm of tabwriter.format. */
  format(line0: number, line1: number): void {
    const column = this.widths.length;
    for (let t = line0; t < line1; t++) {
      if (column >= (this.lines[t]?.length ?? 0) - 1) continue;
      this.writeLines(line0, t);
      line0 = t;
      let width = this.opt.minwidth;
      for (; t < line1; t++) {
        const line = this.lines[t] ?? [];
        if (column >= line.length - 1) break;
        width = Math.max(width, (line[column]?.width ?? 0) + this.opt.padding);
      }
      this.widths.push(width);
      this.format(line0, t);
      this.widths.pop();
      line0 = t;
    }
    this.writeLines(line0, line1);
  }
}

/** Write `text` through a tabwriter and flush it. */
export function tabwrite(text: string, opt: TabwriterOptions = DOCKER_TABLE): string {
  const lines: Cell[][] = text
    .split('\n')
    .map((l) => l.split('\t').map((s) => ({ text: s, width: textWidth(s) })));
  // The last line holds the unterminated trailing cell; an empty one adds nothing.
  const last = lines[lines.length - 1];
  if (last && last.length === 1 && last[0]?.text === '') last.pop();
  const f = new Formatter(lines, opt);
  // Go flushes whenever a line has a single cell: it cannot influence the lines after it.
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i]?.length ?? 0) <= 1 && i + 1 < lines.length) {
      f.format(start, i + 1);
      start = i + 1;
    }
  }
  f.format(start, lines.length);
  return f.out;
}
