// A screenful of cells and the bytes that turn the previous screenful into the next one, as
// curses does: only the changed stretch of each row is rewritten. Attributes are the three nano
// uses with its default colours: plain, reverse video (title bar, key names, prompts) and the
// bold white on red of error messages.
//
// Simplification: no insert/delete-line or scroll-region optimisation; a scrolled edit area is
// redrawn row by row.

export const PLAIN = 0;
export const REVERSE = 1;
export const ALERT = 2;

const SGR: readonly string[] = ['\x1b[m', '\x1b[0;7m', '\x1b[0;1;37;41m'];

export class Frame {
  readonly cells: string[][] = [];
  readonly attrs: number[][] = [];
  /** Where the cursor is left (row, column). */
  cursor: readonly [number, number] = [0, 0];
  /** The help viewer hides the cursor. */
  showCursor = true;

  constructor(
    readonly rows: number,
    readonly cols: number,
  ) {
    for (let r = 0; r < rows; r++) {
      this.cells.push(new Array<string>(cols).fill(' '));
      this.attrs.push(new Array<number>(cols).fill(PLAIN));
    }
  }

  /** Put cells (one per column, '' after a wide character) from column col; clipped. */
  putCells(row: number, col: number, cells: readonly string[], attr: number): number {
    const line = this.cells[row];
    const attrs = this.attrs[row];
    if (!line || !attrs) return col;
    let i = 0;
    for (; i < cells.length && col < this.cols; i++, col++) {
      line[col] = cells[i] ?? ' ';
      attrs[col] = attr;
    }
    // A wide character cut by the right edge would spill over: blank its first half.
    if (i < cells.length && cells[i] === '') line[this.cols - 1] = ' ';
    return col;
  }

  /** Put plain text (each code point one cell) from column col. */
  put(row: number, col: number, text: string, attr: number): number {
    return this.putCells(row, col, Array.from(text), attr);
  }

  /** Paint a whole row with spaces in an attribute. */
  fill(row: number, attr: number): void {
    this.cells[row]?.fill(' ');
    this.attrs[row]?.fill(attr);
  }

  /** The text of a row (for tests and debugging). */
  text(row: number): string {
    return (this.cells[row] ?? []).join('');
  }
}

function sameCell(a: Frame, b: Frame, r: number, c: number): boolean {
  return a.cells[r]?.[c] === b.cells[r]?.[c] && a.attrs[r]?.[c] === b.attrs[r]?.[c];
}

/** The bytes that draw `next` over `prev` (or over a cleared screen when prev is null). */
export function paint(prev: Frame | null, next: Frame): string {
  const full = prev === null || prev.rows !== next.rows || prev.cols !== next.cols;
  let out = '\x1b[?25l' + (full ? '\x1b[m\x1b[H\x1b[2J' : '');
  let attr = PLAIN;
  for (let r = 0; r < next.rows; r++) {
    let first = -1;
    let last = -1;
    for (let c = 0; c < next.cols; c++) {
      const blank = next.cells[r]?.[c] === ' ' && next.attrs[r]?.[c] === PLAIN;
      if (full ? blank : prev !== null && sameCell(prev, next, r, c)) continue;
      if (first < 0) first = c;
      last = c;
    }
    if (first < 0) continue;
    while (first > 0 && next.cells[r]?.[first] === '') first--;
    out += `\x1b[${r + 1};${first + 1}H`;
    for (let c = first; c <= last; c++) {
      const a = next.attrs[r]?.[c] ?? PLAIN;
      if (a !== attr) {
        out += SGR[a] ?? '';
        attr = a;
      }
      out += next.cells[r]?.[c] ?? ' ';
    }
  }
  if (attr !== PLAIN) out += SGR[PLAIN];
  const [cr, cc] = next.cursor;
  return out + `\x1b[${cr + 1};${cc + 1}H` + (next.showCursor ? '\x1b[?25h' : '');
}
