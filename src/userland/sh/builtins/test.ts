// test and [ (bash's test.c): POSIX rules by argument count for up to four arguments, then a
// recursive-descent parse of ! -a -o ( ) and the primaries. Status 0 true, 1 false, 2 error.

import type { Shell } from '../shell';
import type { Gen } from '../../sys';
import { BINARY_OPS, TestError, UNARY_OPS, binaryTest, unaryTest } from '../exec/testops';
import type { Builtin } from './util';

class Parser {
  i = 0;
  constructor(
    readonly sh: Shell,
    readonly args: readonly string[],
  ) {}

  *or(): Gen<boolean> {
    let v = yield* this.and();
    while (this.args[this.i] === '-o') {
      this.i++;
      const r = yield* this.and();
      v = v || r;
    }
    return v;
  }

  *and(): Gen<boolean> {
    let v = yield* this.not();
    while (this.args[this.i] === '-a') {
      this.i++;
      const r = yield* this.not();
      v = v && r;
    }
    return v;
  }

  *not(): Gen<boolean> {
    if (this.args[this.i] === '!') {
      this.i++;
      return !(yield* this.not());
    }
    return yield* this.primary();
  }

  *primary(): Gen<boolean> {
    const a = this.args;
    const t = a[this.i];
    if (t === undefined) throw new TestError('argument expected');
    if (t === '(') {
      this.i++;
      const v = yield* this.or();
      if (a[this.i] !== ')') throw new TestError(`\`)' expected`);
      this.i++;
      return v;
    }
    if (a[this.i + 1] !== undefined && BINARY_OPS.has(a[this.i + 1]!) && a[this.i + 2] !== undefined) {
      this.i += 3;
      return yield* binaryTest(this.sh, a[this.i - 2]!, t, a[this.i - 1]!);
    }
    if (UNARY_OPS.has(t) && a[this.i + 1] !== undefined) {
      this.i += 2;
      return yield* unaryTest(this.sh, t, a[this.i - 1]!);
    }
    this.i++;
    return t !== '';
  }
}

function* evaluate(sh: Shell, args: readonly string[]): Gen<boolean> {
  const n = args.length;
  if (n === 0) return false;
  if (n === 1) return args[0] !== '';
  if (n === 2) {
    if (args[0] === '!') return args[1] === '';
    if (UNARY_OPS.has(args[0]!)) return yield* unaryTest(sh, args[0]!, args[1]!);
    throw new TestError(`${args[0]}: unary operator expected`);
  }
  if (n === 3) {
    if (BINARY_OPS.has(args[1]!)) return yield* binaryTest(sh, args[1]!, args[0]!, args[2]!);
    if (args[1] === '-a') return args[0] !== '' && args[2] !== '';
    if (args[1] === '-o') return args[0] !== '' || args[2] !== '';
    if (args[0] === '!') return !(yield* evaluate(sh, args.slice(1)));
    if (args[0] === '(' && args[2] === ')') return args[1] !== '';
    throw new TestError(`${args[1]}: binary operator expected`);
  }
  if (n === 4) {
    if (args[0] === '!') return !(yield* evaluate(sh, args.slice(1)));
    if (args[0] === '(' && args[3] === ')') return yield* evaluate(sh, args.slice(1, 3));
  }
  const p = new Parser(sh, args);
  const v = yield* p.or();
  if (p.i < n)
    throw new TestError(
      `${args[p.i]}: binary operator expected`.replace(
        /^\): binary operator expected$/,
        'too many arguments',
      ),
    );
  return v;
}

export const test: Builtin = function* (sh, argv) {
  let args = argv.slice(1);
  const name = argv[0] ?? 'test';
  if (name === '[') {
    if (args[args.length - 1] !== ']') {
      yield* sh.error("[: missing `]'");
      return 2;
    }
    args = args.slice(0, -1);
  }
  try {
    return (yield* evaluate(sh, args)) ? 0 : 1;
  } catch (e) {
    if (e instanceof TestError) {
      yield* sh.error(`${name}: ${e.message}`);
      return 2;
    }
    throw e;
  }
};
