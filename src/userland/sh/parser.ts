// The grammar of bash (parse.y) by recursive descent: lists, and-or lists, pipelines, simple
// commands with assignments and redirections, and the compound commands. `next()` returns one
// complete command line at a time, so a script runs up to the line with a syntax error, as in bash.
// Simplification: no process substitution, coprocesses, extglob patterns or `select`.

import type { AndOr, Assign, Command, List, Pipeline, Redir, RedirOp, Word } from './ast';
import { parseCondExpr } from './condparse';
import { parseCompound } from './compound';
import { ShSyntaxError, isName, isNameChar, isNameStart } from './scanner';
import { NORMAL, WordParser } from './words';
import { readHeredocs } from './heredoc';
import type { HeredocWarning } from './heredoc';

export const RESERVED = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'case',
  'esac',
  'for',
  'while',
  'until',
  'do',
  'done',
  'function',
  '{',
  '}',
  '!',
  '[[',
  ']]',
  'in',
  'time',
]);

const DECL = new Set(['declare', 'typeset', 'local', 'export', 'readonly']);
const REDIR_OPS: readonly RedirOp[] = [
  '&>>',
  '<<<',
  '<<-',
  '&>',
  '>>',
  '>|',
  '<>',
  '<&',
  '>&',
  '<<',
  '<',
  '>',
];
const CONTROL_OPS = ['&&', '||', ';;&', ';;', ';&', '|&', '|', '&', ';', '(', ')', '\n'];

export interface ParserOptions {
  readonly aliases?: ((name: string) => string | undefined) | undefined;
  readonly firstLine?: number;
}

export class Parser extends WordParser {
  pendingHeredocs: Redir[] = [];
  readonly warnings: HeredocWarning[] = [];
  private readonly aliases: ((name: string) => string | undefined) | undefined;
  private aliasDepth = 0;

  constructor(src: string, options: ParserOptions = {}) {
    super(src, options.firstLine ?? 1);
    this.aliases = options.aliases;
  }

  sub(text: string, line: number): Parser {
    return new Parser(text, { aliases: this.aliases, firstLine: line });
  }

  /** The next complete command line, or null at end of input. Throws ShSyntaxError. */
  next(): List | null {
    for (;;) {
      this.skipBlanks();
      if (this.atEnd()) return null;
      if (this.peek() === '\n') {
        this.newline();
        continue;
      }
      break;
    }
    const list = this.parseList(true);
    const op = this.controlOp();
    if (op === '\n') this.newline();
    else if (op !== undefined) throw this.unexpectedToken(op);
    else if (!this.atEnd()) throw this.unexpectedToken(this.peekWordText());
    if (this.pendingHeredocs.length > 0) readHeredocs(this);
    return list;
  }

