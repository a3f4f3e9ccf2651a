// awk(1) as mawk 1.3.4 (Debian 12's awk): an interpreter for the AWK language. This folder holds
// the engine: lexer → parser (AST) → tree-walking interpreter, with builtins, printf, fields,
// records and I/O streams. Strings are byte strings (one char per byte, "latin1"), as in mawk,
// so length("é") is 2.
// Simplification: regular expressions are JavaScript's (leftmost-first, not POSIX leftmost-longest);
// no -W options besides version/usage; compile errors stop at the first one (mawk may list more).
//
// This file: the scanner. Like mawk's it counts braces and parentheses (for "extra '}'" and
// "missing ) near ..." messages) and decides between regex and division from the previous token.

export type TokKind = 'num' | 'str' | 'ere' | 'name' | 'func' | 'builtin' | 'kw' | 'op' | 'nl' | 'eof';

export interface Token {
  readonly kind: TokKind;
  /** Operator or keyword text, name, string value, or regex source. */
  readonly text: string;
  readonly num: number;
  readonly line: number;
}

export class AwkSyntaxError extends Error {}

export const KEYWORDS = new Set([
  'BEGIN',
  'END',
  'function',
  'if',
  'else',
  'while',
  'for',
  'do',
  'break',
  'continue',
  'next',
  'nextfile',
  'exit',
  'return',
  'delete',
  'in',
  'getline',
  'print',
  'printf',
]);

export const BUILTINS = new Set([
  'length',
  'substr',
  'index',
  'split',
  'sub',
  'gsub',
  'match',
  'sprintf',
  'sin',
  'cos',
  'atan2',
  'exp',
  'log',
  'sqrt',
  'int',
  'rand',
  'srand',
  'tolower',
  'toupper',
  'system',
  'close',
  'fflush',
]);

const OPS = [
  '&&',
  '||',
  '==',
  '<=',
  '>=',
  '!=',
  '!~',
  '++',
  '--',
  '+=',
  '-=',
  '*=',
  '/=',
  '%=',
  '^=',
  '>>',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ';',
  ',',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '!',
  '>',
  '<',
  '|',
  '?',
  ':',
  '~',
  '$',
  '=',
];

/** Tokens after which a newline is insignificant (mawk's eat_nl). */
const EAT_NL = new Set(['{', '&&', '||', ',', 'do', 'else']);

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\\': '\\',
  '"': '"',
  '/': '/',
};

/** Process the escapes of a string constant (also used for -v assignments). */
export function unescape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const d = s[i + 1]!;
    const oct = /^[0-7]{1,3}/.exec(s.slice(i + 1));
    if (oct) {
      out += String.fromCharCode(parseInt(oct[0], 8) & 0xff);
      i += oct[0].length;
    } else if (d in ESCAPES) {
      out += ESCAPES[d];
      i++;
    } else out += '\\';
  }
  return out;
}

export class Lexer {
  private i = 0;
  line = 1;
  braces = 0;
  parens = 0;
  private prev: Token | null = null;
  private finalNl = false;
  /** Non-fatal errors (extra '}' or ')'), reported before any syntax error. */
  readonly errors: string[] = [];

  constructor(private readonly src: string) {}

  private tok(kind: TokKind, text: string, num = 0): Token {
    const t = { kind, text, num, line: this.line };
    this.prev = t;
    return t;
  }

  private regexAllowed(): boolean {
    const p = this.prev;
    if (!p) return true;
    if (p.kind === 'num' || p.kind === 'str' || p.kind === 'ere' || p.kind === 'name') return false;
    if (p.kind === 'builtin') return false;
    return !(p.kind === 'op' && [')', ']', '$', '++', '--'].includes(p.text));
  }

  private skipBlank(): void {
    const s = this.src;
    for (;;) {
      const c = s[this.i];
      if (c === ' ' || c === '\t' || c === '\r') this.i++;
      else if (c === '\\' && s[this.i + 1] === '\n') {
        this.i += 2;
        this.line++;
      } else if (c === '\\' && s[this.i + 1] === '\r' && s[this.i + 2] === '\n') {
        this.i += 3;
        this.line++;
      } else if (c === '#') {
        while (this.i < s.length && s[this.i] !== '\n') this.i++;
      } else return;
    }
  }

