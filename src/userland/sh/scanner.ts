// The character-level base of the parser: the source text, the read position, line numbers, and
// bash's syntax error texts. The shell tokenizes while it parses (bash's parse.y reads characters
// on demand the same way), because what a character means depends on where it appears.

/** A syntax error, reported as bash does: `NAME: line N: MESSAGE` (plus the offending line). */
export class ShSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    /** The source line bash echoes after "syntax error near unexpected token" messages. */
    readonly lineText: string | undefined,
    /** True when more input could complete the command (interactive continuation, PS2). */
    readonly incomplete: boolean,
  ) {
    super(message);
  }
}

/** Nesting deeper than this is refused instead of overflowing the JavaScript stack. */
export const MAX_PARSE_DEPTH = 1000;

export const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);

export function isNameStart(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_');
}

export function isNameChar(c: string | undefined): boolean {
  return isNameStart(c) || (c !== undefined && c >= '0' && c <= '9');
}

export function isName(s: string): boolean {
  if (!isNameStart(s[0])) return false;
  for (let i = 1; i < s.length; i++) if (!isNameChar(s[i])) return false;
  return true;
}

export class Scanner {
  pos = 0;
  depth = 0;
  private lineCachePos = 0;
  private lineCacheLine: number;

  constructor(
    public src: string,
    readonly firstLine = 1,
  ) {
    this.lineCacheLine = firstLine;
  }

  peek(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  /** The line number of a position (1-based, counting from firstLine). */
  lineAt(pos: number): number {
    if (pos < this.lineCachePos) {
      this.lineCachePos = 0;
      this.lineCacheLine = this.firstLine;
    }
    let line = this.lineCacheLine;
    const src = this.src;
    for (let i = this.lineCachePos; i < pos && i < src.length; i++) if (src.charCodeAt(i) === 10) line++;
    this.lineCachePos = pos;
    this.lineCacheLine = line;
    return line;
  }

  get line(): number {
    return this.lineAt(this.pos);
  }

  /** The text of the line holding `pos`, as bash echoes it after a syntax error. */
  lineTextAt(pos: number): string {
    const start = this.src.lastIndexOf('\n', pos - 1) + 1;
    const nl = this.src.indexOf('\n', pos);
    return this.src.slice(start, nl < 0 ? this.src.length : nl);
  }

  /** Skip blanks, line continuations and (when `comments`) a comment up to the newline. */
  skipBlanks(comments = true): void {
    const src = this.src;
    for (;;) {
      const c = src[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && src[this.pos + 1] === '\n') this.pos += 2;
      else if (c === '#' && comments) {
        while (this.pos < src.length && src[this.pos] !== '\n') this.pos++;
      } else return;
    }
  }

  /**
   * "unexpected EOF while looking for matching `X'". Like bash, quotes, ${ and $(( report the line
   * where they started (`from`); ( and $( report the end of input.
   */
  eofMatching(ch: string, from: number, fromStart = ch !== ')'): ShSyntaxError {
    return new ShSyntaxError(
      `unexpected EOF while looking for matching \`${ch}'`,
      fromStart ? this.lineAt(from) : this.eofLine(),
      undefined,
      true,
    );
  }

  /** The line bash reports for errors at end of input: one past the last when it lacks a newline. */
  eofLine(): number {
    const line = this.lineAt(this.src.length);
    return this.src.endsWith('\n') || this.src === '' ? line : line + 1;
  }

  unexpectedEof(): ShSyntaxError {
    return new ShSyntaxError('syntax error: unexpected end of file', this.eofLine(), undefined, true);
  }

  unexpectedToken(token: string, at = this.pos): ShSyntaxError {
    if (token === '' || at >= this.src.length) return this.unexpectedEof();
    const shown = token === '\n' ? 'newline' : token;
    return new ShSyntaxError(
      `syntax error near unexpected token \`${shown}'`,
      this.lineAt(at),
      this.lineTextAt(at),
      false,
    );
  }

  tooDeep(): ShSyntaxError {
    return new ShSyntaxError('syntax error: nesting too deep', this.line, undefined, false);
  }

  enter(): void {
    if (++this.depth > MAX_PARSE_DEPTH) throw this.tooDeep();
  }

  leave(): void {
    this.depth--;
  }
}
