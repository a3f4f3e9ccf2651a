// Reading words: quoting ('', "", \, $'', $""), parameter expansion ${...}, command substitution
// $(...) and `...`, and arithmetic $((...)). A word becomes a list of parts the expander walks.

import type { List, ParamPart, Word, WordPart } from './ast';
import { META, Scanner, isNameChar, isNameStart } from './scanner';

/** Where a word is being read; decides which characters end it and how quotes behave. */
export interface WordMode {
  /** Inside double quotes (or a here-document / arithmetic): only $ ` \ are special. */
  readonly dq: boolean;
  /** Ends the word (checked before anything else, outside nested quotes). */
  readonly stop: (c: string, p: WordParser) => boolean;
  /** Backslash escapes only these characters (dq mode); others keep the backslash. */
  readonly dqEscapes?: string;
}

export const NORMAL: WordMode = { dq: false, stop: (c) => META.has(c) };
const DQ_STOP: WordMode = { dq: true, stop: (c) => c === '"', dqEscapes: '$`"\\\n' };
const PARAM_ARG: WordMode = { dq: false, stop: (c) => c === '}' };
const PARAM_ARG_DQ: WordMode = { dq: true, stop: (c) => c === '}', dqEscapes: '$`"\\}\n' };
const PARAM_PAT: WordMode = { dq: false, stop: (c) => c === '}' || c === '/' };
const PARAM_PAT_DQ: WordMode = { dq: true, stop: (c) => c === '}' || c === '/', dqEscapes: '$`"\\}/\n' };
export const HEREDOC: WordMode = { dq: true, stop: () => false, dqEscapes: '$`\\\n' };
const SUBSCRIPT: WordMode = { dq: true, stop: (c) => c === ']', dqEscapes: '$`"\\\n' };

const ANSI: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

export abstract class WordParser extends Scanner {
  /** Parse a command list up to the `)` closing a $( (the `)` is left unread). */
  abstract parseCmdSubst(): List;
  /** A parser over other text (backquote bodies, arithmetic), starting at `line`. */
  abstract sub(text: string, line: number): WordParser;

  /** Read one word in `mode`; returns undefined if no characters were consumed. */
  readWord(mode: WordMode = NORMAL): Word | undefined {
    const start = this.pos;
    const parts = this.readParts(mode);
    if (this.pos === start) return undefined;
    return { parts, text: this.src.slice(start, this.pos) };
  }

  readParts(mode: WordMode): WordPart[] {
    const parts: WordPart[] = [];
    let lit = '';
    const src = this.src;
    const flush = (): void => {
      if (lit !== '') parts.push({ k: 'lit', v: lit });
      lit = '';
    };
    while (this.pos < src.length) {
      const c = src[this.pos]!;
      if (mode.stop(c, this)) break;
      if (c === '\\') {
        const n = src[this.pos + 1];
        if (n === '\n') {
          this.pos += 2;
          continue;
        }
        if (n === undefined) {
          lit += c;
          this.pos++;
          continue;
        }
        if (mode.dq && !(mode.dqEscapes ?? '').includes(n)) {
          lit += c;
          this.pos++;
          continue;
        }
        flush();
        parts.push({ k: 'sq', v: n });
        this.pos += 2;
      } else if (c === "'" && !mode.dq) {
        flush();
        parts.push({ k: 'sq', v: this.readSingle() });
      } else if (c === '"' && mode !== HEREDOC) {
        flush();
        const open = this.pos++;
        this.enter();
        const inner = this.readParts(DQ_STOP);
        this.leave();
        if (src[this.pos] !== '"') throw this.eofMatching('"', open);
        this.pos++;
        parts.push({ k: 'dq', parts: inner });
      } else if (c === '$' || c === '`') {
        const part = c === '$' ? this.readDollar(mode.dq) : this.readBackquote();
        if (part === undefined) {
          lit += c;
          this.pos++;
        } else {
          flush();
          parts.push(part);
        }
      } else {
        lit += c;
        this.pos++;
      }
    }
    flush();
    return parts;
  }

  private readSingle(): string {
    const end = this.src.indexOf("'", this.pos + 1);
    if (end < 0) throw this.eofMatching("'", this.pos);
    const v = this.src.slice(this.pos + 1, end);
    this.pos = end + 1;
    return v;
  }

  /** $'...' with ANSI-C escapes. `pos` is at the quote. */
  private readAnsi(): string {
    const src = this.src;
    let out = '';
    let i = this.pos + 1;
    for (;;) {
      if (i >= src.length) throw this.eofMatching("'", this.pos);
      const c = src[i]!;
      if (c === "'") break;
      if (c !== '\\') {
        out += c;
        i++;
        continue;
      }
      const [text, next] = decodeAnsiEscape(src, i);
      out += text;
      i = next;
    }
    this.pos = i + 1;
    return out;
  }

