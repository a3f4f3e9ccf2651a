// A small xterm for the nano tests: cursor addressing (CUP, VPA, CHA, CUU..CUB), erase (ED, EL),
// SGR reverse/colour tracked per cell, the alternate screen (?1049h/l), autowrap with the pending
// wrap state, CR/LF/BS. Other private modes, charset selection and keypad modes are ignored.

// ESC [ params final | ESC ( charset | ESC = > 7 8 M
const ESC = String.fromCharCode(0x1b);
const ESCAPE = new RegExp('^' + ESC + '(?:\\[([?>]?)([0-9;]*)([@-~])|\\(.|[=>78M])');

export class Vt {
  private main: { cells: string[][]; attrs: string[][]; row: number; col: number } | null = null;
  cells: string[][] = [];
  attrs: string[][] = [];
  row = 0;
  col = 0;
  private attr = '';
  private pendingWrap = false;
  private rest = '';

  constructor(
    public cols: number,
    public rows: number,
  ) {
    this.clear();
  }

  private clear(): void {
    this.cells = [];
    this.attrs = [];
    for (let r = 0; r < this.rows; r++) {
      this.cells.push(new Array<string>(this.cols).fill(' '));
      this.attrs.push(new Array<string>(this.cols).fill(''));
    }
  }

  resize(cols: number, rows: number): void {
    this.cols = cols;
    this.rows = rows;
    this.clear();
    this.row = Math.min(this.row, rows - 1);
    this.col = Math.min(this.col, cols - 1);
  }

  private lineFeed(): void {
    if (this.row < this.rows - 1) {
      this.row++;
      return;
    }
    this.cells.shift();
    this.attrs.shift();
    this.cells.push(new Array<string>(this.cols).fill(' '));
    this.attrs.push(new Array<string>(this.cols).fill(''));
  }

  private put(ch: string): void {
    if (this.pendingWrap) {
      this.col = 0;
      this.lineFeed();
      this.pendingWrap = false;
    }
    const line = this.cells[this.row];
    const attrs = this.attrs[this.row];
    if (!line || !attrs) return;
    line[this.col] = ch;
    attrs[this.col] = this.attr;
    if (this.col === this.cols - 1) this.pendingWrap = true;
    else this.col++;
  }

  write(data: string): void {
    const text = this.rest + data;
    this.rest = '';
    for (let i = 0; i < text.length;) {
      const c = text[i] ?? '';
      if (c === '\x1b') {
        const m = ESCAPE.exec(text.slice(i));
        if (!m) {
          this.rest = text.slice(i);
          return;
        }
        if (m[3] !== undefined) this.csi(m[1] ?? '', m[2] ?? '', m[3]);
        i += m[0].length;
        continue;
      }
      i++;
      if (c === '\r') this.col = 0;
      else if (c === '\n') this.lineFeed();
      else if (c === '\b') this.col = Math.max(0, this.col - 1);
      else if (c >= ' ') {
        this.put(c);
        continue;
      }
      this.pendingWrap = false;
    }
  }

  private csi(priv: string, params: string, fin: string): void {
    const ps = params === '' ? [] : params.split(';').map((p) => Number(p || 0));
    const n = Math.max(1, ps[0] ?? 1);
    this.pendingWrap = false;
    if (priv === '?') {
      if (ps.includes(1049) && fin === 'h') {
        this.main = { cells: this.cells, attrs: this.attrs, row: this.row, col: this.col };
        this.clear();
      } else if (ps.includes(1049) && fin === 'l' && this.main) {
        ({ cells: this.cells, attrs: this.attrs, row: this.row, col: this.col } = this.main);
        this.main = null;
      }
      return;
    }
    if (fin === 'm') this.attr = ps.length === 0 || (ps.length === 1 && ps[0] === 0) ? '' : ps.join(';');
    else if (fin === 'H' || fin === 'f') {
      this.row = Math.min(this.rows - 1, n - 1);
      this.col = Math.min(this.cols - 1, Math.max(1, ps[1] ?? 1) - 1);
    } else if (fin === 'd') this.row = Math.min(this.rows - 1, n - 1);
    else if (fin === 'G') this.col = Math.min(this.cols - 1, n - 1);
    else if (fin === 'A') this.row = Math.max(0, this.row - n);
    else if (fin === 'B') this.row = Math.min(this.rows - 1, this.row + n);
    else if (fin === 'C') this.col = Math.min(this.cols - 1, this.col + n);
    else if (fin === 'D') this.col = Math.max(0, this.col - n);
    else if (fin === 'K')
      this.erase(this.row, ps[0] === 1 ? 0 : this.col, ps[0] === 0 || !ps[0] ? this.cols : this.col + 1);
    else if (fin === 'J') this.eraseDisplay(ps[0] ?? 0);
  }

  private erase(row: number, from: number, to: number): void {
    for (let c = from; c < to; c++) {
      const line = this.cells[row];
      const attrs = this.attrs[row];
      if (line) line[c] = ' ';
      if (attrs) attrs[c] = '';
    }
  }

  private eraseDisplay(mode: number): void {
    if (mode === 2) {
      for (let r = 0; r < this.rows; r++) this.erase(r, 0, this.cols);
      return;
    }
    this.erase(this.row, this.col, this.cols);
    for (let r = this.row + 1; r < this.rows; r++) this.erase(r, 0, this.cols);
  }

  /** Row r's text, full width (trailing blanks kept). */
  line(r: number): string {
    return (this.cells[r] ?? []).join('');
  }

  /** '#' where a cell is in reverse video, '!' for another attribute, '.' plain. */
  marks(r: number): string {
    return (this.attrs[r] ?? [])
      .map((a) => (a === '' ? '.' : a.split(';').includes('7') ? '#' : '!'))
      .join('');
  }

  /** The whole screen, trailing blanks and empty rows removed. */
  text(): string {
    const rows = this.cells.map((l) => l.join('').replace(/ +$/, ''));
    while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
    return rows.join('\n');
  }
}
