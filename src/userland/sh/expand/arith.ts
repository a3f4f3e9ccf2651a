// Shell arithmetic (bash's expr.c): 64-bit integers, the C operators with C precedence, ++/--,
// assignment operators, ?:, the comma operator, 0x / 0 / base# constants, and variables whose
// values are themselves expressions. Like bash it evaluates while parsing, with a "noeval" count
// for the branches that && || ?: skip. Errors carry bash's text, e.g.
// `1/0: division by 0 (error token is "0")`.

export interface ArithEnv {
  get(name: string, index: bigint | undefined): string | undefined;
  set(name: string, value: bigint, index: bigint | undefined): void;
}

export class ArithError extends Error {}

/** bash allows 1024 levels; fewer here so nested evaluators stay within the JavaScript stack. */
const MAX_RECURSION = 256;

const ASSIGN_OPS = ['<<=', '>>=', '**=', '*=', '/=', '%=', '+=', '-=', '&=', '^=', '|=', '='];
const OPS = [
  '**',
  '<<',
  '>>',
  '<=',
  '>=',
  '==',
  '!=',
  '&&',
  '||',
  '++',
  '--',
  ...'+-*/%<>&^|!~?:,()[]'.split(''),
];

const wrap = (v: bigint): bigint => BigInt.asIntN(64, v);

interface Tok {
  kind: 'num' | 'id' | 'op' | 'eof';
  text: string;
  start: number;
}

class Evaluator {
  private pos = 0;
  private tok: Tok = { kind: 'eof', text: '', start: 0 };
  private prevStart = 0;
  noeval = 0;

  constructor(
    private readonly src: string,
    private readonly env: ArithEnv,
    private readonly depth: number,
  ) {}

  run(): bigint {
    this.next();
    if (this.kind() === 'eof') return 0n;
    const v = this.comma();
    if (this.kind() !== 'eof') this.fail('syntax error in expression', this.tok.start);
    return v;
  }

  fail(msg: string, at?: number): never {
    const from = at ?? (this.kind() === 'eof' ? this.prevStart : this.tok.start);
    throw new ArithError(`${this.src}: ${msg} (error token is "${this.src.slice(from)}")`);
  }