  private readBackquote(): WordPart {
    const src = this.src;
    const startLine = this.line;
    let i = this.pos + 1;
    let body = '';
    for (;;) {
      if (i >= src.length) throw this.eofMatching('`', this.pos);
      const c = src[i]!;
      if (c === '`') break;
      if (c === '\\' && i + 1 < src.length && '$`\\'.includes(src[i + 1]!)) {
        body += src[i + 1];
        i += 2;
        continue;
      }
      body += c;
      i++;
    }
    this.pos = i + 1;
    this.enter();
    const p = this.sub(body, startLine);
    const list = p.parseCmdSubstAll();
    this.leave();
    return { k: 'cmd', body: list };
  }

  /** Parse all of this parser's text as a command list (backquote bodies). */
  abstract parseCmdSubstAll(): List;

  private readDollar(inDq: boolean): WordPart | undefined {
    const src = this.src;
    const n = src[this.pos + 1];
    if (n === "'" && !inDq) {
      this.pos++;
      return { k: 'sq', v: this.readAnsi() };
    }
    if (n === '"' && !inDq) {
      this.pos++;
      return this.readLocaleString();
    }
    if (n === '(') {
      if (src[this.pos + 2] === '(') {
        const arith = this.tryArith();
        if (arith) return arith;
      }
      this.pos += 2;
      this.enter();
      const body = this.parseCmdSubst();
      this.leave();
      if (src[this.pos] !== ')') throw this.eofMatching(')', this.pos);
      this.pos++;
      return { k: 'cmd', body };
    }
    if (n === '{') return this.readBrace(inDq);
    if (n !== undefined && isNameStart(n)) {
      let j = this.pos + 2;
      while (isNameChar(src[j])) j++;
      const name = src.slice(this.pos + 1, j);
      this.pos = j;
      return { k: 'param', name, op: '' };
    }
    if (n !== undefined && ((n >= '0' && n <= '9') || '@*#?$!-'.includes(n))) {
      this.pos += 2;
      return { k: 'param', name: n, op: '' };
    }
    return undefined;
  }

  private readLocaleString(): WordPart {
    const open = this.pos++;
    const inner = this.readParts(DQ_STOP);
    if (this.src[this.pos] !== '"') throw this.eofMatching('"', open);
    this.pos++;
    return { k: 'dq', parts: inner };
  }

