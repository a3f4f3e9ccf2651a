// Token-stream helpers shared by the python3 expression and statement parsers.

import type { Span } from './ast';
import { SyntaxErr } from './errors';
import type { Token } from './tokenizer';

export class TokenStream {
  pos = 0;
  constructor(
    readonly toks: readonly Token[],
    readonly lines: readonly string[],
  ) {}

  get tok(): Token {
    return this.toks[this.pos]!;
  }

  /** The current token's kind (a method, so TypeScript does not narrow it across next()). */
  kind(): Token['kind'] {
    return this.tok.kind;
  }

  peek(n = 1): Token {
    return this.toks[Math.min(this.pos + n, this.toks.length - 1)]!;
  }

  next(): Token {
    const t = this.tok;
    if (this.pos < this.toks.length - 1) this.pos++;
    return t;
  }

  /** The current token is the operator (or keyword) `text`. */
  is(text: string): boolean {
    const t = this.tok;
    return (t.kind === 'OP' || t.kind === 'NAME') && t.text === text;
  }

  eat(text: string): boolean {
    if (!this.is(text)) return false;
    this.next();
    return true;
  }

  expect(text: string): Token {
    if (!this.is(text)) {
      if (text === ':') throw this.errorAt(this.prevEnd(), `expected ':'`);
      throw this.error();
    }
    return this.next();
  }

  /** A SyntaxError at the current token ("invalid syntax" unless told otherwise). */
  error(msg = 'invalid syntax', t: Token = this.tok): SyntaxErr {
    if (t.kind === 'END' || (t.kind === 'NEWLINE' && msg === 'invalid syntax' && t.text === '')) {
      return new SyntaxErr(msg, t.line, t.col + 1, this.lines[t.line - 1] ?? '');
    }
    if (t.kind === 'INDENT')
      return new SyntaxErr('unexpected indent', t.line, 0, this.lines[t.line - 1] ?? '', 'IndentationError');
    return new SyntaxErr(msg, t.line, t.col + 1, this.lines[t.line - 1] ?? '');
  }

  errorAt(at: { line: number; col: number }, msg: string, endCol = 0): SyntaxErr {
    return new SyntaxErr(msg, at.line, at.col + 1, this.lines[at.line - 1] ?? '', 'SyntaxError', endCol);
  }

  prevEnd(): { line: number; col: number } {
    const p = this.toks[this.pos - 1] ?? this.tok;
    return { line: p.endLine, col: p.endCol };
  }

  /** A span from token `start` to the end of the previous token. */
  span(start: Token): Span {
    const p = this.toks[this.pos - 1] ?? start;
    return { line: start.line, col: start.col, endLine: p.endLine, endCol: p.endCol };
  }
}

export const KEYWORDS = new Set([
  'False',
  'None',
  'True',
  'and',
  'as',
  'assert',
  'async',
  'await',
  'break',
  'class',
  'continue',
  'def',
  'del',
  'elif',
  'else',
  'except',
  'finally',
  'for',
  'from',
  'global',
  'if',
  'import',
  'in',
  'is',
  'lambda',
  'nonlocal',
  'not',
  'or',
  'pass',
  'raise',
  'return',
  'try',
  'while',
  'with',
  'yield',
]);