  private next(): void {
    const src = this.src;
    this.prevStart = this.tok.start;
    while (this.pos < src.length && ' \t\n\r'.includes(src[this.pos]!)) this.pos++;
    const start = this.pos;
    if (start >= src.length) {
      this.tok = { kind: 'eof', text: '', start };
      return;
    }
    const c = src[start]!;
    if (/[0-9]/.test(c)) {
      const m = /^[0-9a-zA-Z_@#]+/.exec(src.slice(start))!;
      this.pos += m[0].length;
      this.tok = { kind: 'num', text: m[0], start };
    } else if (/[a-zA-Z_]/.test(c)) {
      const m = /^[a-zA-Z_][a-zA-Z0-9_]*/.exec(src.slice(start))!;
      this.pos += m[0].length;
      this.tok = { kind: 'id', text: m[0], start };
    } else {
      const assign = ASSIGN_OPS.find(
        (o) => src.startsWith(o, start) && !(o === '=' && src[start + 1] === '='),
      );
      const op = assign ?? OPS.find((o) => src.startsWith(o, start));
      if (op === undefined) this.fail('syntax error: invalid arithmetic operator', start);
      this.pos += op.length;
      this.tok = { kind: 'op', text: op, start };
    }
  }

  private kind(): Tok['kind'] {
    return this.tok.kind;
  }

  private isOp(text: string): boolean {
    return this.kind() === 'op' && this.tok.text === text;
  }

  comma(): bigint {
    let v = this.assign();
    while (this.isOp(',')) {
      this.next();
      v = this.assign();
    }
    return v;
  }

  private assign(): bigint {
    if (this.kind() === 'id') {
      const save = { pos: this.pos, tok: this.tok, prev: this.prevStart };
      const name = this.tok.text;
      this.next();
      let index: bigint | undefined;
      if (this.isOp('[')) index = this.subscript();
      if (this.kind() === 'op' && ASSIGN_OPS.includes(this.tok.text)) {
        const op = this.tok.text;
        this.next();
        const rhs = this.assign();
        if (this.noeval > 0) return rhs;
        const v = op === '=' ? rhs : this.binary(op.slice(0, -1), this.varValue(name, index), rhs);
        this.env.set(name, v, index);
        return v;
      }
      this.pos = save.pos;
      this.tok = save.tok;
      this.prevStart = save.prev;
    }
    return this.ternary();
  }

  private subscript(): bigint {
    this.next();
    const v = this.comma();
    if (!this.isOp(']')) this.fail('syntax error: invalid arithmetic operator');
    this.next();
    return v;
  }

  private ternary(): bigint {
    const cond = this.logical(1);
    if (!this.isOp('?')) return cond;
    this.next();
    if (this.kind() === 'eof' || this.isOp(':')) this.fail('expression expected');
    if (cond === 0n) this.noeval++;
    const a = this.assign();
    if (cond === 0n) this.noeval--;
    if (!this.isOp(':')) this.fail("`:' expected for conditional expression");
    this.next();
    if (this.kind() === 'eof') this.fail('expression expected');
    if (cond !== 0n) this.noeval++;
    const b = this.assign();
    if (cond !== 0n) this.noeval--;
    return cond !== 0n ? a : b;
  }

  private static readonly PREC: Readonly<Record<string, number>> = {
    '||': 1,
    '&&': 2,
    '|': 3,
    '^': 4,
    '&': 5,
    '==': 6,
    '!=': 6,
    '<=': 7,
    '>=': 7,
    '<': 7,
    '>': 7,
    '<<': 8,
    '>>': 8,
    '+': 9,
    '-': 9,
    '*': 10,
    '/': 10,
    '%': 10,
  };

  /** Binary operators by precedence climbing (one stack frame per pending operator). */
  private logical(minPrec: number): bigint {
    let l = this.power();
    for (;;) {
      const op = this.tok.text;
      const prec = this.kind() === 'op' ? (Evaluator.PREC[op] ?? 0) : 0;
      if (prec === 0 || prec < minPrec) return l;
      this.next();
      if (op === '&&' || op === '||') {
        const skip = op === '&&' ? l === 0n : l !== 0n;
        if (skip) this.noeval++;
        const r = this.logical(prec + 1);
        if (skip) this.noeval--;
        l = skip ? (op === '||' ? 1n : 0n) : r !== 0n ? 1n : 0n;
        continue;
      }
      const r = this.logical(prec + 1);
      l = this.noeval > 0 ? 0n : this.binary(op, l, r);
    }
  }

  private power(): bigint {
    const base = this.unary();
    if (!this.isOp('**')) return base;
    this.next();
    const exp = this.power();
    if (this.noeval > 0) return 0n;
    return this.binary('**', base, exp);
  }

  binary(op: string, a: bigint, b: bigint): bigint {
    switch (op) {
      case '+':
        return wrap(a + b);
      case '-':
        return wrap(a - b);
      case '*':
        return wrap(a * b);
      case '/':
      case '%':
        if (b === 0n) this.fail('division by 0');
        if (a === -(2n ** 63n) && b === -1n) return op === '/' ? a : 0n;
        return op === '/' ? a / b : a % b;
      case '**':
        if (b < 0n) this.fail('exponent less than 0');
        return powMod(a, b);
      case '<<':
        return wrap(a << (b & 63n));
      case '>>':
        return a >> (b & 63n);
      case '<':
        return a < b ? 1n : 0n;
      case '>':
        return a > b ? 1n : 0n;
      case '<=':
        return a <= b ? 1n : 0n;
      case '>=':
        return a >= b ? 1n : 0n;
      case '==':
        return a === b ? 1n : 0n;
      case '!=':
        return a !== b ? 1n : 0n;
      case '&':
        return a & b;
      case '^':
        return a ^ b;
      case '|':
        return a | b;
      default:
        return this.fail('syntax error in expression');
    }
  }

  private unary(): bigint {
    const t = this.tok;
    if (t.kind === 'op') {
      if (t.text === '+' || t.text === '-' || t.text === '!' || t.text === '~') {
        this.next();
        const v = this.unary();
        if (t.text === '-') return wrap(-v);
        if (t.text === '!') return v === 0n ? 1n : 0n;
        if (t.text === '~') return ~v;
        return v;
      }
      if (t.text === '++' || t.text === '--') {
        this.next();
        if (this.kind() !== 'id') this.fail('syntax error: operand expected');
        const name = this.tok.text;
        this.next();
        const index = this.isOp('[') ? this.subscript() : undefined;
        const v = wrap(this.varValue(name, index) + (t.text === '++' ? 1n : -1n));
        if (this.noeval === 0) this.env.set(name, v, index);
        return v;
      }
      if (t.text === '(') {
        this.next();
        const v = this.comma();
        if (!this.isOp(')')) this.fail("missing `)'");
        this.next();
        return v;
      }
    }
    return this.operand();
  }

  private operand(): bigint {
    const t = this.tok;
    if (t.kind === 'num') {
      this.next();
      return this.number(t.text, t.start);
    }
    if (t.kind === 'id') {
      this.next();
      const index = this.isOp('[') ? this.subscript() : undefined;
      const v = this.varValue(t.text, index);
      if (this.isOp('++') || this.isOp('--')) {
        const d = this.tok.text === '++' ? 1n : -1n;
        this.next();
        if (this.noeval === 0) this.env.set(t.text, wrap(v + d), index);
      }
      return v;
    }
    if (t.kind === 'eof') return this.fail('syntax error: operand expected');
    return this.fail('syntax error: operand expected', t.start);
  }

  private varValue(name: string, index: bigint | undefined): bigint {
    if (this.noeval > 0) return 0n;
    const raw = this.env.get(name, index);
    if (raw === undefined || raw.trim() === '') return 0n;
    if (/^\s*-?[0-9]+\s*$/.test(raw)) return wrap(BigInt(raw.trim()));
    if (this.depth >= MAX_RECURSION) this.fail('expression recursion level exceeded', this.prevStart);
    return new Evaluator(raw, this.env, this.depth + 1).run();
  }

  number(text: string, start: number): bigint {
    const hash = text.indexOf('#');
    let base = 10;
    let digits = text;
    if (hash >= 0) {
      base = Number(text.slice(0, hash));
      digits = text.slice(hash + 1);
      if (!/^[0-9]+$/.test(text.slice(0, hash)) || base < 2 || base > 64)
        this.fail('invalid arithmetic base', start);
    } else if (/^0[xX]/.test(text)) {
      base = 16;
      digits = text.slice(2);
    } else if (text.length > 1 && text[0] === '0') {
      base = 8;
      digits = text.slice(1);
    }
    let v = 0n;
    for (const ch of digits) {
      const d = digitValue(ch, base);
      if (d < 0) this.fail('invalid number', start);
      if (d >= base) this.fail('value too great for base', start);
      v = wrap(v * BigInt(base) + BigInt(d));
    }
    if (digits === '' && hash >= 0) this.fail('invalid number', start);
    return v;
  }
}

function digitValue(ch: string, base: number): number {
  if (ch >= '0' && ch <= '9') return ch.charCodeAt(0) - 48;
  if (ch >= 'a' && ch <= 'z') return ch.charCodeAt(0) - 97 + 10;
  if (ch >= 'A' && ch <= 'Z') return ch.charCodeAt(0) - 65 + (base <= 36 ? 10 : 36);
  if (ch === '@') return 62;
  if (ch === '_') return 63;
  return -1;
}

function powMod(a: bigint, b: bigint): bigint {
  let result = 1n;
  let base = a;
  let e = b;
  while (e > 0n) {
    if (e & 1n) result = wrap(result * base);
    base = wrap(base * base);
    e >>= 1n;
  }
  return result;
}

/** Evaluate an arithmetic expression; throws ArithError with bash's message. */
export function evalArith(expr: string, env: ArithEnv): bigint {
  return new Evaluator(expr, env, 0).run();
}
