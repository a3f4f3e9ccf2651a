// The lexer of Go's text/template: text, {{ }} with trim markers ({{- and -}} need a space on
// their inner side), comments, and the tokens inside an action. Errors carry Go's wording.

export type TokKind =
  | 'text'
  | 'left'
  | 'right'
  | 'space'
  | 'field'
  | 'var'
  | 'ident'
  | 'keyword'
  | 'string'
  | 'raw'
  | 'char'
  | 'number'
  | 'bool'
  | 'dot'
  | 'nil'
  | 'pipe'
  | 'declare'
  | 'assign'
  | 'lparen'
  | 'rparen'
  | 'comma'
  | 'eof';

export interface Token {
  readonly kind: TokKind;
  readonly val: string;
  readonly pos: number;
}

export class LexError extends Error {
  constructor(
    message: string,
    readonly pos: number,
  ) {
    super(message);
  }
}

const KEYWORDS = new Set([
  'block',
  'break',
  'continue',
  'define',
  'else',
  'end',
  'if',
  'range',
  'template',
  'with',
]);
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlnum = (c: string | undefined): boolean => c !== undefined && /^[\p{L}\p{Nd}_]$/u.test(c);

/** Go's %#U of a character, as "bad character" errors print it: U+002D '-'. */
function hashU(c: string): string {
  const cp = c.codePointAt(0) ?? 0;
  const hex = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
  return /\p{C}/u.test(c) ? hex : `${hex} '${c}'`;
}

function atRightDelim(src: string, i: number): { trim: boolean; len: number } | null {
  if (src.startsWith('}}', i)) return { trim: false, len: 2 };
  if (isSpace(src[i]) && src.startsWith('-}}', i + 1)) return { trim: true, len: 4 };
  return null;
}

/** Split a template into tokens; throws LexError. */
export function lex(src: string): Token[] {
  const toks: Token[] = [];
  let i = 0;
  let trimNext = false;
  while (i <= src.length) {
    let start = i;
    if (trimNext) while (isSpace(src[start])) start++;
    const open = src.indexOf('{{', start);
    const end = open < 0 ? src.length : open;
    let text = src.slice(start, end);
    const trimLeft = open >= 0 && src[open + 2] === '-' && isSpace(src[open + 3]);
    if (trimLeft) text = text.replace(/[ \t\r\n]+$/, '');
    if (text !== '') toks.push({ kind: 'text', val: text, pos: start });
    if (open < 0) break;
    const j = open + 2 + (trimLeft ? 2 : 0);
    if (src.startsWith('/*', j)) {
      const close = src.indexOf('*/', j + 2);
      if (close < 0) throw new LexError('unclosed comment', open);
      const rd = atRightDelim(src, close + 2);
      if (!rd) throw new LexError('comment ends before closing delimiter', open);
      i = close + 2 + rd.len;
      trimNext = rd.trim;
      continue;
    }
    toks.push({ kind: 'left', val: '{{', pos: open });
    const after = lexAction(src, j, toks);
    i = after.next;
    trimNext = after.trim;
  }
  toks.push({ kind: 'eof', val: '', pos: src.length });
  return toks;
}

function lexAction(src: string, from: number, toks: Token[]): { next: number; trim: boolean } {
  let i = from;
  let parens = 0;
  const push = (kind: TokKind, end: number): void => {
    toks.push({ kind, val: src.slice(i, end), pos: i });
    i = end;
  };
  for (;;) {
    const rd = atRightDelim(src, i);
    if (rd && parens === 0) {
      toks.push({ kind: 'right', val: '}}', pos: i + (rd.trim ? 2 : 0) });
      return { next: i + rd.len, trim: rd.trim };
    }
    const c = src[i];
    if (c === undefined) throw new LexError('unclosed action', i);
    if (rd) throw new LexError('unclosed left paren', i);
    if (isSpace(c)) {
      let j = i;
      while (isSpace(src[j]) && !atRightDelim(src, j)) j++;
      push('space', j === i ? i + 1 : j);
    } else if (c === '"') push('string', scanQuote(src, i, '"', 'unterminated quoted string'));
    else if (c === '`') {
      const close = src.indexOf('`', i + 1);
      if (close < 0) throw new LexError('unterminated raw quoted string', i);
      push('raw', close + 1);
    } else if (c === "'") push('char', scanQuote(src, i, "'", 'unterminated character constant'));
    else if (/[0-9]/.test(c) || ((c === '+' || c === '-' || c === '.') && /[0-9]/.test(src[i + 1] ?? ''))) {
      push('number', scanNumber(src, i));
    } else if (c === '.' || c === '$') {
      let j = i + 1;
      while (isAlnum(src[j])) j++;
      checkTerminator(src, j);
      push(c === '$' ? 'var' : j === i + 1 ? 'dot' : 'field', j);
    } else if (isAlnum(c)) {
      let j = i;
      while (isAlnum(src[j])) j++;
      checkTerminator(src, j);
      const word = src.slice(i, j);
      push(
        KEYWORDS.has(word)
          ? 'keyword'
          : word === 'true' || word === 'false'
            ? 'bool'
            : word === 'nil'
              ? 'nil'
              : 'ident',
        j,
      );
    } else if (c === '|') push('pipe', i + 1);
    else if (c === ':' && src[i + 1] === '=') push('declare', i + 2);
    else if (c === '=') push('assign', i + 1);
    else if (c === ',') push('comma', i + 1);
    else if (c === '(') {
      parens++;
      push('lparen', i + 1);
    } else if (c === ')') {
      if (--parens < 0) throw new LexError('unexpected right paren', i);
      push('rparen', i + 1);
    } else throw new LexError(`bad character ${hashU([...src.slice(i, i + 2)][0] ?? c)}`, i);
  }
}

function checkTerminator(src: string, j: number): void {
  const c = src[j];
  if (c === undefined || isSpace(c) || atRightDelim(src, j) || '.,|:)(='.includes(c)) return;
  throw new LexError(`bad character ${hashU([...src.slice(j, j + 2)][0] ?? c)}`, j);
}

function scanQuote(src: string, i: number, q: string, msg: string): number {
  let j = i + 1;
  for (;;) {
    const c = src[j];
    if (c === undefined || c === '\n') throw new LexError(msg, i);
    if (c === '\\') j += 2;
    else if (c === q) return j + 1;
    else j++;
  }
}

function scanNumber(src: string, i: number): number {
  const m =
    /^[+-]?(?:0[xX][0-9a-fA-F_]*(?:\.[0-9a-fA-F_]*)?(?:[pP][+-]?[0-9_]+)?|0[oObB][0-7_]+|[0-9_]*\.?[0-9_]*(?:[eE][+-]?[0-9_]+)?)i?/.exec(
      src.slice(i),
    );
  const j = i + (m?.[0].length ?? 0);
  if (isAlnum(src[j])) throw new LexError(`bad number syntax: "${src.slice(i, j + 1)}"`, i);
  return j;
}