  /** Skip newlines (and blanks/comments between them). */
  private eatNl(): void {
    for (;;) {
      this.skipBlank();
      if (this.src[this.i] !== '\n') return;
      this.i++;
      this.line++;
    }
  }

  next(): Token {
    if (this.prev && EAT_NL.has(this.prev.text) && this.prev.kind !== 'str') this.eatNl();
    this.skipBlank();
    const s = this.src;
    if (this.i >= s.length) {
      if (!this.finalNl && s[s.length - 1] !== '\n') {
        this.finalNl = true;
        const t = this.tok('nl', 'end of line');
        this.line++;
        return t;
      }
      return this.tok('eof', 'end of file');
    }
    const c = s[this.i]!;
    if (c === '\n') {
      const t = this.tok('nl', 'end of line');
      this.i++;
      this.line++;
      return t;
    }
    if (/[0-9.]/.test(c)) {
      const m = /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/.exec(s.slice(this.i));
      if (m) {
        this.i += m[0].length;
        return this.tok('num', m[0], Number(m[0].endsWith('.') ? m[0] + '0' : m[0]));
      }
    }
    if (/[A-Za-z_]/.test(c)) return this.word();
    if (c === '"') return this.string();
    if (c === '/' && this.regexAllowed()) return this.regex();
    for (const op of OPS) {
      if (s.startsWith(op, this.i)) {
        this.i += op.length;
        return this.op(op);
      }
    }
    this.i++;
    const shown = c.charCodeAt(0) > 32 && c.charCodeAt(0) < 127 ? `'${c}'` : hex(c);
    throw new AwkSyntaxError(`${this.line}: unexpected character ${shown}`);
  }

  private op(op: string): Token {
    if (op === '{') this.braces++;
    if (op === '(') this.parens++;
    if (op === ')') {
      if (--this.parens < 0) {
        this.errors.push(`line ${this.line}: extra ')'`);
        this.parens = 0;
        return this.next();
      }
    }
    if (op === '}') {
      if (--this.braces < 0) {
        this.errors.push(`line ${this.line}: extra '}'`);
        this.braces = 0;
        this.skipBlank();
        if (this.src[this.i] === ';') this.i++;
        this.skipBlank();
        if (this.i >= this.src.length || this.src[this.i] === '\n')
          throw new AwkSyntaxError(`line ${this.line}: syntax error at or near end of line`);
        return this.next();
      }
    }
    return this.tok('op', op);
  }

  private word(): Token {
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.src.slice(this.i))!;
    this.i += m[0].length;
    const w = m[0];
    if (KEYWORDS.has(w)) return this.tok('kw', w);
    if (BUILTINS.has(w)) return this.tok('builtin', w);
    if (this.src[this.i] === '(') return this.tok('func', w);
    return this.tok('name', w);
  }

  private string(): Token {
    const s = this.src;
    let j = this.i + 1;
    while (j < s.length && s[j] !== '"' && s[j] !== '\n') j += s[j] === '\\' && j + 1 < s.length ? 2 : 1;
    const body = s.slice(this.i + 1, j);
    if (s[j] !== '"')
      throw new AwkSyntaxError(`line ${this.line}: runaway string constant "${body.slice(0, 10)} ...`);
    this.i = j + 1;
    const escaped = body.replace(/\\\n/g, () => (this.line++, ''));
    return this.tok('str', unescape(escaped));
  }

  private regex(): Token {
    const s = this.src;
    let j = this.i + 1;
    let bracket = false;
    while (j < s.length && (bracket || s[j] !== '/') && s[j] !== '\n') {
      if (s[j] === '\\' && s[j + 1] !== '\n') j += 2;
      else if (!bracket && s[j] === '[') {
        bracket = true;
        j += s[j + 1] === '^' ? (s[j + 2] === ']' ? 3 : 2) : s[j + 1] === ']' ? 2 : 1;
      } else {
        if (s[j] === ']') bracket = false;
        j++;
      }
    }
    const body = s.slice(this.i + 1, j);
    if (s[j] !== '/')
      throw new AwkSyntaxError(`line ${this.line}: runaway regular expression /${body.slice(0, 10)} ...`);
    this.i = j + 1;
    return this.tok('ere', body.replace(/\\\//g, '/'));
  }
}

function hex(c: string): string {
  return '0x' + c.charCodeAt(0).toString(16).padStart(2, '0');
}
