// Terminal input → keys: runs of printable text, control characters, Meta-x (ESC x) and the
// escape sequences xterm sends for arrows, Home/End, Delete (CSI and SS3 forms, with modifiers).
// Simplification: a lone ESC waits for the next byte (readline waits keyseq-timeout, 500 ms).

export type SpecialName =
  | 'up'
  | 'down'
  | 'right'
  | 'left'
  | 'home'
  | 'end'
  | 'delete'
  | 'insert'
  | 'pageup'
  | 'pagedown'
  | 'paste-start'
  | 'paste-end';

export type Key =
  /** One or more printable characters (a typed character or a pasted chunk). */
  | { readonly kind: 'text'; readonly text: string }
  /** A control character: 0x00–0x1f or 0x7f (DEL). */
  | { readonly kind: 'ctrl'; readonly code: number }
  /** ESC followed by a character (Alt-x). */
  | { readonly kind: 'meta'; readonly ch: string }
  /** A function key; mod is xterm's modifier parameter (1 none, 3 Alt, 5 Ctrl). */
  | { readonly kind: 'special'; readonly name: SpecialName; readonly mod: number }
  /** An escape sequence the editor does not know (ignored). */
  | { readonly kind: 'unknown'; readonly seq: string };

export interface Decoded {
  readonly key: Key;
  /** UTF-16 code units of input consumed. */
  readonly length: number;
}

const FINALS: Readonly<Record<string, SpecialName>> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
};

const TILDE: Readonly<Record<string, SpecialName>> = {
  '1': 'home',
  '2': 'insert',
  '3': 'delete',
  '4': 'end',
  '5': 'pageup',
  '6': 'pagedown',
  '7': 'home',
  '8': 'end',
  '200': 'paste-start',
  '201': 'paste-end',
};

function isPrintable(cp: number): boolean {
  return cp >= 0x20 && cp !== 0x7f;
}

/**
 * Decode the first key of `input`. Returns null when `input` is empty or holds only the start of
 * an escape sequence (unless `final`: no more input will come, then a lone ESC is a key itself).
 */
export function decodeKey(input: string, final = false): Decoded | null {
  if (input === '') return null;
  const cp = input.codePointAt(0) ?? 0;
  if (cp === 0x1b) return decodeEscape(input, final);
  if (!isPrintable(cp)) return { key: { kind: 'ctrl', code: cp }, length: 1 };
  let end = 0;
  while (end < input.length) {
    const c = input.codePointAt(end) ?? 0;
    if (!isPrintable(c)) break;
    end += c > 0xffff ? 2 : 1;
  }
  return { key: { kind: 'text', text: input.slice(0, end) }, length: end };
}

function decodeEscape(input: string, final: boolean): Decoded | null {
  if (input.length === 1) return final ? { key: { kind: 'ctrl', code: 0x1b }, length: 1 } : null;
  const second = input[1];
  if (second === '[') return decodeCsi(input, final);
  if (second === 'O') {
    if (input.length < 3) return final ? meta('O') : null;
    const name = FINALS[input[2] ?? ''];
    const key: Key = name ? { kind: 'special', name, mod: 1 } : { kind: 'unknown', seq: input.slice(0, 3) };
    return { key, length: 3 };
  }
  const ch = String.fromCodePoint(input.codePointAt(1) ?? 0);
  return { key: { kind: 'meta', ch }, length: 1 + ch.length };
}

function meta(ch: string): Decoded {
  return { key: { kind: 'meta', ch }, length: 2 };
}

function decodeCsi(input: string, final: boolean): Decoded | null {
  let i = 2;
  while (i < input.length && /[0-?]/.test(input[i] ?? '')) i++;
  while (i < input.length && /[ -/]/.test(input[i] ?? '')) i++;
  if (i >= input.length) return final ? meta('[') : null;
  const fin = input[i] ?? '';
  const seq = input.slice(0, i + 1);
  const params = input.slice(2, i).split(';');
  const mod = Number(params[1] ?? '1') || 1;
  const name = fin === '~' ? TILDE[params[0] ?? ''] : FINALS[fin];
  const key: Key = name ? { kind: 'special', name, mod } : { kind: 'unknown', seq };
  return { key, length: i + 1 };
}