  /** Only blanks, comments and newlines remain. */
  atEndOfInput(): boolean {
    return /^(\s|#[^\n]*)*$/.test(this.src.slice(this.pos));
  }

  /** Consume a newline and read the bodies of here-documents started on that line. */
  newline(): void {
    this.pos++;
    if (this.pendingHeredocs.length > 0) readHeredocs(this);
  }

  parseCmdSubst(): List {
    const list = this.parseList(false);
    this.skipSeparators();
    if (this.peek() !== ')') {
      if (this.atEnd()) throw this.eofMatching(')', this.pos);
      throw this.unexpectedToken(this.controlOp() ?? this.peekWordText());
    }
    return list;
  }

  parseCmdSubstAll(): List {
    const list = this.parseList(false);
    this.skipSeparators();
    if (!this.atEnd()) throw this.unexpectedToken(this.controlOp() ?? this.peekWordText());
    if (this.pendingHeredocs.length > 0) readHeredocs(this);
    return list;
  }

  /** The control operator at the read position (after blanks), not consumed. */
  controlOp(): string | undefined {
    this.skipBlanks();
    for (const op of CONTROL_OPS) if (this.startsWith(op)) return op;
    return undefined;
  }

  skipSeparators(): void {
    for (;;) {
      this.skipBlanks();
      if (this.peek() === '\n') this.newline();
      else return;
    }
  }

  /** The plain text of the next word, if it has no quotes or expansions (for reserved words). */
  peekWordText(): string {
    this.skipBlanks();
    const src = this.src;
    let j = this.pos;
    while (j < src.length && !' \t\n;&|<>()'.includes(src[j]!)) j++;
    if (j === this.pos) {
      const op = CONTROL_OPS.find((o) => src.startsWith(o, j)) ?? REDIR_OPS.find((o) => src.startsWith(o, j));
      return op ?? '';
    }
    return src.slice(this.pos, j);
  }

  /** True if the next token is the reserved word `w` (followed by a separator). */
  isReserved(w: string): boolean {
    if (!this.startsWith(w)) return false;
    const after = this.src[this.pos + w.length];
    if (w === '{' || w === '}' || w === '!') return after === undefined || ' \t\n;&|<>()'.includes(after);
    return after === undefined || ' \t\n;&|<>()'.includes(after);
  }

  expectReserved(w: string): void {
    this.skipSeparators();
    if (!this.isReserved(w)) throw this.unexpectedToken(this.peekWordText());
    this.pos += w.length;
  }

  /**
   * A list: and-or lists separated by ; & or newlines. At top level (`line`) it stops at a
   * newline; inside compound commands it runs until a reserved word or `)` ends it.
   */
  parseList(line: boolean, stops: readonly string[] = []): List {
    const items: AndOr[] = [];
    this.enter();
    for (;;) {
      if (!line) this.skipSeparators();
      else this.skipBlanks();
      if (this.atEnd() || this.atListEnd(stops)) break;
      const andor = this.parseAndOr();
      const op = this.controlOp();
      if (op === '&' || op === ';') {
        this.pos++;
        items.push(op === '&' ? { ...andor, bg: true } : andor);
        continue;
      }
      items.push(andor);
      if (op === '\n' && !line) continue;
      break;
    }
    this.leave();
    return { items };
  }

  private atListEnd(stops: readonly string[]): boolean {
    const c = this.peek();
    if (c === ')' || c === '\n' || (c === ';' && this.peek(1) === ';')) return true;
    if (c === ';' && this.peek(1) === '&') return true;
    for (const s of stops) if (this.isReserved(s)) return true;
    return false;
  }

  parseAndOr(): AndOr {
    const start = this.pos;
    const first = this.parsePipeline();
    const rest: Array<{ op: '&&' | '||'; pipe: Pipeline }> = [];
    for (;;) {
      const op = this.controlOp();
      if (op !== '&&' && op !== '||') break;
      this.pos += 2;
      this.skipSeparators();
      rest.push({ op, pipe: this.parsePipeline() });
    }
    return { first, rest, bg: false, text: this.src.slice(start, this.pos).trim() };
  }

  parsePipeline(): Pipeline {
    this.skipBlanks();
    const start = this.pos;
    const line = this.line;
    let bang = false;
    let timed = false;
    if (this.isReserved('time')) {
      timed = true;
      this.pos += 4;
      this.skipBlanks();
    }
    while (this.isReserved('!')) {
      bang = !bang;
      this.pos++;
      this.skipBlanks();
    }
    const cmds: Command[] = [this.parseCommand()];
    for (;;) {
      const op = this.controlOp();
      if (op !== '|' && op !== '|&') break;
      this.pos += op.length;
      if (op === '|&') addStderrDup(cmds[cmds.length - 1]!);
      this.skipSeparators();
      cmds.push(this.parseCommand());
    }
    return { cmds, bang, timed, text: this.src.slice(start, this.pos).trim(), line };
  }

  parseCommand(): Command {
    this.skipBlanks();
    this.enter();
    try {
      const compound = parseCompound(this);
      if (compound) {
        if (compound.t !== 'func') this.readRedirs(compound.redirs);
        return compound;
      }
      return this.parseSimple();
    } finally {
      this.leave();
    }
  }

  /** Redirections after a compound command. */
  readRedirs(into: Redir[]): void {
    for (;;) {
      this.skipBlanks();
      const r = this.tryRedir();
      if (!r) return;
      into.push(r);
    }
  }

  private parseSimple(): Command {
    const line = this.line;
    const assigns: Assign[] = [];
    const words: Word[] = [];
    const redirs: Redir[] = [];
    for (;;) {
      this.skipBlanks();
      const c = this.peek();
      if (c === undefined || c === '\n') break;
      const r = this.tryRedir();
      if (r) {
        redirs.push(r);
        continue;
      }
      if (';&|()'.includes(c)) {
        if (c === '(' && words.length === 1 && assigns.length === 0) return this.funcDef(words[0]!, line);
        if (c === '(' || (c === ')' && words.length + assigns.length + redirs.length === 0)) {
          throw this.unexpectedToken(c === '(' ? '(' : ')');
        }
        break;
      }
      if (words.length === 0) {
        const a = this.tryAssign();
        if (a) {
          assigns.push(a);
          continue;
        }
        if (this.expandAlias()) continue;
      }
      const w = (words.length > 0 && DECL.has(words[0]!.text) && this.declArray()) || this.readWord(NORMAL);
      if (!w) throw this.unexpectedToken(this.peekWordText());
      words.push(w);
      if (words.length === 1 && w.text === '[[' && words.length === 1) return this.condCommand(line);
    }
    if (words.length + assigns.length + redirs.length === 0) {
      throw this.unexpectedToken(this.controlOp() ?? this.peekWordText());
    }
    return { t: 'simple', assigns, words, redirs, line };
  }

  private condCommand(line: number): Command {
    const expr = parseCondExpr(this);
    const redirs: Redir[] = [];
    this.readRedirs(redirs);
    return { t: 'cond', expr, redirs, line };
  }

  private funcDef(name: Word, line: number): Command {
    this.pos++;
    this.skipBlanks();
    if (this.peek() !== ')') throw this.unexpectedToken(this.peekWordText());
    this.pos++;
    if (!isFuncName(name.text)) throw this.unexpectedToken('(', this.pos - 2);
    return this.funcBody(name.text, line);
  }

  funcBody(name: string, line: number): Command {
    this.skipSeparators();
    const body = parseCompound(this);
    if (!body || body.t === 'func') throw this.unexpectedToken(this.peekWordText());
    this.readRedirs(body.redirs);
    return { t: 'func', name, body, line };
  }

  private expandAlias(): boolean {
    if (!this.aliases || this.aliasDepth > 50) return false;
    const text = this.peekWordText();
    if (text === '' || /["'\\$`]/.test(text)) return false;
    const value = this.aliases(text);
    if (value === undefined) return false;
    this.src = this.src.slice(0, this.pos) + value + ' ' + this.src.slice(this.pos + text.length);
    this.aliasDepth++;
    return true;
  }

  /** `declare a=(x y)`: the array text is passed to the builtin as one word. */
  private declArray(): Word | undefined {
    const m = /^[A-Za-z_]\w*(\[[^\]]*\])?\+?=\(/.exec(this.src.slice(this.pos, this.pos + 256));
    if (!m) return undefined;
    const start = this.pos;
    let depth = 0;
    let i = this.pos + m[0].length - 1;
    for (; i < this.src.length; i++) {
      const c = this.src[i];
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) break;
      else if (c === "'" || c === '"') {
        const end = this.src.indexOf(c, i + 1);
        if (end < 0) break;
        i = end;
      }
    }
    if (i >= this.src.length) throw this.eofMatching(')', start);
    this.pos = i + 1;
    const text = this.src.slice(start, this.pos);
    return { parts: [{ k: 'sq', v: text.replace(/(["'])(.*?)\1/g, '$2') }], text };
  }

  private tryAssign(): Assign | undefined {
    const src = this.src;
    const start = this.pos;
    if (!isNameStart(src[start])) return undefined;
    let j = start + 1;
    while (isNameChar(src[j])) j++;
    const name = src.slice(start, j);
    let index: Word | undefined;
    if (src[j] === '[') {
      const close = src.indexOf(']', j);
      if (close < 0) return undefined;
      const sub = this.sub(src.slice(j + 1, close), this.line);
      index = sub.arithWord(src.slice(j + 1, close), this.line);
      j = close + 1;
    }
    let append = false;
    if (src[j] === '+' && src[j + 1] === '=') {
      append = true;
      j++;
    }
    if (src[j] !== '=') return undefined;
    this.pos = j + 1;
    if (this.peek() === '(') return this.arrayAssign(name, append, start);
    const value = this.readWord(NORMAL);
    return { name, index, append, value, text: src.slice(start, this.pos) };
  }

  private arrayAssign(name: string, append: boolean, start: number): Assign {
    this.pos++;
    const array: Word[] = [];
    for (;;) {
      this.skipSeparators();
      if (this.atEnd()) throw this.eofMatching(')', start);
      if (this.peek() === ')') break;
      const w = this.readWord(NORMAL);
      if (!w) throw this.unexpectedToken(this.peekWordText());
      array.push(w);
    }
    this.pos++;
    return { name, append, value: undefined, array, text: this.src.slice(start, this.pos) };
  }

  /** A redirection at the read position, if there is one. */
  tryRedir(): Redir | undefined {
    const src = this.src;
    let j = this.pos;
    while (src[j] !== undefined && src[j]! >= '0' && src[j]! <= '9') j++;
    const fdText = src.slice(this.pos, j);
    const op = REDIR_OPS.find((o) => src.startsWith(o, j));
    if (op === undefined) return undefined;
    if (fdText !== '' && (op === '&>' || op === '&>>')) return undefined;
    this.pos = j + op.length;
    this.skipBlanks();
    const target = this.readWord(NORMAL);
    if (!target) {
      if (this.atEnd() || this.peek() === '\n') {
        throw new ShSyntaxError(
          "syntax error near unexpected token `newline'",
          this.line,
          this.lineTextAt(this.pos),
          false,
        );
      }
      throw this.unexpectedToken(this.controlOp() ?? this.peekWordText());
    }
    const redir: Redir = { fd: fdText === '' ? undefined : Number(fdText), op, target };
    if (op === '<<' || op === '<<-') this.pendingHeredocs.push(redir);
    return redir;
  }
}

function isFuncName(name: string): boolean {
  return name !== '' && !/[\s'"$`\\|&;()<>]/.test(name) && !RESERVED.has(name);
}

/** `a |& b` is `a 2>&1 | b`. */
function addStderrDup(cmd: Command): void {
  const dup: Redir = { fd: 2, op: '>&', target: { parts: [{ k: 'lit', v: '1' }], text: '1' } };
  if (cmd.t !== 'func') cmd.redirs.push(dup);
}

export { isName, ShSyntaxError };

/** Parse a whole string (for eval, $(...), functions in tests). */
export function parseAll(src: string, options: ParserOptions = {}): List {
  const p = new Parser(src, options);
  const items: AndOr[] = [];
  for (;;) {
    const l = p.next();
    if (l === null) break;
    items.push(...l.items);
  }
  return { items };
}
