// The line being edited: characters (code points) and the point (cursor index), with readline's
// notions of words: whitespace-delimited for ^W (unix-word-rubout), alphanumeric for M-b/M-f/M-d.

import { chars } from './width';

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

function isBlank(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t';
}

export class LineBuffer {
  chars: string[] = [];
  point = 0;

  get text(): string {
    return this.chars.join('');
  }

  get length(): number {
    return this.chars.length;
  }

  set(text: string, point?: number): void {
    this.chars = chars(text);
    this.point = point ?? this.chars.length;
  }

  insert(text: string): void {
    const add = chars(text);
    this.chars.splice(this.point, 0, ...add);
    this.point += add.length;
  }

  /** Remove characters [from, to) and return them; the point moves to `from` if it was inside or after. */
  remove(from: number, to: number): string {
    const lo = Math.max(0, Math.min(from, to));
    const hi = Math.min(this.chars.length, Math.max(from, to));
    const gone = this.chars.splice(lo, hi - lo).join('');
    if (this.point >= hi) this.point -= hi - lo;
    else if (this.point > lo) this.point = lo;
    return gone;
  }

  /** Start of the whitespace-delimited word before the point (^W). */
  unixWordStart(): number {
    let i = this.point;
    while (i > 0 && isBlank(this.chars[i - 1])) i--;
    while (i > 0 && !isBlank(this.chars[i - 1])) i--;
    return i;
  }

  /** Start of the alphanumeric word before the point (M-b). */
  wordStart(): number {
    let i = this.point;
    while (i > 0 && !isWordChar(this.chars[i - 1])) i--;
    while (i > 0 && isWordChar(this.chars[i - 1])) i--;
    return i;
  }

  /** End of the alphanumeric word at or after the point (M-f). */
  wordEnd(): number {
    let i = this.point;
    const n = this.chars.length;
    while (i < n && !isWordChar(this.chars[i])) i++;
    while (i < n && isWordChar(this.chars[i])) i++;
    return i;
  }

  /** ^T: swap the characters around the point (the last two at the end of the line). */
  transpose(): boolean {
    const n = this.chars.length;
    if (this.point === 0 || n < 2) return false;
    const at = this.point === n ? n - 1 : this.point;
    const a = this.chars[at - 1] ?? '';
    const b = this.chars[at] ?? '';
    this.chars[at - 1] = b;
    this.chars[at] = a;
    this.point = at + 1;
    return true;
  }
}
