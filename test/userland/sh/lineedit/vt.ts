// A tiny terminal emulator for tests: enough of xterm to replay what the line editor (and real
// bash's readline) writes and compare the resulting screens: printable text with autowrap and the
// pending-wrap state, wide characters, CR, LF, BS, BEL, CSI A B C D H J K @ P, 2J; private modes
// and SGR are ignored.

const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uff00-\uff60]/u;

export class Screen {
  lines: string[][] = [];
  row = 0;
  col = 0;
  private pendingWrap = false;

  constructor(
    readonly cols: number,
    readonly rows = 24,
    /** Model the tty's OPOST|ONLCR: "\n" written by a program arrives as "\r\n". */
    readonly onlcr = false,
  ) {
    for (let i = 0; i < rows; i++) this.lines.push(this.blank());
  }

  private blank(): string[] {
    return new Array<string>(this.cols).fill(' ');
  }

  private line(): string[] {
    const l = this.lines[this.row];
    if (l === undefined) throw new Error('row out of range');
    return l;
  }

  private lineFeed(): void {
    if (this.row === this.rows - 1) {
      this.lines.shift();
      this.lines.push(this.blank());
    } else this.row++;
  }

  private put(ch: string): void {
    const w = WIDE.test(ch) ? 2 : 1;
    if (this.pendingWrap || this.col + w > this.cols) {
      this.col = 0;
      this.lineFeed();
      this.pendingWrap = false;
    }
    const l = this.line();
    l[this.col] = ch;
    if (w === 2) l[this.col + 1] = '';
    this.col += w;
    if (this.col >= this.cols) {
      this.col = this.cols - 1;
      this.pendingWrap = true;
    }
  }

  write(data: string): this {
    let i = 0;
    const chars = Array.from(data);
    while (i < chars.length) {
      const c = chars[i] ?? '';
      i++;
      if (c === '\x1b') {
        i = this.escape(chars, i);
        continue;
      }
      if (c === '\r') this.col = 0;
      else if (c === '\n') {
        if (this.onlcr) this.col = 0;
        this.lineFeed();
      } else if (c === '\b') this.col = Math.max(0, this.col - 1);
      else if (c === '\x07') continue;
      else if (c >= ' ') {
        this.put(c);
        continue;
      }
      this.pendingWrap = false;
    }
    return this;
  }

  private escape(chars: string[], at: number): number {
    if (chars[at] !== '[') return at + 1;
    let i = at + 1;
    let params = '';
    while (i < chars.length && /[0-9;?]/.test(chars[i] ?? '')) params += chars[i++];
    const fin = chars[i] ?? '';
    this.csi(params, fin);
    return i + 1;
  }

  private csi(params: string, fin: string): void {
    if (params.startsWith('?') || fin === 'm') return;
    const n = Math.max(1, Number(params.split(';')[0] || '1'));
    const l = this.line();
    this.pendingWrap = false;
    if (fin === 'A') this.row = Math.max(0, this.row - n);
    else if (fin === 'B') this.row = Math.min(this.rows - 1, this.row + n);
    else if (fin === 'C') this.col = Math.min(this.cols - 1, this.col + n);
    else if (fin === 'D') this.col = Math.max(0, this.col - n);
    else if (fin === 'H') [this.row, this.col] = [0, 0];
    else if (fin === 'K') l.fill(' ', this.col);
    else if (fin === 'J' && params === '2') this.lines = this.lines.map(() => this.blank());
    else if (fin === 'J') {
      l.fill(' ', this.col);
      for (let r = this.row + 1; r < this.rows; r++) this.lines[r] = this.blank();
    } else if (fin === '@') {
      l.splice(this.col, 0, ...new Array<string>(n).fill(' '));
      l.length = this.cols;
    } else if (fin === 'P') {
      l.splice(this.col, n);
      while (l.length < this.cols) l.push(' ');
    }
  }

  /** The screen's text, trailing blanks and empty rows removed. */
  text(): string {
    const rows = this.lines.map((l) => l.join('').replace(/ +$/, ''));
    while (rows.length > 0 && rows[rows.length - 1] === '') rows.pop();
    return rows.join('\n');
  }

  get cursor(): [number, number] {
    return [this.row, this.col];
  }
}