  /** $(( expr )) if the parentheses close with `))`; otherwise undefined (it is $( (...) )). */
  private tryArith(): WordPart | undefined {
    const src = this.src;
    let depth = 0;
    let i = this.pos + 3;
    for (; i < src.length; i++) {
      const c = src[i];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth > 0) depth--;
        else if (src[i + 1] === ')') break;
        else return undefined;
      } else if (c === '\\') i++;
      else if (c === "'" || c === '"') {
        const end = src.indexOf(c, i + 1);
        if (end < 0) return undefined;
        i = end;
      }
    }
    if (i >= src.length) throw this.eofMatching(')', this.pos, true);
    const text = src.slice(this.pos + 3, i);
    const line = this.line;
    this.pos = i + 2;
    return { k: 'arith', expr: this.arithWord(text, line) };
  }

  /** Parse arithmetic text (expansions inside, quotes removed) as a word. */
  arithWord(text: string, line: number): Word {
    this.enter();
    const p = this.sub(text, line);
    const parts = p.readParts(HEREDOC);
    this.leave();
    return { parts, text };
  }

  private readBrace(inDq: boolean): WordPart {
    const src = this.src;
    const open = this.pos;
    this.pos += 2;
    let op = '';
    let indirect = false;
    if (src[this.pos] === '#' && src[this.pos + 1] !== '}' && !this.isParamOpAfterHash()) {
      op = 'len';
      this.pos++;
    } else if (src[this.pos] === '!' && src[this.pos + 1] !== '}') {
      indirect = true;
      this.pos++;
    }
    const name = this.readParamName();
    if (name === '') return this.badSubst(open);
    let index: Word | undefined;
    if (src[this.pos] === '[' && isNameStart(name[0])) {
      this.pos++;
      const start = this.pos;
      const parts = this.readParts(SUBSCRIPT);
      if (src[this.pos] !== ']') return this.badSubst(open);
      index = { parts, text: src.slice(start, this.pos) };
      this.pos++;
    }
    if (index === undefined && src[this.pos] === '[') return this.badSubst(open);
    const part = this.readParamOp(name, index, op, inDq, open);
    return indirect ? { ...part, indirect } : part;
  }

  private isParamOpAfterHash(): boolean {
    // ${#-...} ${#:-...} etc. mean the parameter `#` with an operator.
    const n = this.src[this.pos + 1];
    return n === ':' || n === '=' || n === '?' || n === '+' || (n === '-' && this.src[this.pos + 2] !== '}');
  }

  private readParamName(): string {
    const src = this.src;
    const c = src[this.pos];
    if (c === undefined) return '';
    if (isNameStart(c)) {
      let j = this.pos + 1;
      while (isNameChar(src[j])) j++;
      const name = src.slice(this.pos, j);
      this.pos = j;
      return name;
    }
    if (c >= '0' && c <= '9') {
      let j = this.pos + 1;
      while (src[j] !== undefined && src[j]! >= '0' && src[j]! <= '9') j++;
      const name = src.slice(this.pos, j);
      this.pos = j;
      return name;
    }
    if ('@*#?$!-'.includes(c)) {
      this.pos++;
      return c;
    }
    return '';
  }

  private readParamOp(
    name: string,
    index: Word | undefined,
    lenOp: string,
    inDq: boolean,
    open: number,
  ): ParamPart {
    const src = this.src;
    if (src[this.pos] === '}') {
      this.pos++;
      return { k: 'param', name, index, op: lenOp };
    }
    if (lenOp !== '') return this.badSubst(open);
    const ops = [
      ':-',
      ':=',
      ':+',
      ':?',
      '##',
      '%%',
      '//',
      '/#',
      '/%',
      '^^',
      ',,',
      '-',
      '=',
      '+',
      '?',
      '#',
      '%',
      '/',
      '^',
      ',',
      ':',
    ];
    const op = ops.find((o) => src.startsWith(o, this.pos));
    if (op === undefined) return this.badSubst(open);
    this.pos += op.length;
    let arg: Word | undefined;
    let arg2: Word | undefined;
    if (op[0] === '/') {
      arg = this.readArg(inDq ? PARAM_PAT_DQ : PARAM_PAT);
      if (src[this.pos] === '/') {
        this.pos++;
        arg2 = this.readArg(inDq ? PARAM_ARG_DQ : PARAM_ARG);
      }
    } else if (op === ':') {
      arg = this.readArg({ dq: true, stop: (c) => c === '}' || c === ':', dqEscapes: '$`"\\\n' });
      if (src[this.pos] === ':') {
        this.pos++;
        arg2 = this.readArg({ dq: true, stop: (c) => c === '}', dqEscapes: '$`"\\\n' });
      }
    } else {
      arg = this.readArg(inDq ? PARAM_ARG_DQ : PARAM_ARG);
    }
    if (src[this.pos] !== '}') throw this.eofMatching('}', open);
    this.pos++;
    return { k: 'param', name, index, op, arg, arg2 };
  }

  private readArg(mode: WordMode): Word {
    const start = this.pos;
    this.enter();
    const parts = this.readBalanced(mode);
    this.leave();
    return { parts, text: this.src.slice(start, this.pos) };
  }

  /** Like readParts, but a `{`...`}` pair inside the argument does not end it. */
  private readBalanced(mode: WordMode): WordPart[] {
    let depth = 0;
    const inner: WordMode = {
      ...mode,
      stop: (c, p) => {
        if (c === '{' && p.src[p.pos - 1] === '$') return false;
        if (c === '{') depth++;
        else if (c === '}' && depth > 0) {
          depth--;
          return false;
        }
        return depth === 0 && mode.stop(c, p);
      },
    };
    return this.readParts(inner);
  }

  /** `${x!}`-style errors: bash reports them when the word is expanded, not while parsing. */
  badSubst(open: number): ParamPart {
    const close = this.src.indexOf('}', open);
    if (close < 0) throw this.eofMatching('}', open);
    this.pos = close + 1;
    return { k: 'param', name: this.src.slice(open, close + 1), op: 'bad' };
  }
}

/** Decode one ANSI-C escape at src[i] === '\\'; returns the text and the next index. */
export function decodeAnsiEscape(src: string, i: number): [string, number] {
  const e = src[i + 1];
  if (e === undefined) return ['\\', i + 1];
  const simple = ANSI[e];
  if (simple !== undefined) return [simple, i + 2];
  if (e >= '0' && e <= '7') {
    let j = i + 1;
    while (j < i + 4 && src[j] !== undefined && src[j]! >= '0' && src[j]! <= '7') j++;
    return [String.fromCharCode(parseInt(src.slice(i + 1, j), 8) & 0xff), j];
  }
  if (e === 'x' || e === 'u' || e === 'U') {
    const max = e === 'x' ? 2 : e === 'u' ? 4 : 8;
    let j = i + 2;
    while (j < i + 2 + max && /[0-9a-fA-F]/.test(src[j] ?? '')) j++;
    if (j === i + 2) return ['\\' + e, i + 2];
    const code = parseInt(src.slice(i + 2, j), 16);
    return [code > 0x10ffff ? '\ufffd' : String.fromCodePoint(code), j];
  }
  if (e === 'c' && src[i + 2] !== undefined) {
    return [String.fromCharCode(src[i + 2]!.toUpperCase().charCodeAt(0) ^ 0x40), i + 3];
  }
  return ['\\' + e, i + 2];
}
