// Variable substitution in Dockerfile words (BuildKit's shell lexer, ProcessWord/ProcessWords):
// $var, ${var}, ${var:-word}, ${var:+word}, single and double quotes, the escape character.
// Quotes are removed here, which is why ENV a="b c" stores `b c`.
// Positional names are one digit ($12 is $1 then 2); no special parameters ($@, $#...).
// Simplification: no ${var:?msg}, ${var#pat} or other later BuildKit modifiers (Docker 20.10 had none).

import { isGoSpace } from './text';

export type EnvLookup = (name: string) => string | undefined;

class LexError extends Error {}

/** Nesting limit for ${a:-${b:-...}} (ours: keeps the recursion far from the JS stack limit). */
export const MAX_SUBSTITUTION_DEPTH = 200;

const isDigit = (c: string) => /^\p{Nd}$/u.test(c);
const isNameChar = (c: string) => /^[\p{L}\p{Nd}_]$/u.test(c);

class Words {
  words: string[] = [];
  word = '';
  inWord = false;
  addChar(ch: string): void {
    if (isGoSpace(ch)) {
      if (this.inWord && this.word !== '') {
        this.words.push(this.word);
        this.word = '';
        this.inWord = false;
      }
    } else {
      this.addRaw(ch);
    }
  }
  addRaw(s: string): void {
    this.word += s;
    this.inWord = true;
  }
  addString(s: string): void {
    for (const ch of s) this.addChar(ch);
  }
  finish(): string[] {
    if (this.word !== '') this.words.push(this.word);
    this.word = '';
    return this.words;
  }
}

class Lexer {
  private pos = 0;
  private depth = 0;
  private readonly chars: string[];
  constructor(
    word: string,
    private readonly env: EnvLookup,
    private readonly escape: string,
  ) {
    this.chars = Array.from(word);
  }
  private peek(): string | undefined {
    return this.chars[this.pos];
  }
  private next(): string | undefined {
    return this.chars[this.pos++];
  }

  /** Processes up to `stop` (consumed) or the end; returns the text and the split words. */
  run(stop: string | undefined): [string, string[]] {
    let result = '';
    const words = new Words();
    for (let ch = this.peek(); ch !== undefined; ch = this.peek()) {
      if (stop !== undefined && ch === stop) {
        this.next();
        return [result, words.finish()];
      }
      if (ch === '$' || ch === "'" || ch === '"') {
        const tmp = ch === '$' ? this.dollar() : ch === "'" ? this.singleQuote() : this.doubleQuote();
        result += tmp;
        if (ch === '$') words.addString(tmp);
        else words.addRaw(tmp);
        continue;
      }
      this.next();
      if (ch === this.escape) {
        const esc = this.next();
        if (esc === undefined) break;
        words.addRaw(esc);
        result += esc;
      } else {
        words.addChar(ch);
        result += ch;
      }
    }
    if (stop !== undefined)
      throw new LexError(`unexpected end of statement while looking for matching ${stop}`);
    return [result, words.finish()];
  }

  private singleQuote(): string {
    this.next();
    let out = '';
    for (;;) {
      const ch = this.next();
      if (ch === undefined)
        throw new LexError('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") return out;
      out += ch;
    }
  }

  private doubleQuote(): string {
    this.next();
    let out = '';
    for (;;) {
      const ch = this.peek();
      if (ch === undefined)
        throw new LexError('unexpected end of statement while looking for matching double-quote');
      if (ch === '"') {
        this.next();
        return out;
      }
      if (ch === '$') {
        out += this.dollar();
        continue;
      }
      this.next();
      if (ch === this.escape) {
        const nx = this.peek();
        if (nx === undefined) continue;
        if (nx === '"' || nx === '$' || nx === this.escape) {
          out += nx;
          this.next();
          continue;
        }
      }
      out += ch;
    }
  }

  private name(): string {
    let name = '';
    for (let ch = this.peek(); ch !== undefined; ch = this.peek()) {
      if (name === '' && isDigit(ch)) return this.next() ?? '';
      if (!isNameChar(ch)) break;
      name += this.next() ?? '';
    }
    return name;
  }

  private dollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.name();
      return name === '' ? '$' : (this.env(name) ?? '');
    }
    this.next();
    const first = this.peek();
    if (first === undefined) throw new LexError("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new LexError('syntax error: bad substitution');
    const name = this.name();
    const ch = this.next();
    if (ch === '}') return this.env(name) ?? '';
    if (ch !== ':') throw new LexError("missing ':' in substitution");
    const modifier = this.next();
    if (++this.depth > MAX_SUBSTITUTION_DEPTH) throw new LexError('substitutions nested too deeply');
    let word: string;
    try {
      [word] = this.run('}');
    } catch (e) {
      if (e instanceof LexError && this.peek() === undefined) throw new LexError("syntax error: missing '}'");
      throw e;
    }
    this.depth--;
    const value = this.env(name) ?? '';
    if (modifier === '+') return value === '' ? '' : word;
    if (modifier === '-') return value === '' ? word : value;
    throw new LexError(`unsupported modifier (${modifier ?? ''}) in substitution`);
  }
}

/** ProcessWord: one word with variables substituted and quotes removed, or the error text. */
export function processWord(
  word: string,
  env: EnvLookup,
  escape = '\\',
): { value: string } | { error: string } {
  try {
    return { value: new Lexer(word, env, escape).run(undefined)[0] };
  } catch (e) {
    if (e instanceof LexError) return { error: e.message };
    throw e;
  }
}

/** ProcessWords: like processWord, but split into words (unquoted white space separates). */
export function processWords(
  word: string,
  env: EnvLookup,
  escape = '\\',
): { values: string[] } | { error: string } {
  try {
    return { values: new Lexer(word, env, escape).run(undefined)[1] };
  } catch (e) {
    if (e instanceof LexError) return { error: e.message };
    throw e;
  }
}
