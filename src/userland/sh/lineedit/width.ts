// How many terminal columns a character takes (wcwidth(3)), how the editor shows control
// characters (^X, as readline does), and the visible part of a prompt.
// Simplification: the East Asian wide and zero-width ranges are the common blocks, not the full
// Unicode tables.

const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

const ZERO: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f],
  [0x200b, 0x200f],
  [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f],
  [0xfe20, 0xfe2f],
];

function inRanges(cp: number, ranges: ReadonlyArray<readonly [number, number]>): boolean {
  for (const [lo, hi] of ranges) if (cp >= lo && cp <= hi) return true;
  return false;
}

/** The text the editor writes for one buffer character: control characters appear as ^X. */
export function displayForm(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20) return '^' + String.fromCharCode(cp + 64);
  if (cp === 0x7f) return '^?';
  return ch;
}

/** Columns one buffer character occupies on the screen. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || cp === 0x7f) return 2;
  if (cp < 0x300) return 1;
  if (inRanges(cp, ZERO)) return 0;
  return inRanges(cp, WIDE) ? 2 : 1;
}

/** Split a string into characters (code points). */
export function chars(text: string): string[] {
  return Array.from(text);
}

export interface PromptShape {
  /** Bytes to write: the prompt without readline's \x01 \x02 invisible-span markers. */
  readonly output: string;
  /** The visible characters of the prompt's last line (escape sequences in marked spans removed). */
  readonly lastLine: string[];
  /** The bytes to write to redraw the last line (with its escape sequences). */
  readonly lastLineOutput: string;
}

/**
 * Parse a prompt. Text between \x01 and \x02 (bash's \[ \]) is written but takes no room; the
 * editor redraws only the last line of a multi-line prompt.
 */
export function promptShape(prompt: string): PromptShape {
  let output = '';
  let visible: string[] = [];
  let lastLineOutput = '';
  let hidden = false;
  for (const ch of prompt) {
    if (ch === '\x01') hidden = true;
    else if (ch === '\x02') hidden = false;
    else {
      output += ch;
      lastLineOutput += ch;
      if (hidden) continue;
      if (ch === '\n') {
        visible = [];
        lastLineOutput = '';
      } else if (ch !== '\r') visible.push(ch);
    }
  }
  return { output, lastLine: visible, lastLineOutput };
}
